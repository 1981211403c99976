'use strict';
// Histograms for perf_hooks: createHistogram() and monitorEventLoopDelay(). Values are
// integers; each is counted exactly below 2048 and rounded to 3 significant binary
// digits' worth (11 bits) above, like an HDR histogram, so memory stays small.
// Percentiles are reported the HDR way: 0, 50, 75, 87.5, ... until the maximum, then 100.

const { codes: { ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR } } =
  require('internal/errors');
const { validateObject, validateInteger } = require('internal/validators');

const kEmptyMin = 9223372036854776000;  // node reports int64 max before any record
const kIllegal = Symbol('kIllegal');

function bucketOf(value) {
  if (value < 2048) return value;
  const shift = Math.floor(Math.log2(value)) - 10;
  const unit = 2 ** shift;
  return Math.floor(value / unit) * unit;
}

class Histogram {
  #counts = new Map();
  #count = 0;
  #min = kEmptyMin;
  #max = 0;
  #sum = 0;
  #sumSquares = 0;
  #exceeds = 0;

  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return this.#count; }
  get countBigInt() { return BigInt(this.#count); }
  get min() { return this.#min; }
  get minBigInt() { return this.#count === 0 ? 9223372036854775807n : BigInt(this.#min); }
  get max() { return this.#max; }
  get maxBigInt() { return BigInt(this.#max); }
  get mean() { return this.#count === 0 ? NaN : this.#sum / this.#count; }
  get exceeds() { return this.#exceeds; }
  get exceedsBigInt() { return BigInt(this.#exceeds); }

  get stddev() {
    if (this.#count === 0) return NaN;
    const mean = this.#sum / this.#count;
    return Math.sqrt(Math.max(0, this.#sumSquares / this.#count - mean * mean));
  }

  percentile(percentile) {
    if (typeof percentile !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('percentile', 'number', percentile);
    }
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return this.#valueAt(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const out = new Map();
    if (this.#count === 0) {
      out.set(100, 0);
      return out;
    }
    for (let half = 1, p = 0; ; half /= 2, p = 100 - 100 * half) {
      const v = this.#valueAt(p);
      out.set(p, v);
      if (v >= this.#max) break;
    }
    out.set(100, this.#max);
    return out;
  }

  get percentilesBigInt() {
    const out = new Map();
    for (const [k, v] of this.percentiles) out.set(k, BigInt(v));
    return out;
  }

  reset() {
    this.#counts = new Map();
    this.#count = 0;
    this.#min = kEmptyMin;
    this.#max = 0;
    this.#sum = 0;
    this.#sumSquares = 0;
    this.#exceeds = 0;
  }

  // The smallest recorded value with at least `percentile`% of the values at or below it.
  #valueAt(percentile) {
    if (this.#count === 0) return 0;
    const wanted = Math.max(1, Math.ceil((percentile / 100) * this.#count));
    const keys = [...this.#counts.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const k of keys) {
      seen += this.#counts.get(k);
      if (seen >= wanted) return k === bucketOf(this.#min) ? Math.max(k, this.#min) : k;
    }
    return this.#max;
  }

  // For subclasses and monitorEventLoopDelay.
  static add(h, value) {
    const b = bucketOf(value);
    h.#counts.set(b, (h.#counts.get(b) ?? 0) + 1);
    h.#count++;
    if (value < h.#min) h.#min = value;
    if (value > h.#max) h.#max = value;
    h.#sum += value;
    h.#sumSquares += value * value;
  }
  static addHistogram(h, other) {
    for (const [k, c] of other.#counts) h.#counts.set(k, (h.#counts.get(k) ?? 0) + c);
    h.#count += other.#count;
    h.#min = Math.min(h.#min, other.#min);
    h.#max = Math.max(h.#max, other.#max);
    h.#sum += other.#sum;
    h.#sumSquares += other.#sumSquares;
    h.#exceeds += other.#exceeds;
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, opts)}`;
  }
}
const { add, addHistogram } = Histogram;
delete Histogram.add;
delete Histogram.addHistogram;

class RecordableHistogram extends Histogram {
  #prevDelta = 0;

  constructor(key = undefined) {
    super(key);
  }

  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else if (typeof val !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('val', 'number', val);
    }
    if (!(val >= 1 && val <= Number.MAX_SAFE_INTEGER)) {
      throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, val);
    }
    add(this, Math.trunc(val));
  }

  // Records the time since the previous recordDelta() call, in nanoseconds.
  recordDelta() {
    const t = process.hrtime.bigint();
    if (this.#prevDelta !== 0) add(this, Math.max(1, Number(t - this.#prevDelta)));
    this.#prevDelta = t;
  }

  add(other) {
    if (!(other instanceof Histogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    addHistogram(this, other);
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kIllegal);
}

// monitorEventLoopDelay: an unref'd interval timer; each firing records the time since
// the previous one in nanoseconds, so a blocked loop shows up as long intervals.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #last = 0n;

  constructor(key, resolution) {
    super(key);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#last = process.hrtime.bigint();
    this.#timer = require('internal/timers').setInterval(() => {
      const t = process.hrtime.bigint();
      add(this, Math.max(1, Number(t - this.#last)));
      this.#last = t;
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    require('internal/timers').clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kIllegal, resolution);
}

module.exports = { Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay };
