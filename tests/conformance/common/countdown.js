'use strict';
// test/common/countdown for node's tests: calls `callback` (which must be called) once
// dec() has been called `limit` times.

const common = require('./');

class Countdown {
  constructor(limit, callback) {
    if (typeof limit !== 'number' || limit < 0) throw new TypeError('limit must be a positive number');
    this._count = limit;
    this._callback = common.mustCall(callback);
  }

  dec() {
    if (this._count <= 0) throw new Error('Countdown already at zero');
    if (--this._count === 0) this._callback();
    return this._count;
  }

  get remaining() {
    return this._count;
  }
}

module.exports = Countdown;
