'use strict';
// util.deprecate: a wrapper that emits a DeprecationWarning on first use. Warnings with
// a code are emitted once per code across all wrappers (node's DEP codes).

const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) {
    const { validateString } = require('internal/validators');
    validateString(code, 'code');
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // The wrapper stands in for fn: same prototype chain and prototype object.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = { deprecate };
