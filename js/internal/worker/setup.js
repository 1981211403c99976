'use strict';
// Runs at bootstrap inside a worker thread: process.exit() ends the worker (not the
// process), an uncaught exception goes to the parent's Worker as 'error' (unless the
// worker has 'uncaughtException' listeners), and the parent learns the worker is online.

const { encode, encodeError, binding, startData } = require('internal/worker/serialize');

function setupWorker() {
  // The start message (see worker_threads.js): the worker's own execArgv.
  process.execArgv = startData().x;
  // Once the worker is ending, what its stopped JS leaves behind is not an error.
  let stopping = false;
  process.reallyExit = function reallyExit(code) {
    stopping = true;
    binding.exitThread(code === undefined ? 0 : code | 0);
  };
  process.setUncaughtExceptionCaptureCallback((err) => {
    if (stopping) return;
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, 'uncaughtException');
      return;
    }
    // As node: the worker's 'exit' listeners run before the parent sees 'error'.
    process.exitCode = 1;
    if (!process._exiting) {
      process._exiting = true;
      try {
        process.emit('exit', 1);
      } catch {
        // as for the main thread: ignored.
      }
    }
    binding.postToParent(encodeError(err));
    stopping = true;
    binding.exitThread(1);
  });
  require('internal/worker/stdio').setupWorkerStdio();
  binding.postToParent(encode('o'));
}

module.exports = { setupWorker };
