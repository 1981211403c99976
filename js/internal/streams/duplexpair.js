'use strict';
// duplexPair(): two Duplex streams, each reading what the other writes.

const Duplex = require('internal/streams/duplex');

const kOther = Symbol('kOther');
const kCallback = Symbol('kCallback');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOther] = null;
  }

  _read() {
    // Reading resumes the other side's held-back write.
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOther].push(chunk);
      this[kOther][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}

module.exports = function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
};
