'use strict';
// The rest of process.*: credentials, title, resource usage, the NODE_OPTIONS flag set,
// a minimal process.report, process.binding, and the small properties node has.
// Called once from internal/bootstrap/node.

const binding = internalBinding('process');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_CREDENTIAL, ERR_OUT_OF_RANGE,
} } = require('internal/errors');

function validateId(id, name) {
  if (typeof id === 'number') {
    if (!Number.isInteger(id)) throw new ERR_OUT_OF_RANGE(name, 'an integer', id);
    if (id < 0 || id > 0xffffffff) throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', id);
  } else if (typeof id !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}

function setIdFunction(kind, what) {
  return function setId(id) {
    validateId(id, 'id');
    if (binding.setId(kind, id) === 1) throw new ERR_UNKNOWN_CREDENTIAL(what, id);
  };
}

// Flags in process.allowedNodeEnvironmentFlags are written "--flag" or "-f"; has()
// accepts them with '_' for '-', with a "=value", or without leading dashes, as node's.
class NodeEnvironmentFlagsSet extends Set {
  constructor(names) {
    super();
    for (const name of names) Set.prototype.add.call(this, name);
  }

  // Read-only, as node's: add/delete/clear change nothing.
  add() { return this; }
  delete() { return false; }
  clear() {}
  has(key) {
    if (typeof key !== 'string') return false;
    let k = key.replace(/_/g, '-');
    const eq = k.indexOf('=');
    if (eq !== -1) k = k.slice(0, eq);
    if (super.has(k)) return true;
    if (!k.startsWith('-')) return super.has(`--${k}`) || super.has(`-${k}`);
    return false;
  }
}

function cpuUsageChecked(prev, current) {
  if (prev === undefined) return current;
  if (prev === null || typeof prev !== 'object') throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', prev);
  for (const key of ['user', 'system']) {
    const v = prev[key];
    if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', v);
    if (v < 0 || !Number.isFinite(v)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
    }
  }
  return { user: current.user - prev.user, system: current.system - prev.system };
}

function makeReport() {
  const header = {
    reportVersion: 3,
    event: 'JavaScript API',
    trigger: 'GetReport',
    nodejsVersion: process.version,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    processId: process.pid,
    cwd: process.cwd(),
    commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
  };
  return {
    header,
    javascriptStack: { message: 'No stack.', stack: ['Unavailable.'] },
    javascriptHeap: {},
    nativeStack: [],
    resourceUsage: {},
    uvthreadResourceUsage: {},
    libuv: [],
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: {},
    sharedObjects: [],
  };
}

const resourceValues = new Float64Array(16);

// process.loadEnvFile(path = '.env'): the file's variables join process.env; variables
// already set keep their values, as with --env-file.
function loadEnvFile(path = '.env') {
  const isBuffer = path instanceof Uint8Array;
  if (typeof path !== 'string' && !isBuffer && !(path instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  if (path instanceof URL) path = require('internal/url').fileURLToPath(path);
  else if (isBuffer) path = require('buffer').Buffer.from(path).toString();
  let text;
  try {
    text = internalBinding('fs').readFileUtf8(path);
  } catch (err) {
    // node reads the file whole and names a directory this way (a plain TypeError with
    // an own, enumerable code).
    if (err.code === 'EISDIR') {
      const dirError = new TypeError(`Contents of '${path}' should be a valid string.`);
      dirError.code = 'ERR_INVALID_ARG_TYPE';
      throw dirError;
    }
    throw err;
  }
  const vars = internalBinding('util').parseEnv(text);
  for (const key of Object.keys(vars)) {
    if (process.env[key] === undefined) process.env[key] = vars[key];
  }
}

function setup() {
  Object.defineProperty(process, 'title', {
    enumerable: true,
    configurable: true,
    get: binding.getTitle,
    set(value) { binding.setTitle(String(value)); },
  });
  if (binding.options.title) binding.setTitle(binding.options.title);

  process.loadEnvFile = loadEnvFile;
  process.getuid = binding.getuid;
  process.geteuid = binding.geteuid;
  process.getgid = binding.getgid;
  process.getegid = binding.getegid;
  process.getgroups = binding.getgroups;
  process.setuid = setIdFunction('uid', 'User');
  process.seteuid = setIdFunction('euid', 'User');
  process.setgid = setIdFunction('gid', 'Group');
  process.setegid = setIdFunction('egid', 'Group');
  process.setgroups = function setgroups(groups) {
    if (!Array.isArray(groups)) throw new ERR_INVALID_ARG_TYPE('groups', 'Array', groups);
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const bad = binding.setGroups(groups);
    if (bad > 0) throw new ERR_UNKNOWN_CREDENTIAL('Group', groups[bad - 1]);
  };
  process.initgroups = function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const r = binding.initGroups(user, extraGroup);
    if (r === 1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
    if (r === 2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
  };

  const cpuUsage = process.cpuUsage;
  process.cpuUsage = function cpuUsage2(prevValue) {
    return cpuUsageChecked(prevValue, cpuUsage());
  };
  Object.defineProperty(process.cpuUsage, 'name', { value: 'cpuUsage' });

  process.resourceUsage = function resourceUsage() {
    binding.resourceUsage(resourceValues);
    const v = resourceValues;
    return {
      userCPUTime: v[0], systemCPUTime: v[1], maxRSS: v[2], sharedMemorySize: v[3],
      unsharedDataSize: v[4], unsharedStackSize: v[5], minorPageFault: v[6],
      majorPageFault: v[7], swappedOut: v[8], fsRead: v[9], fsWrite: v[10], ipcSent: v[11],
      ipcReceived: v[12], signalsCount: v[13], voluntaryContextSwitches: v[14],
      involuntaryContextSwitches: v[15],
    };
  };

  let flags;
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    enumerable: true,
    configurable: true,
    get() {
      if (flags === undefined) flags = Object.freeze(new NodeEnvironmentFlagsSet(binding.nodeOptionsAllowed));
      return flags;
    },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
        value, configurable: true, enumerable: true, writable: true,
      });
    },
  });

  process.report = {
    writeReport() { return ''; },
    getReport() { return makeReport(); },
    directory: '',
    filename: '',
    compact: false,
    excludeNetwork: false,
    signal: 'SIGUSR2',
    reportOnFatalError: false,
    reportOnSignal: false,
    reportOnUncaughtException: false,
  };

  // nodus has none of node's internal C++ bindings; node throws this for unknown names.
  process.binding = function binding(name) {
    throw new Error(`No such module: ${name}`);
  };
  process._linkedBinding = function _linkedBinding(name) {
    throw new Error(`No such binding: ${name}`);
  };

  process.debugPort = 9229;
  process._tickCallback = function _tickCallback() {
    require('internal/process/task_queues').processTicksAndRejections();
  };
  process._debugProcess = function _debugProcess() {};
  process._debugEnd = function _debugEnd() {};
  process._startProfilerIdleNotifier = function _startProfilerIdleNotifier() {};
  process._stopProfilerIdleNotifier = function _stopProfilerIdleNotifier() {};
  process.sourceMapsEnabled = false;
  process.setSourceMapsEnabled = function setSourceMapsEnabled(value) {
    if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('val', 'boolean', value);
    process.sourceMapsEnabled = value;
  };
  process.constrainedMemory = () => 0;
  process.availableMemory = function availableMemory() {
    try {
      return require('os').freemem();
    } catch {
      return 0;
    }
  };
  // One 'Timeout' per ref'd timer and one 'Immediate' per ref'd immediate, as node
  // (nodus has no other handle or request objects to list here yet).
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const [timeouts, immediates] = require('internal/timers').activeCounts();
    return [...new Array(timeouts).fill('Timeout'), ...new Array(immediates).fill('Immediate')];
  };
  process._getActiveHandles = () => [];
  process._getActiveRequests = () => [];

  process._preload_modules = binding.options.preload.slice();
  process.moduleLoadList = [];
  process.domain = null;
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  let assertWarned = false;
  process.assert = function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
        'DeprecationWarning', 'DEP0100');
    }
    if (!value) {
      const err = new Error(message || 'assertion error');
      err.code = 'ERR_ASSERTION';
      throw err;
    }
  };
  process.getBuiltinModule = function getBuiltinModule(id) {
    const { validateString } = require('internal/validators');
    validateString(id, 'id');
    const loaders = require('internal/bootstrap/loaders');
    const name = id.startsWith('node:') ? id.slice(5) : id;
    if (!loaders.canBeRequiredByUsers(name)) return undefined;
    return loaders.requireBuiltin(name);
  };
}

module.exports = { setup };
