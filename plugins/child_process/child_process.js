'use strict';
// child_process on the plugin's binding (spawn_sync.c, process.c): spawn and ChildProcess,
// exec/execFile, fork, and the synchronous forms. IPC channels are in ipc.js.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const pathModule = require('path');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_IPC_ONE_PIPE,
  ERR_IPC_SYNC_FORK,
} } = require('internal/errors');
const { validateString, validateFunction, validateObject, validateBoolean, validateInteger,
  validateAbortSignal, validateArray, validateOneOf } = require('internal/validators');
const { setupChannel, setupChild } = require('internal/child_process/ipc');

const signals = require('os').constants.signals;
const UV_EOF = -4095;
const kSharedWithChild = Symbol('kSharedWithChild');

function lazyBuffer() {
  return require('buffer').Buffer;
}

// A signal's number from its number or its name, in any case ('sigterm' too), as
// node takes them; anything else is an unknown signal.
function signalNumber(sig) {
  if (typeof sig === 'number' && Object.values(signals).includes(sig)) return sig;
  if (typeof sig === 'string') {
    const upper = sig.toUpperCase();
    if (Object.hasOwn(signals, upper)) return signals[upper];
  }
  throw new ERR_UNKNOWN_SIGNAL(sig);
}

// options.killSignal: unset, or a signal's name or number.
function killSignalNumber(sig) {
  if (sig == null) return signals.SIGTERM;
  if (typeof sig === 'string' || typeof sig === 'number') return signalNumber(sig);
  throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], sig);
}

function signalName(num) {
  for (const [name, n] of Object.entries(signals)) if (n === num) return name;
  return null;
}

// node's spawn errors: "spawn <file> ENOENT" with errno, code, syscall, path, spawnargs.
function spawnError(code, syscall, file, spawnargs) {
  const name = binding.errname(code);
  const err = new Error(`${syscall} ${name}`);
  err.errno = code;
  err.code = name;
  err.syscall = syscall;
  if (file !== undefined) err.path = file;
  if (spawnargs !== undefined) err.spawnargs = spawnargs;
  return err;
}

// ---- options ----

// Strings reach the C side as NUL-terminated: one with a NUL inside would be cut short
// there, so it is refused here, with node's error.
function checkNullBytes(value, name, what = 'a string') {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be ${what} without null bytes`);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function validateId(id, name) {
  if (id != null && id !== (id | 0)) throw new ERR_INVALID_ARG_TYPE(name, 'int32', id);
}

// cwd: a string, a Buffer (its UTF-8 text) or a file: URL.
function validCwd(cwd) {
  if (cwd == null) return cwd;
  if (typeof cwd === 'object' && typeof cwd.href === 'string' && typeof cwd.protocol === 'string') {
    cwd = require('internal/url').fileURLToPath(cwd);
  } else if (cwd instanceof Uint8Array) {
    const text = lazyBuffer().from(cwd.buffer, cwd.byteOffset, cwd.byteLength).toString();
    if (text.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE('options.cwd', cwd, 'must be a string, Uint8Array, or URL without null bytes');
    }
    cwd = text;
  } else if (typeof cwd !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  }
  checkNullBytes(cwd, 'options.cwd', 'a string, Uint8Array, or URL');
  return cwd;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  checkNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  const cwd = validCwd(options.cwd);
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  validateId(options.uid, 'options.uid');
  validateId(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    checkNullBytes(options.argv0, 'options.argv0');
  }
  checkNullBytes(options.shell, 'options.shell');
  // Meaningless here, but checked as node checks them everywhere.
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  // Arguments that are not strings are passed as their string form, as node does (a
  // Symbol throws its TypeError here).
  for (let i = 0; i < args.length; i++) {
    checkNullBytes(args[i], `args[${i}]`);
    if (typeof args[i] !== 'string') args[i] = `${args[i]}`;
  }
  if (options.shell) {
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = options.argv0 ?? file;
  const env = options.env || process.env;
  const envPairs = [];
  // Inherited keys count too, as in node.
  const keys = [];
  for (const key in env) keys.push(key);
  for (const key of keys) {
    const value = env[key];
    if (value === undefined) continue;
    checkNullBytes(key, `options.env['${key}']`);
    checkNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }
  return { ...options, file, args: [argv0, ...args], spawnargs: [file, ...args], envPairs, cwd };
}

// stdio: 'pipe' | 'inherit' | 'ignore' | [entry...] with entries 'pipe', 'ignore',
// 'inherit', an fd number, a stream with an fd, null/undefined (= pipe for 0-2), and at
// most one 'ipc' (a pipe that carries the IPC channel; not for the synchronous forms).
function normalizeStdio(stdio, sync) {
  if (!stdio) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (!['pipe', 'inherit', 'ignore', 'overlapped'].includes(stdio)) {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const out = [];
  let ipc = false;
  for (let i = 0; i < Math.max(stdio.length, 3); i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') out.push({ type: 'pipe' });
    else if (s === 'ignore') out.push({ type: 'ignore' });
    else if (s === 'inherit') out.push({ type: 'fd', fd: i });
    else if (typeof s === 'number') out.push({ type: 'fd', fd: s });
    else if (s === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc) throw new ERR_IPC_ONE_PIPE();
      ipc = true;
      out.push({ type: 'pipe', ipc: true });
    }
    else if (typeof s === 'object' && typeof s.fd === 'number') out.push({ type: 'fd', fd: s.fd });
    else if (typeof s === 'object' && s._handle?.fd >= 0) out.push({ type: 'fd', fd: s._handle.fd });
    else if (typeof s === 'object' && typeof s._handle?.fileno === 'function' && s._handle.fileno() >= 0) {
      // Another child's pipe (its stdout, say): this child gets the same pipe, and the
      // parent must not drain it when that other child exits.
      out.push({ type: 'fd', fd: s._handle.fileno() });
      s[kSharedWithChild] = true;
    }
    else throw new ERR_INVALID_ARG_VALUE('stdio', s);
  }
  return out;
}

// ---- a stream over a Pipe handle ----

class PipeSocket extends Duplex {
  constructor(handle, readable, writable) {
    super({ allowHalfOpen: true, readable, writable });
    this._handle = handle;
    this._reading = false;
    this.connecting = false;
    // Without a handle (the child never started) there is nothing to read.
    if (!readable || !handle) this.push(null);
    // A pipe the parent reads can be written too, as in node; its writing side ends
    // with its reading side (so the stream closes once the child's end is gone).
    if (readable && writable) {
      this.once('end', () => { if (!this.writableEnded) this.end(); });
    }
  }

  _read() {
    if (this._reading || !this._handle) return;
    this._reading = true;
    const err = this._handle.readStart((n, buf) => {
      if (n > 0) {
        if (!this.push(buf)) {
          this._reading = false;
          this._handle?.readStop();
        }
      } else if (n === UV_EOF) {
        this._reading = false;
        this.push(null);
      } else {
        this.destroy(spawnError(n, 'read'));
      }
    });
    if (err < 0) this.destroy(spawnError(err, 'read'));
  }

  _write(chunk, encoding, callback) {
    if (!this._handle) return callback(spawnError(-32, 'write'));
    const r = this._handle.write(chunk, (status) => callback(status < 0 ? spawnError(status, 'write') : null));
    if (r === 0) callback();
    else if (r < 0) callback(spawnError(r, 'write'));
  }

  _final(callback) {
    if (!this._handle) return callback();
    const r = this._handle.shutdown(() => callback());
    if (r < 0) callback();
  }

  _destroy(err, callback) {
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    callback(err);
  }

  ref() { this._handle?.ref(true); return this; }
  unref() { this._handle?.ref(false); return this; }
}

// ---- ChildProcess ----

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new binding.Process();
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [];
  }

  // options as normalizeSpawnArguments makes them, or as a caller of the public
  // ChildProcess gives them: file, args (argv, argv0 first), envPairs, cwd, stdio, ...
  spawn(options) {
    validateObject(options, 'options');
    const stdio = normalizeStdio(options.stdio, false);
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    const serialization = options.serialization || 'json';
    const ipcIndex = stdio.findIndex((s) => s.ipc);
    let envPairs = options.envPairs;
    if (ipcIndex !== -1) {
      if (envPairs === undefined) envPairs = [];
      else validateArray(envPairs, 'options.envPairs');
      // How the child finds its end of the channel, as node's children expect it.
      envPairs = [...envPairs, `NODE_CHANNEL_FD=${ipcIndex}`,
        `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`];
    }
    validateString(options.file, 'options.file');
    let args = options.args;
    if (args === undefined) args = [options.file];
    else validateArray(args, 'options.args');
    const pipes = stdio.map((s) => (s.type === 'pipe' ? new binding.Pipe() : null));
    stdio.forEach((s, i) => { if (pipes[i]) s.handle = pipes[i]; });
    this.spawnfile = options.file;
    this.spawnargs = options.spawnargs ?? options.args ?? [];
    // An empty cwd means the parent's here, as in node (spawnSync fails on it, as node's).
    const err = this._handle.spawn({
      file: options.file, args, envPairs, cwd: options.cwd || undefined,
      stdio, detached: !!options.detached, uid: options.uid, gid: options.gid,
    }, (exitCode, signal) => this._onExit(exitCode, signal));
    // Errors node reports as an 'error' event rather than a throw: the child still gets
    // its stdio streams, which end at once (the pipes were never connected).
    const reported = err === -2 || err === -13 || err === -20 || err === -1 || err === -24 || err === -7;
    if (err < 0) {
      for (const p of pipes) p?.close();
      this._handle = null;
      // Thrown ones carry only the syscall, as node's do.
      if (!reported) throw spawnError(err, 'spawn');
    } else {
      this.pid = this._handle.pid;
    }
    if (ipcIndex !== -1 && err === 0) {
      // 'close' also waits for the child to close the channel. Like node, it is counted
      // only when the child's end goes away: after the parent's own disconnect() no
      // 'close' comes.
      this._closesNeeded++;
      setupChannel(this, pipes[ipcIndex], serialization, () => this._maybeClose());
    }
    this.stdio = pipes.map((p, i) => {
      if (!p || i === ipcIndex) return null;
      const s = new PipeSocket(err === 0 ? p : null, i !== 0, true);
      if (i > 0) {
        this._closesNeeded++;
        s.on('close', () => this._maybeClose());
      }
      return s;
    });
    [this.stdin, this.stdout, this.stderr] = [this.stdio[0] ?? null, this.stdio[1] ?? null, this.stdio[2] ?? null];
    if (err < 0) {
      process.nextTick(() => this._onExit(err, 0, true));
      return err;
    }
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onExit(exitCode, signal, failedToSpawn = false) {
    if (signal) this.signalCode = signalName(signal);
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    if (failedToSpawn || exitCode < 0) {
      const err = spawnError(exitCode, `spawn ${this.spawnfile}`, this.spawnfile, this.spawnargs.slice(1));
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(() => this._flushStdio());
    process.nextTick(() => this._maybeClose());
  }

  // Output nobody reads is drained once the child has exited, so its pipes reach EOF and
  // 'close' comes, as in node. A stream with a 'readable' listener is left to its user.
  _flushStdio() {
    for (let i = 1; i < this.stdio.length; i++) {
      const s = this.stdio[i];
      if (s && s.readable && !s._readableState.readableListening && !s[kSharedWithChild]) s.resume();
    }
  }

  _maybeClose() {
    if (++this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  kill(sig = 'SIGTERM') {
    const signal = sig === 0 ? 0 : signalNumber(sig);
    if (!this._handle) return false;
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err !== -3) this.emit('error', spawnError(err, 'kill'));
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() { this._handle?.ref(true); }
  unref() { this._handle?.ref(false); }

  // node's older name for `channel`.
  get _channel() { return this.channel; }
  set _channel(value) { this.channel = value; }

  get exitCode_() { return this.exitCode; }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = killSignalNumber(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      child.kill(killSignal);
    }, options.timeout);
    child.once('exit', () => { if (timer) clearTimeout(timer); });
  }
  if (options.signal) {
    const onAbort = () => {
      if (child.kill(killSignal)) {
        const { AbortError } = require('internal/errors');
        child.emit('error', new AbortError(undefined, { cause: options.signal.reason }));
      }
    };
    if (options.signal.aborted) process.nextTick(onAbort);
    else {
      options.signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- exec / execFile ----

// execFile(file[, args][, options][, callback]): any of the optional ones may be left
// out or given as null/undefined; a string where args go is left for spawn to refuse.
function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = null;
    options = null;
  } else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');
  else callback = undefined;
  options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...options };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const child = spawn(file, args || [], { ...options, timeout: 0 });
  const Buffer = lazyBuffer();
  const encoding = options.encoding;
  const out = [];
  const errOut = [];
  let outLen = 0;
  let errLen = 0;
  let killedByUs = false;
  let failure = null;
  let timer = null;
  const cmd = [file, ...(args || [])].join(' ');
  // With an encoding the streams decode (so characters split across chunks survive) and
  // the strings are joined; otherwise the Buffers are. A user's own setEncoding() counts.
  const textual = encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding);
  if (textual) {
    child.stdout?.setEncoding(encoding);
    child.stderr?.setEncoding(encoding);
  }
  const decode = (chunks, stream) => {
    if (textual || stream?.readableEncoding) return chunks.join('');
    return Buffer.concat(chunks);
  };
  const done = (code, signal) => {
    if (timer) clearTimeout(timer);
    if (!callback) return;
    const cb = callback;
    callback = null;
    const stdout = decode(out, child.stdout);
    const stderr = decode(errOut, child.stderr);
    let err = failure;
    if (!err && (code !== 0 || signal !== null)) {
      err = new Error(`Command failed: ${cmd}\n${stderr}`);
      // A negative code is an errno (a child that failed to start): its name, as node.
      err.code = code < 0 ? require('util').getSystemErrorName(code) : code;
      err.killed = child.killed || killedByUs;
      err.signal = signal;
    }
    if (err) {
      err.cmd = err.cmd ?? cmd;
      if (failure) {
        err.stdout = stdout;
        err.stderr = stderr;
      }
    }
    cb(err, stdout, stderr);
  };
  // On a timeout or too much output: the output streams are closed first, as node does,
  // so the callback comes once the child is gone even if a grandchild (a shell's
  // command) still holds the pipes open.
  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killedByUs = true;
    child.kill(options.killSignal);
  }
  // maxBuffer counts bytes; what is past it is cut off and the child is killed.
  const collect = (list, isErr, stream) => (chunk) => {
    const enc = stream.readableEncoding;
    const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
    const before = isErr ? errLen : outLen;
    if (isErr) errLen += length;
    else outLen += length;
    if (options.maxBuffer != null && before + length > options.maxBuffer) {
      list.push(chunk.slice(0, Math.max(0, options.maxBuffer - before)));
      if (failure === null) {
        failure = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(isErr ? 'stderr' : 'stdout');
        kill();
      }
      return;
    }
    list.push(chunk);
  };
  if (child.stdout) child.stdout.on('data', collect(out, false, child.stdout));
  if (child.stderr) child.stderr.on('data', collect(errOut, true, child.stderr));
  child.on('close', done);
  // After an error (an abort, a failed spawn) the output streams are closed, as node
  // does: a shell's command may still hold the pipes open after the shell is killed.
  child.on('error', (err) => {
    failure = err;
    failure.cmd = cmd;
    child.stdout?.destroy();
    child.stderr?.destroy();
    done(null, null);
  });
  if (options.timeout > 0) {
    timer = setTimeout(kill, options.timeout);
  }
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  checkNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, [], opts.options, opts.callback);
}

// ---- synchronous forms ----

function spawnSync(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  options = { maxBuffer: 1024 * 1024, ...options };
  const stdio = normalizeStdio(options.stdio, true);
  if (options.input !== undefined) {
    const input = options.input;
    if (stdio[0].type !== 'pipe') stdio[0] = { type: 'pipe' };
    stdio[0].input = typeof input === 'string' ? lazyBuffer().from(input, options.encoding === 'buffer' ? 'utf8' : options.encoding || 'utf8')
      : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : (() => {
        throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      })();
  }
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = killSignalNumber(options.killSignal);
  const r = binding.spawnSync({
    file: options.file, args: options.args, envPairs: options.envPairs, cwd: options.cwd, stdio,
    timeout: options.timeout || 0, maxBuffer: options.maxBuffer === Infinity ? 0 : options.maxBuffer,
    killSignal, detached: !!options.detached, uid: options.uid, gid: options.gid,
  });
  const result = {};
  if (r.error !== undefined) {
    result.error = spawnError(r.error, `spawnSync ${options.file}`, options.file, options.spawnargs.slice(1));
  }
  result.status = r.status;
  result.signal = r.signal === null ? null : signalName(r.signal);
  const encoding = options.encoding;
  result.output = r.output.map((b) => (b && encoding && encoding !== 'buffer' ? b.toString(encoding) : b));
  result.pid = r.pid;
  result.stdout = result.output[1] ?? null;
  result.stderr = result.output[2] ?? null;
  if (r.error === -2 || r.error === -13 || r.error === -20 || r.error === -1) {
    // The child never ran: no output, as node reports it.
    result.output = null;
    result.stdout = null;
    result.stderr = null;
    result.pid = 0;
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (args != null && !Array.isArray(args) && typeof args === 'object') {
    options = args;
    args = [];
  }
  // Without a stdio option the child's stderr is captured (it goes into the error's
  // message) and then copied to ours; with one, the caller decided where it goes.
  const inheritStderr = !options || !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, [], opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [], command);
  if (err) throw err;
  return ret.stdout;
}

// fork(modulePath[, args][, options]): runs modulePath in a new nodus (or
// options.execPath) with an IPC channel; stdio is inherited unless `silent`.
function fork(modulePath, args, options) {
  if (typeof modulePath === 'object' && modulePath !== null && typeof modulePath.href === 'string') {
    modulePath = require('internal/url').fileURLToPath(modulePath);
  } else if (lazyBuffer().isBuffer(modulePath)) {
    modulePath = modulePath.toString();
  } else if (typeof modulePath !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  }
  checkNullBytes(modulePath, 'modulePath', 'a string, Uint8Array, or URL');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  const execArgv = options.execArgv || process.execArgv;
  if (typeof options.stdio === 'string') {
    options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath || process.execPath, [...execArgv, modulePath, ...args], options);
}

// Called before the entry script of a process started with an IPC channel.
function forkChild(fd, serialization) {
  setupChild(fd, serialization);
}

// The promisified forms start the child at once, so bad arguments throw synchronously
// as in node, and the promise carries the child as `.child`.
function promisifiedExec(run) {
  return (...args) => {
    let settle;
    const promise = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    promise.child = run(...args, (err, stdout, stderr) => {
      if (err) {
        err.stdout = stdout;
        err.stderr = stderr;
        settle.reject(err);
      } else {
        settle.resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
const { promisify } = require('util');
Object.defineProperty(exec, promisify.custom, { value: promisifiedExec(exec) });
Object.defineProperty(execFile, promisify.custom, { value: promisifiedExec(execFile) });

module.exports = {
  ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
  _forkChild: forkChild,
};
void pathModule;
