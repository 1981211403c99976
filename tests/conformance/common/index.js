'use strict';
// nodus's own small stand-in for node's test/common, with the helpers Node's test/parallel
// files use. Written for nodus; it does not use node internals.

const assert = require('assert');
const path = require('path');
const { inspect } = require('util');
// Held from the start: some files replace the `process` global and still use these helpers.
const process = globalThis.process;

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((context) => {
    if ('minimum' in context) return context.actual < context.minimum;
    return context.actual !== context.exact;
  });
  for (const context of failed) {
    const want = 'minimum' in context ? `at least ${context.minimum}` : `exactly ${context.exact}`;
    process.stderr.write(`Mismatched ${context.name} function calls. Expected ${want}, ` +
      `actual ${context.actual}.\n${context.stack}\n`);
  }
  if (failed.length) process.exit(1);
}

function makeCallCheck(fn, field, count) {
  if (typeof fn === 'number') {
    count = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  const context = { [field]: count, actual: 0, name: fn.name || '<anonymous>',
    stack: new Error().stack.split('\n').slice(2).join('\n') };
  mustCallChecks.push(context);
  const wrapped = function(...args) {
    context.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length, configurable: true });
  Object.defineProperty(wrapped, 'name', { value: fn.name, configurable: true });
  return wrapped;
}

function noop() {}

function mustCall(fn, exact = 1) {
  return makeCallCheck(fn, 'exact', exact);
}

function mustCallAtLeast(fn, minimum = 1) {
  return makeCallCheck(fn, 'minimum', minimum);
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function mustNotCall(msg) {
  const callSite = new Error().stack.split('\n')[2] || '';
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ? `\ncalled with arguments: ${args.map((a) => inspect(a)).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at ${callSite.trim()}${argsInfo}`);
  };
}

function mustNotMutateObjectDeep(original) {
  return original;
}

function expectsError(validation, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail(`Expected one argument, got ${inspect(args)}`);
    const error = args.pop();
    assert.throws(() => { throw error; }, validation);
    return true;
  }, exact);
}

// " Received type number (1)" and friends, as node's ERR_INVALID_ARG_TYPE messages end.
function invalidArgTypeHelper(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${inspect(input, { depth: -1 })}`;
  }
  let shown = inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

let warningChecks;
function expectWarning(nameOrMap, expected, code) {
  if (warningChecks === undefined) {
    warningChecks = new Map();
    process.on('warning', (warning) => {
      const pending = warningChecks.get(warning.name);
      assert.ok(pending, `unexpected warning ${warning.name}: ${warning.message}`);
      const next = pending.shift();
      assert.ok(next, `too many ${warning.name} warnings: ${warning.message}`);
      const [message, warnCode] = next;
      if (message instanceof RegExp) assert.match(warning.message, message);
      else assert.strictEqual(warning.message, message);
      if (warnCode !== undefined) assert.strictEqual(warning.code, warnCode);
    });
    process.on('exit', () => {
      for (const [name, rest] of warningChecks) {
        if (rest.length) {
          process.stderr.write(`missing ${name} warnings: ${inspect(rest)}\n`);
          process.exitCode = 1;
        }
      }
    });
  }
  const add = (name, list) => {
    if (typeof list === 'string' || list instanceof RegExp) list = [[list, code]];
    // { CODE: message } (node's form for warnings that carry a code)
    else if (!Array.isArray(list)) list = Object.keys(list).map((c) => [list[c], c]);
    else if (!Array.isArray(list[0])) list = list.length === 2 && typeof list[1] === 'string' &&
      /^[A-Z]+\d+$|^DEP/.test(list[1]) ? [list] : list.map((m) => [m]);
    warningChecks.set(name, (warningChecks.get(name) || []).concat(list));
  };
  if (typeof nameOrMap === 'string') add(nameOrMap, expected);
  else for (const name of Object.keys(nameOrMap)) add(name, nameOrMap[name]);
}

// A terminal fd for tty tests, or -1 when the run has none (tests then skip).
function getTTYfd() {
  const tty = require('tty');
  const ttyFd = [1, 2, 4, 5].find(tty.isatty);
  if (ttyFd !== undefined) return ttyFd;
  try {
    return require('fs').openSync('/dev/tty');
  } catch {
    return -1;
  }
}

function skip(msg) {
  process.stdout.write(`1..0 # Skipped: ${msg}\n`);
  process.exit(0);
}

function printSkipMessage(msg) {
  process.stdout.write(`1..0 # Skipped: ${msg}\n`);
}

function platformTimeout(ms) {
  return ms;
}

// As node's common: happy-eyeballs attempts get 10x the default time, so tests that
// connect through several addresses do not fail on a loaded machine.
let defaultAutoSelectFamilyAttemptTimeout;
try {
  const net = require('net');
  net.setDefaultAutoSelectFamilyAttemptTimeout(
    platformTimeout(net.getDefaultAutoSelectFamilyAttemptTimeout() * 10));
  defaultAutoSelectFamilyAttemptTimeout = net.getDefaultAutoSelectFamilyAttemptTimeout();
} catch {
  // Without the net plugin there is nothing to slow down.
}

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const out = [];
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView];
  for (const T of types) {
    const { BYTES_PER_ELEMENT = 1 } = T;
    if (byteLength % BYTES_PER_ELEMENT === 0) {
      out.push(new T(buffer, byteOffset, byteLength / BYTES_PER_ELEMENT));
    }
  }
  return out;
}

function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

let cachedHasCrypto;
// What require() of an ES module gives: its namespace, with `__esModule: true` added
// when it has a default export (unless checkESModule is false).
function expectRequiredModule(mod, expectation, checkESModule = true) {
  const clone = { ...mod };
  if (Object.prototype.hasOwnProperty.call(mod, 'default') && checkESModule) {
    assert.strictEqual(mod.__esModule, true);
    delete clone.__esModule;
  }
  assert.strictEqual(Object.prototype.toString.call(mod), '[object Module]');
  assert.deepStrictEqual(clone, { ...expectation });
}

// Runs a child to completion: { code, signal, stdout, stderr }. Synchronous underneath
// (a resolved promise), which is all node's tests need of it.
function spawnPromisified(file, args = [], options = {}) {
  const { spawnSync } = require('child_process');
  // Tests pass URL objects among the arguments; the child sees their text either way.
  const r = spawnSync(file, args.map((a) => `${a}`), { encoding: 'utf8', ...options });
  if (r.error) return Promise.reject(r.error);
  return Promise.resolve({
    code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr),
  });
}

function hasCrypto() {
  if (cachedHasCrypto === undefined) {
    try {
      require('crypto');
      cachedHasCrypto = true;
    } catch {
      cachedHasCrypto = false;
    }
  }
  return cachedHasCrypto;
}

const common = {
  isWindows: false,
  isLinux: process.platform === 'linux',
  isOSX: false,
  isMacOS: false,
  isAIX: false,
  isSunOS: false,
  isFreeBSD: false,
  isOpenBSD: false,
  isIBMi: false,
  isPi: false,
  isDumbTerminal: process.env.TERM === 'dumb',
  isMainThread: true,
  hasIntl: typeof Intl === 'object',
  hasIPv6: true,
  hasOpenSSL3: true,
  // The linked OpenSSL is at least major.minor.patch (read from crypto.constants).
  hasOpenSSL(major = 0, minor = 0, patch = 0) {
    if (!hasCrypto()) return false;
    const v = require('crypto').constants.OPENSSL_VERSION_NUMBER;
    const have = [Math.floor(v / 2 ** 28), (v >>> 20) & 0xff, (v >>> 4) & 0xff];
    const want = [major, minor, patch];
    for (let i = 0; i < 3; i++) if (have[i] !== want[i]) return have[i] > want[i];
    return true;
  },
  hasQuic: false,
  // node's tests drive s_client/s_server through this; the system's openssl serves.
  get opensslCli() {
    return require('fs').existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : false;
  },
  hasMultiLocalhost: () => false,
  inFreeBSDJail: false,
  localIPv6Hosts: ['localhost'],
  localhostIPv4: '127.0.0.1',
  // The command that prints the working directory, as spawn() arguments.
  pwdCommand: ['pwd', []],
  // A Unix socket path inside the test's own tmpdir (tests refresh it before listening).
  get PIPE() { return path.join(require('./tmpdir').path, `test.${process.pid}.sock`); },
  buildType: 'Release',
  // node's test runner gives each concurrent test its own port the same way.
  PORT: Number(process.env.NODE_COMMON_PORT) || 12346,
  isInsideDirWithUnusualChars: false,
  enoughTestMem: true,
  mustCall,
  mustCallAtLeast,
  mustSucceed,
  mustNotCall,
  mustNotMutateObjectDeep,
  expectRequiredModule,
  spawnPromisified,
  expectsError,
  expectWarning,
  invalidArgTypeHelper,
  skip,
  getTTYfd,
  printSkipMessage,
  skipIf32Bits() {},
  skipIfEslintMissing() { skip('eslint is not part of nodus'); },
  skipIfInspectorDisabled() { skip('no inspector in nodus'); },
  skipIfSQLiteMissing() { skip('no sqlite in nodus'); },
  skipIfWorker() {},
  skipIfDumbTerminal() { if (common.isDumbTerminal) skip('dumb terminal'); },
  platformTimeout,
  defaultAutoSelectFamilyAttemptTimeout,
  getArrayBufferViews,
  getBufferSources,
  allowGlobals() {},
  canCreateSymLink: () => true,
  getCallSite(top) {
    const err = new Error();
    Error.captureStackTrace(err, top);
    const line = err.stack.split('\n')[1] || '';
    const m = /\(?([^()\s]+:\d+:\d+)\)?$/.exec(line);
    return m ? m[1] : line.trim();
  },
  runWithInvalidFD(fn) {
    let fd = 1 << 30;
    fn(fd);
  },
  escapePOSIXShell: (cmd) => cmd,
  get hasCrypto() { return hasCrypto(); },
  get fixturesDir() { return require('./fixtures').fixturesDir; },
  get tmpDir() { return require('./tmpdir').path; },
};

module.exports = common;
