'use strict';
// tick(n, cb): calls cb after n turns of the event loop (setImmediate).
module.exports = function tick(n, cb) {
  if (n <= 0) {
    cb();
    return;
  }
  setImmediate(() => tick(n - 1, cb));
};
