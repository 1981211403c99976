'use strict';
// The os module on the os plugin's native binding (os.c).

const { validateInt32 } = require('internal/validators');
const { SystemError } = require('internal/errors');

// Native calls throw plain errors with errno/code/syscall; node reports them as
// SystemError [ERR_SYSTEM_ERROR].
function call(fn, ...args) {
  try {
    return fn(...args);
  } catch (err) {
    if (err && typeof err.syscall === 'string') {
      throw new SystemError({ errno: err.errno, code: err.code, message: err.message, syscall: err.syscall });
    }
    throw err;
  }
}

// node's os functions also stringify to their result (`${os.hostname}`), a legacy kept
// for compatibility.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const hostname = withPrimitive(function hostname() { return call(binding.getHostname); });
const homedir = withPrimitive(function homedir() { return call(binding.getHomeDirectory); });
const uptime = withPrimitive(function uptime() { return call(binding.getUptime); });
const freemem = withPrimitive(function freemem() { return binding.getFreeMem(); });
const totalmem = withPrimitive(function totalmem() { return binding.getTotalMem(); });
const endianness = withPrimitive(function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});
const osInfo = () => call(binding.getOSInformation);
const type = withPrimitive(function type() { return osInfo()[0]; });
const version = withPrimitive(function version() { return osInfo()[1]; });
const release = withPrimitive(function release() { return osInfo()[2]; });
const machine = withPrimitive(function machine() { return osInfo()[3]; });
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });

function tmpdir() {
  const path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function loadavg() {
  return binding.getLoadAvg();
}

function cpus() {
  return call(binding.getCPUs);
}

const availableParallelism = withPrimitive(function availableParallelism() {
  return binding.getAvailableParallelism();
});

function prefixLength(netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = Number(part);
      while (n & 0x80) { bits++; n = (n << 1) & 0xff; }
      if (n !== 0) return null;
    }
    return bits;
  }
  for (const part of netmask.split(':')) {
    if (part === '') continue;
    let n = parseInt(part, 16);
    while (n & 0x8000) { bits++; n = (n << 1) & 0xffff; }
    if (n !== 0) return null;
  }
  return bits;
}

function networkInterfaces() {
  const flat = call(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const bits = prefixLength(netmask, family);
    const entry = { address, netmask, family, mac, internal, cidr: bits === null ? null : `${address}/${bits}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ||= []).push(entry);
  }
  return result;
}

function userInfo(options) {
  const info = call(binding.getUserInfo);
  const result = { __proto__: null, uid: info.uid, gid: info.gid, username: info.username,
    homedir: info.homedir, shell: info.shell };
  if (options && options.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof result[key] === 'string') result[key] = Buffer.from(result[key]);
    }
  }
  return result;
}

const { PRIORITY_LOW, PRIORITY_HIGHEST } = { PRIORITY_LOW: 19, PRIORITY_HIGHEST: -20 };

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', PRIORITY_HIGHEST, PRIORITY_LOW);
  call(binding.setPriority, pid, priority);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return call(binding.getPriority, pid);
}

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, ...binding.constants.dlopen },
  errno: { __proto__: null, ...binding.constants.errno },
  signals: { __proto__: null, ...binding.constants.signals },
  priority: {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  },
};

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname,
  loadavg, networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type,
  userInfo, uptime, version, machine,
};
// Read-only, as node has them (assigning throws in strict code).
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, writable: false, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
