'use strict';
// Turns the bare process object into node's: an EventEmitter with argv, env, nextTick,
// exit handling, stdio; installs the globals (timers, console, queueMicrotask, ...).

const EventEmitter = require('events');
const binding = internalBinding('process');
const errorsBinding = internalBinding('errors');
const taskQueues = require('internal/process/task_queues');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL, ERR_OUT_OF_RANGE } } =
  require('internal/errors');

// --- process as an EventEmitter ---
{
  // process.constructor is a function named process whose prototype is process's.
  const ProcessCtor = function process() {};
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: ProcessCtor, writable: true, configurable: true },
  });
  ProcessCtor.prototype = proto;
  Object.setPrototypeOf(process, proto);
}
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', enumerable: false, writable: true, configurable: false,
});
EventEmitter.call(process);

process.version = 'v' + binding.versions.node;
process.versions = binding.versions;
process.arch = binding.arch;
process.platform = 'linux';
process.release = {
  name: 'node',
  lts: 'Iron',
  // node-gyp reads headersUrl to build addons: Node-API addons built against the Node
  // version nodus follows load in nodus.
  sourceUrl: `https://nodejs.org/download/release/v${binding.versions.node}/node-v${binding.versions.node}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/v${binding.versions.node}/node-v${binding.versions.node}-headers.tar.gz`,
};
process.argv = binding.argv;
process.argv0 = binding.argv0;
process.execArgv = binding.execArgv;
process.execPath = binding.execPath;
process.env = binding.env;
Object.defineProperty(process, 'pid', { get: binding.getPid, enumerable: true, configurable: true });
Object.defineProperty(process, 'ppid', { get: binding.getPpid, enumerable: true, configurable: true });
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true,
  tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true, require_module: false };
process.config = { target_defaults: {}, variables: { napi_build_version: '9' } };
process._exiting = false;
Object.defineProperty(process, '_unhandledRejectionsMode', {
  value: binding.options.unhandledRejections || 'throw', writable: true, configurable: true, enumerable: false,
});

process.cwd = binding.cwd;
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  binding.chdir(directory);
};
process.umask = function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  } else if (typeof mask !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('mask', 'number', mask);
  }
  return binding.umask(mask);
};

const hrValues = new Uint32Array(3);
process.hrtime = function hrtime(time) {
  binding.hrtime(hrValues);
  const sec = hrValues[0] * 0x100000000 + hrValues[1];
  const nsec = hrValues[2];
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    const s = sec - time[0];
    const n = nsec - time[1];
    return n < 0 ? [s - 1, n + 1e9] : [s, n];
  }
  return [sec, nsec];
};
process.hrtime.bigint = binding.hrtimeBigInt;
process.uptime = binding.uptime;

const memValues = new Float64Array(5);
process.memoryUsage = function memoryUsage() {
  binding.memoryUsage(memValues);
  return {
    rss: memValues[0], heapTotal: memValues[1], heapUsed: memValues[2],
    external: memValues[3], arrayBuffers: memValues[4],
  };
};
process.memoryUsage.rss = binding.rss;

const cpuValues = new Float64Array(2);
process.cpuUsage = function cpuUsage(prev) {
  binding.cpuUsage(cpuValues);
  if (prev !== undefined) {
    if (prev === null || typeof prev !== 'object') throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', prev);
    return { user: cpuValues[0] - prev.user, system: cpuValues[1] - prev.system };
  }
  return { user: cpuValues[0], system: cpuValues[1] };
};

const signals = binding.signals;
process.kill = function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signum;
  if (typeof sig === 'number') {
    signum = sig;
  } else if (typeof sig === 'string' && signals[sig] !== undefined) {
    signum = signals[sig];
  } else {
    // node names the value as util.format's %s would ("{}" for an object).
    const shown = typeof sig === 'object' && sig !== null ?
      require('internal/util/inspect').inspect(sig, { depth: 0 }) : sig;
    throw new ERR_UNKNOWN_SIGNAL(shown);
  }
  // Through process._kill, which programs (and node's tests) may replace.
  const err = process._kill(pid, signum);
  if (err) throw binding.makeErrnoException(err, 'kill');
  return true;
};
process._kill = binding.kill;
process.abort = binding.abort;
require('internal/process/methods').setup();
// process.dlopen, and the modules plugins provide.
require('internal/plugins').setup();

// --- exit ---
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    validateExitCode(code);
    exitCode = code;
  },
});

// node 20: null/undefined, an integer, or a string holding one ("6", " 7", "0x10").
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  let value = code;
  if (typeof code === 'string' && code !== '' && !Number.isNaN(+code)) value = +code;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE('code', 'an integer', value);
}

process.reallyExit = binding.reallyExit;
process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  process.reallyExit(process.exitCode | 0);
};

// Called by core: 'beforeExit' when the loop runs dry, 'exit' at the end. Returns the
// exit code.
errorsBinding.setProcessEventEmitter(function emitProcessEvent(name) {
  if (name === 'beforeExit') {
    if (!process._exiting) process.emit('beforeExit', process.exitCode | 0);
    return 0;
  }
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  return process.exitCode | 0;
});

// --- signals: start watching when the first listener is added ---
process.on('newListener', (type) => {
  if (typeof type === 'string' && Object.hasOwn(signals, type) && process.listenerCount(type) === 0) {
    // SIGKILL and SIGSTOP cannot be caught: node throws libuv's EINVAL here.
    const err = binding.startSignal(signals[type], (signum) => process.emit(type, type, signum));
    if (err < 0) throw binding.makeErrnoException(err, 'uv_signal_start');
  }
});
process.on('removeListener', (type) => {
  if (typeof type === 'string' && Object.hasOwn(signals, type) && process.listenerCount(type) === 0) {
    binding.stopSignal(signals[type]);
  }
});

// --- ticks, warnings, uncaught errors ---
process.nextTick = taskQueues.nextTick;
taskQueues.setup();
require('internal/process/warning').setup();
require('internal/process/uncaught').setup();

// --- stdio (lazy: most programs touch only stdout) ---
const stdio = require('internal/process/stdio');
Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, get: stdio.getStdout });
Object.defineProperty(process, 'stderr', { configurable: true, enumerable: true, get: stdio.getStderr });
Object.defineProperty(process, 'stdin', { configurable: true, enumerable: true, get: stdio.getStdin });
// process.report and process.binding: loaded on first use.
Object.defineProperty(process, 'report', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return require('internal/process/report').report; },
});
process.binding = function binding(name) {
  return require('internal/process/binding').binding(name);
};
process._rawDebug = (...args) => {
  internalBinding('stdio').writeString(2, require('internal/util/inspect').format(...args) + '\n');
};

// --- globals ---
require('internal/bootstrap/globals');

// Inside a worker thread: process.exit and uncaught errors end the worker, not the process.
if (internalBinding('worker').workerInfo() !== undefined) {
  require('internal/worker/setup').setupWorker();
}
