'use strict';
// The console module: the Console class and the global console, which is a Console
// over process.stdout/stderr whose streams are looked up lazily (stdio is created on
// first use, and programs may replace process.stdout).

const { codes, E } = require('internal/errors');
const { inspect, formatWithOptions } = require('internal/util/inspect');
const { validateArray, validateInteger, validateObject, validateOneOf } = require('internal/validators');

if (codes.ERR_CONSOLE_WRITABLE_STREAM === undefined) {
  E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
}
if (codes.ERR_INCOMPATIBLE_OPTION_PAIR === undefined) {
  E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
}

const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIsConsole = Symbol('kIsConsole');
const kMaxGroupIndentation = 1000;
const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

const kNoColorInspectOptions = {};
const kColorInspectOptions = { colors: true };

function defineHidden(obj, name, value) {
  Object.defineProperty(obj, name, { value, writable: true, enumerable: false, configurable: true });
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  // Methods are bound so that `const { log } = console` works.
  // Subclasses may override methods: bind whatever `this[key]` resolves to.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  defineHidden(this, '_stdout', stdout);
  defineHidden(this, '_stderr', stderr);
  initState(this, { ignoreErrors, colorMode, inspectOptions, groupIndentation });
}

function initState(target, { ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation = 2 }) {
  defineHidden(target, '_ignoreErrors', !!ignoreErrors);
  defineHidden(target, '_times', new Map());
  defineHidden(target, kCounts, new Map());
  defineHidden(target, kColorMode, colorMode);
  defineHidden(target, kIsConsole, true);
  defineHidden(target, kGroupIndent, '');
  defineHidden(target, kGroupIndentationWidth, groupIndentation);
  defineHidden(target, kInspectOptions, inspectOptions);
}

// The global console is a plain object, yet `console instanceof Console` holds.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

// FORCE_COLOR wins; otherwise a TTY whose color depth is above 2.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    const env = process.env.FORCE_COLOR;
    return env !== '0' && env !== 'false';
  }
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function getInspectOptions(self, stream) {
  let color = self[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = self[kInspectOptions];
  if (options !== undefined) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function noop() {}

// With ignoreErrors, a failing stream must not crash the program: a temporary
// 'error' listener absorbs synchronous errors, the write callback asynchronous ones.
function writeIgnoringErrors(stream, string) {
  const canListen = typeof stream.listenerCount === 'function' && typeof stream.once === 'function';
  try {
    if (canListen && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
      stream.write(string, (err) => {
        if (err != null && !require('internal/process/stdio').writeErrorEmitted(stream) &&
            stream.listenerCount('error') === 0) {
          stream.once('error', noop);
        }
      });
    } else {
      stream.write(string);
    }
  } catch (e) {
    if (e != null && typeof e === 'object' && e.name === 'RangeError' &&
        e.message === 'Maximum call stack size exceeded') {
      throw e;
    }
  } finally {
    if (canListen && typeof stream.removeListener === 'function') stream.removeListener('error', noop);
  }
}

function writeToConsole(self, useStdout, string) {
  const groupIndent = self[kGroupIndent];
  const stream = useStdout ? self._stdout : self._stderr;
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  if (!self._ignoreErrors) {
    stream.write(string);
    return;
  }
  writeIgnoringErrors(stream, string);
}

function formatFor(self, stream, args) {
  return formatWithOptions(getInspectOptions(self, stream), ...args);
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// node's duration format: "1.234ms", "1.500s", "1:02.500 (m:ss.mmm)", "1:02:03.500 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

function table(tabularData, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
  const { table: cliTable } = require('internal/console/table');
  const { previewEntries, types } = internalBinding('util');
  const final = (k, v) => this.log(cliTable(k, v));
  const _inspect = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    const opt = { depth, maxArrayLength: 3, breakLength: Infinity, ...getInspectOptions(this, this._stdout) };
    return inspect(v, opt);
  };
  const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

  const mapIter = types.isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) {
    const res = previewEntries(tabularData, true);
    tabularData = res[0];
    isKeyValue = res[1];
  }
  if (isKeyValue || types.isMap(tabularData)) {
    const keys = [];
    const values = [];
    let length = 0;
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; ++i) {
        keys.push(_inspect(tabularData[i * 2]));
        values.push(_inspect(tabularData[i * 2 + 1]));
        length++;
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
    }
    return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
  }

  const setIter = types.isSetIterator(tabularData);
  if (setIter) tabularData = previewEntries(tabularData);
  if (setIter || mapIter || types.isSet(tabularData)) {
    const values = [];
    let length = 0;
    for (const v of tabularData) {
      values.push(_inspect(v));
      length++;
    }
    return final([iterKey, valuesKey], [getIndexArray(length), values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = _inspect(item[key]);
        }
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);
  return final(keys, values);
}

const consoleMethods = {
  log(...args) {
    writeToConsole(this, true, formatFor(this, this._stdout, args));
  },
  warn(...args) {
    writeToConsole(this, false, formatFor(this, this._stderr, args));
  },
  dir(object, options) {
    writeToConsole(this, true, inspect(object, {
      customInspect: false, ...getInspectOptions(this, this._stdout), ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, this._stderr, args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H\u001b[0J');
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table,
};

// node's property order (visible through Object.keys(console)).
for (const key of ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
  'count', 'countReset', 'group', 'groupEnd', 'table']) {
  Console.prototype[key] = consoleMethods[key];
}
Console.prototype.debug = consoleMethods.log;
Console.prototype.info = consoleMethods.log;
Console.prototype.dirxml = consoleMethods.log;
Console.prototype.error = consoleMethods.warn;
Console.prototype.groupCollapsed = consoleMethods.group;

// The global console: a plain object (as node's) with the methods bound to it.
const globalConsole = { __proto__: {} };
for (const key of Object.keys(Console.prototype)) {
  globalConsole[key] = Console.prototype[key].bind(globalConsole);
  Object.defineProperty(globalConsole[key], 'name', { value: key });
}
// Read lazily (stdio is created on first use); assigning replaces the stream.
for (const name of ['stdout', 'stderr']) {
  Object.defineProperty(globalConsole, `_${name}`, {
    get() { return process[name]; },
    set(value) { defineHidden(globalConsole, `_${name}`, value); },
    enumerable: false,
    configurable: true,
  });
}
initState(globalConsole, {});
globalConsole.Console = Console;
// Inspector-only methods: no-ops without an inspector, as in node.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = function() {};
  Object.defineProperty(globalConsole[name], 'name', { value: name });
}
globalConsole.context = function context() {
  const ctx = {};
  for (const key of Object.keys(Console.prototype)) ctx[key] = globalConsole[key];
  return ctx;
};
globalConsole.createTask = function createTask() {
  return { run(fn) { return fn(); } };
};

module.exports = globalConsole;
