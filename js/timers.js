'use strict';
// node:timers. The implementation lives in internal/timers; here are the public names
// and the deprecated object-as-timer API kept for old code.

const t = require('internal/timers');

const warned = new Set();
function deprecate(fn, message, code) {
  return function(...args) {
    if (!warned.has(code)) {
      warned.add(code);
      process.emitWarning(message, 'DeprecationWarning', code);
    }
    return Reflect.apply(fn, this, args);
  };
}

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  _unrefActive: deprecate((item) => t.insertGuarded(item, false),
                          'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
                          'DEP0127'),
  active: deprecate((item) => t.insertGuarded(item, true),
                    'timers.active() is deprecated. Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(t.unenroll,
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(t.enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.',
                    'DEP0095'),
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
