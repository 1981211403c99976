'use strict';
// CountQueuingStrategy and ByteLengthQueuingStrategy. highWaterMark is converted to a
// number but not range-checked here: the stream constructor that receives the
// strategy does that, as the spec says.

const { codes, E } = require('internal/errors');
const { kType, kInspect, checkThis, defineInterface, customInspect } = require('internal/webstreams/util');

if (codes.ERR_MISSING_OPTION === undefined) E('ERR_MISSING_OPTION', '%s is required', TypeError);
const { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION } = codes;

const kHighWaterMark = Symbol('kHighWaterMark');

function readInit(init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

// One size function per class, shared by every instance (the spec caches it per realm).
const countSize = { size() { return 1; } }.size;
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kHighWaterMark] = readInit(init);
  }

  get highWaterMark() {
    checkThis(this, 'CountQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'CountQueuingStrategy',
      { highWaterMark: this[kHighWaterMark] });
  }
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kHighWaterMark] = readInit(init);
  }

  get highWaterMark() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ByteLengthQueuingStrategy',
      { highWaterMark: this[kHighWaterMark] });
  }
}

defineInterface(CountQueuingStrategy, ['highWaterMark', 'size']);
defineInterface(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);

module.exports = { CountQueuingStrategy, ByteLengthQueuingStrategy };
