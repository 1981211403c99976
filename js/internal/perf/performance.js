'use strict';
// The performance timeline: entries (marks, measures, function timings), the global
// `performance` object, nodeTiming and eventLoopUtilization. Times are milliseconds
// from the time origin (internal/perf/utils).

const { now, timeOriginTimestamp, hrToTimeline } = require('internal/perf/utils');
const { loopTiming } = internalBinding('timers');
const { EventTarget, initEventTarget } = require('internal/event_target');
const { codes, E } = require('internal/errors');
const { validateObject, validateNumber, validateFunction } = require('internal/validators');
const { enqueue, hasObserver, setBufferedEntriesSource } = require('internal/perf/observe');

if (codes.ERR_PERFORMANCE_INVALID_TIMESTAMP === undefined) {
  E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%s is not a valid timestamp', TypeError);
}
if (codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS === undefined) {
  E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
}
const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = codes;

const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');
const kSkipThrow = Symbol('kSkipThrow');

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}
function cloneDetail(detail) {
  return detail === undefined ? null : require('internal/structured_clone').structuredClone(detail);
}

function checkEntry(self) {
  if (self === null || typeof self !== 'object' || !(kName in self)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', self);
  }
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined, detail = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
    if (detail !== undefined) this[kDetail] = detail;
  }

  get name() { checkEntry(this); return this[kName]; }
  get entryType() { checkEntry(this); return this[kEntryType]; }
  get startTime() { checkEntry(this); return this[kStartTime]; }
  get duration() { checkEntry(this); return this[kDuration]; }

  toJSON() {
    checkEntry(this);
    const json = {
      name: this[kName], entryType: this[kEntryType], startTime: this[kStartTime],
      duration: this[kDuration],
    };
    if (kDetail in this) json.detail = this[kDetail];
    return json;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${lazyInspect()(this.toJSON(), opts)}`;
  }
}

function checkStartTime(startTime) {
  validateNumber(startTime, 'startTime');
  if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    checkStartTime(startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0, detail);
  }

  get detail() { checkEntry(this); return this[kDetail]; }

  toJSON() {
    return super.toJSON();
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined, detail = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, type, start, duration, detail);
  }

  get detail() { checkEntry(this); return this[kDetail]; }

  toJSON() {
    return super.toJSON();
  }
}

// Entries node's own subsystems produce (function timings here).
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { checkEntry(this); return this[kDetail]; }

  toJSON() {
    return super.toJSON();
  }
}

for (const cls of [PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceNodeEntry]) {
  for (const key of Object.getOwnPropertyNames(cls.prototype)) {
    if (key !== 'constructor') Object.defineProperty(cls.prototype, key, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

// --- the timeline's own buffers: marks and measures ---

let marks = [];
let measures = [];

function entriesOf(name, type) {
  let list;
  if (type === 'mark') list = marks;
  else if (type === 'measure') list = measures;
  else if (type === undefined) list = marks.concat(measures);
  else return [];
  if (name !== undefined) list = list.filter((e) => e[kName] === name);
  else list = list.slice();
  // Stable: at equal start times marks come before measures, as in node.
  return list.sort((a, b) => a[kStartTime] - b[kStartTime]);
}
setBufferedEntriesSource((type) => entriesOf(undefined, type));

function mark(name, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  const entry = new PerformanceMark(name, options);
  marks.push(entry);
  enqueue(entry);
  return entry;
}

// A mark name, a nodeTiming milestone or a timestamp, as a time.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (kMilestones.includes(name)) return nodeTiming[name];
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i][kName] === name) return marks[i][kStartTime];
  }
  const { DOMException } = require('internal/domexception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start;
  let end;
  let duration;
  let detail;
  const isOptions = startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object';
  if (isOptions) {
    ({ start, end, duration, detail } = startOrMeasureOptions);
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) endTime = markTime(endMark);
  else if (isOptions && end !== undefined) endTime = markTime(end);
  else if (isOptions && start !== undefined && duration !== undefined) {
    endTime = markTime(start) + markTime(duration);
  } else endTime = now();

  let startTime;
  if (isOptions && start !== undefined) startTime = markTime(start);
  else if (isOptions && duration !== undefined && end !== undefined) {
    startTime = endTime - markTime(duration);
  } else if (!isOptions && startOrMeasureOptions !== undefined) {
    startTime = markTime(startOrMeasureOptions);
  } else startTime = 0;

  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', startTime,
                                       endTime - startTime, cloneDetail(detail));
  measures.push(entry);
  enqueue(entry);
  return entry;
}

function clearMarks(name = undefined) {
  if (name === undefined) marks = [];
  else {
    name = `${name}`;
    marks = marks.filter((e) => e[kName] !== name);
  }
}

function clearMeasures(name = undefined) {
  if (name === undefined) measures = [];
  else {
    name = `${name}`;
    measures = measures.filter((e) => e[kName] !== name);
  }
}

// --- nodeTiming and event loop utilization ---

const kMilestones = ['nodeStart', 'v8Start', 'bootstrapComplete', 'environment', 'loopStart',
  'loopExit', 'idleTime'];
const loopInfo = new Float64Array(2);
// The runtime starts its clock as it boots, so these milestones all sit near 0.
const bootstrapComplete = now();

class PerformanceNodeTiming {
  constructor() {
    Object.defineProperties(this, {
      name: { enumerable: true, configurable: true, value: 'node' },
      entryType: { enumerable: true, configurable: true, value: 'node' },
      startTime: { enumerable: true, configurable: true, value: 0 },
      duration: { enumerable: true, configurable: true, get: now },
      nodeStart: { enumerable: true, configurable: true, value: 0 },
      v8Start: { enumerable: true, configurable: true, value: 0 },
      environment: { enumerable: true, configurable: true, value: 0 },
      loopStart: {
        enumerable: true, configurable: true,
        get() { loopTiming(loopInfo); return loopInfo[0]; },
      },
      loopExit: { enumerable: true, configurable: true, value: -1 },
      bootstrapComplete: { enumerable: true, configurable: true, value: bootstrapComplete },
      idleTime: {
        enumerable: true, configurable: true,
        get() { loopTiming(loopInfo); return loopInfo[1]; },
      },
    });
  }

  toJSON() {
    const json = {};
    for (const key of ['name', 'entryType', 'startTime', 'duration', ...kMilestones]) {
      json[key] = this[key];
    }
    return json;
  }
}
Object.defineProperty(PerformanceNodeTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceNodeTiming', configurable: true,
});
const nodeTiming = new PerformanceNodeTiming();

// Fraction of time the loop spent running callbacks rather than waiting in poll,
// since the loop started, or since/between earlier readings.
function eventLoopUtilization(util1, util2) {
  loopTiming(loopInfo);
  const loopStart = loopInfo[0];
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = loopInfo[1];
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// --- timerify ---

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && (histogram === null || typeof histogram.record !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function complete(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    if (hasObserver('function')) {
      const entry = new PerformanceNodeEntry(kSkipThrow, fn.name, 'function', start, duration, args);
      // Node also exposes the arguments as the entry's indexed properties.
      for (let i = 0; i < args.length; i++) entry[i] = args[i];
      enqueue(entry);
    }
  }
  function wrapped(...args) {
    const start = now();
    const result = new.target !== undefined ?
      Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (new.target === undefined && result !== null && typeof result === 'object' &&
        typeof result.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(wrapped, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return wrapped;
}

// --- garbage collection entries (internal/perf/observe delivers them) ---

function createGCEntry(startNs, durationNs, kind, flags) {
  const entry = new PerformanceNodeEntry(kSkipThrow, 'gc', 'gc', hrToTimeline(startNs),
                                         durationNs / 1e6, { kind, flags });
  // Before `detail` existed node put these on the entry itself; code still reads them,
  // with a deprecation warning.
  Object.defineProperties(entry, {
    kind: { get: deprecatedAccessor(kind), enumerable: false, configurable: true },
    flags: { get: deprecatedAccessor(flags), enumerable: false, configurable: true },
  });
  return entry;
}

let warnedDEP0152 = false;
function deprecatedAccessor(value) {
  return function() {
    if (!warnedDEP0152) {
      warnedDEP0152 = true;
      process.emitWarning('Custom PerformanceEntry accessors are deprecated. ' +
        'Please use the detail property.', 'DeprecationWarning', 'DEP0152');
    }
    return value;
  };
}

// --- the Performance object ---

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) { return clearMarks(name); }
  clearMeasures(name = undefined) { return clearMeasures(name); }
  clearResourceTimings() {}

  getEntries() { return entriesOf(undefined, undefined); }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return entriesOf(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return entriesOf(undefined, `${type}`);
  }

  mark(name, options = undefined) { return Reflect.apply(mark, this, arguments); }
  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    return Reflect.apply(measure, this, arguments);
  }

  now() { return now(); }
  setResourceTimingBufferSize() {}
  get timeOrigin() { return timeOriginTimestamp; }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${lazyInspect()({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization,
    }, opts)}`;
  }
}
Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, enumerable: true, configurable: true },
  nodeTiming: { get() { return nodeTiming; }, enumerable: true, configurable: true },
  markResourceTiming: { value() {}, writable: true, enumerable: true, configurable: true },
  timerify: { value: timerify, writable: true, enumerable: true, configurable: true },
  onresourcetimingbufferfull: { value: null, writable: true, enumerable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'Performance', writable: false, enumerable: false, configurable: true },
});
for (const key of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize',
  'timeOrigin', 'toJSON']) {
  Object.defineProperty(Performance.prototype, key, { enumerable: true });
}

const performance = new Performance(kSkipThrow);

module.exports = {
  Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, performance,
  timerify, eventLoopUtilization, kSkipThrow, initEventTarget, createGCEntry,
};
