'use strict';
// util.debuglog: logging enabled per section by NODE_DEBUG (comma-separated names,
// '*' wildcards, case-insensitive). The environment is read once, on first use.

const { format } = require('internal/util/inspect');

let debugEnvRegExp;

function initializeDebugEnv() {
  const debugEnv = process.env.NODE_DEBUG;
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/,/g, '$|^');
    debugEnvRegExp = new RegExp(`^${pattern}$`, 'i');
  } else {
    debugEnvRegExp = null;
  }
}

function testEnabled(section) {
  if (debugEnvRegExp === undefined) initializeDebugEnv();
  return debugEnvRegExp !== null && debugEnvRegExp.test(section);
}

function noop() {}

function debuglog(set, cb) {
  let debug;
  function init() {
    set = set.toUpperCase();
    if (testEnabled(set)) {
      const pid = process.pid;
      debug = function debug(...args) {
        process.stderr.write(`${set} ${pid}: ${format(...args)}\n`);
      };
    } else {
      debug = noop;
    }
    if (typeof cb === 'function') cb(debug);
  }
  // Decide lazily: NODE_DEBUG may be set by the program before the first call.
  const logger = (...args) => {
    if (debug === undefined) init();
    debug(...args);
  };
  let enabled;
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (enabled === undefined) enabled = testEnabled(set.toUpperCase());
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
