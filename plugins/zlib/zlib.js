'use strict';
// The zlib module: node's compression streams and one-shot helpers over the zlib
// plugin's native handle (zlib.c).
//
// Every stream is a Transform that owns one handle and one output buffer of chunkSize
// bytes. A written chunk is fed to the handle; each time the handle fills the output
// buffer, that slice is pushed and the handle is run again on the input it has not
// consumed, until it stops with room to spare. Async writes run on libuv's thread pool;
// the *Sync helpers and _processChunk without a callback run the same loop inline.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_TOO_LARGE, ERR_BROTLI_INVALID_PARAM,
  ERR_ZLIB_INITIALIZATION_FAILED,
} } = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
// util/types, not util: the whole of util (inspect & co.) costs more to load than zlib.
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('util/types');
const constants = require('internal/zlib/constants');
const asyncContext = require('internal/async_context');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib.codes: return-code names both ways, frozen as node has it.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

const kOwner = Symbol('kOwner');
const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');
const kSyncError = Symbol('kSyncError');
const kFrame = Symbol('kFrame');

const zlibFlushFlags = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliFlushFlags = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

// How strongly a flush kind flushes, to merge a pending flush() with a write's own kind.
const flushStrength = [];
flushStrength[Z_NO_FLUSH] = 0;
flushStrength[Z_BLOCK] = 1;
flushStrength[Z_PARTIAL_FLUSH] = 2;
flushStrength[Z_SYNC_FLUSH] = 3;
flushStrength[Z_FULL_FLUSH] = 4;
flushStrength[Z_FINISH] = 5;

function strongerFlush(a, b) {
  return flushStrength[a] > flushStrength[b] ? a : b;
}

// ---------------------------------------------------------------- option checks

// undefined and NaN mean "use the default"; other non-finite numbers are out of range.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  validateNumber(number, name);
  if (Number.isNaN(number)) return false;
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

// Streams take Uint8Arrays: other views are re-viewed without a copy.
function asUint8(buffer) {
  if (isUint8Array(buffer)) return buffer;
  if (isArrayBufferView(buffer)) return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return Buffer.from(buffer);
}

// ---------------------------------------------------------------- native callbacks

// handle.onerror(message, errno, code): brotli decoder errors come without a code and
// are named from the constants, as node names them (ERR_ + the name after BROTLI_DECODER).
function brotliErrorCode(errno) {
  for (const name of Object.keys(constants)) {
    if (name.startsWith('BROTLI_DECODER_ERROR_') && constants[name] === errno) {
      return `ERR_${name.slice('BROTLI_DECODER'.length)}`;
    }
  }
  return 'ERR_BROTLI_DECOMPRESSION_FAILED';
}

// The handle calls back in the async context (AsyncLocalStorage stores) that was current
// when its stream was made, as node's zlib resources do.
function inStreamContext(fn) {
  return function(...args) {
    if (!asyncContext.state.active) return fn.apply(this, args);
    return asyncContext.runInFrame(this[kFrame], fn, this, args);
  };
}

function onHandleError(message, errno, code) {
  const self = this[kOwner];
  const error = new Error(message);
  error.errno = errno;
  error.code = code === undefined ? brotliErrorCode(errno) : code;
  self[kError] = error;
  // A synchronous write throws instead: the stream is closed by its caller.
  if (this[kSyncError]) return;
  self.destroy(error);
}

// The handle finished an async write: push what it produced, and either run it again on
// the rest of the input (output buffer was full) or complete the write.
function onHandleDone() {
  const handle = this;
  const self = handle[kOwner];
  if (self === undefined || self.destroyed || self._handle !== handle) {
    finishWrite(handle);
    return;
  }
  const state = self._writeState;
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let readerFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    readerFull = !self.push(out);
  }
  if (self.destroyed) {
    finishWrite(handle);
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    self._outOffset = 0;
  }
  if (availOutAfter === 0) {
    // More output is waiting inside the engine. Fetch it now, or once the reader has
    // room again: a decompression bomb then only grows as fast as it is read.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (!readerFull) {
      writeAgain(self, handle);
    } else {
      const ownRead = self._read;
      self._read = function(n) {
        self._read = ownRead;
        writeAgain(self, handle);
        return ownRead.call(this, n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Room left for output yet input unread: the compressed stream ended before the
    // input did (trailing data after the end is ignored).
    self.push(null);
  }
  finishWrite(handle);
}

const onHandleErrorInContext = inStreamContext(onHandleError);
const onHandleDoneInContext = inStreamContext(onHandleDone);

function finishWrite(handle) {
  const cb = handle.cb;
  handle.buffer = null;
  handle.cb = null;
  if (cb) cb();
}

function writeAgain(self, handle) {
  if (self._handle !== handle) return;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
               self._outBuffer, self._outOffset, handle.availOutBefore);
}

// ---------------------------------------------------------------- ZlibBase

function ZlibBase(opts, mode, handle, flushFlags) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = flushFlags.flush;
  let finishFlush = flushFlags.finishFlush;
  const brotli = mode === BROTLI_DECODE || mode === BROTLI_ENCODE;
  const lastFlush = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, lastFlush, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH,
                                          lastFlush, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    // Compressed output is bytes, whatever the caller asked the stream to be.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle[kFrame] = asyncContext.capture();
  handle.onerror = onHandleErrorInContext;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushFlags.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// bytesRead was renamed bytesWritten (DEP0108); both name the input consumed.
let bytesReadWarned = false;
function warnBytesRead() {
  if (bytesReadWarned) return;
  bytesReadWarned = true;
  process.emitWarning('zlib.bytesRead is deprecated and will change its meaning in the ' +
                      'future. Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() { warnBytesRead(); return this.bytesWritten; },
  set(value) { warnBytesRead(); this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) return;
  this._handle.reset();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    // An empty chunk tagged with the flush kind: it queues behind earlier writes.
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

// 'finish' does not wait for the engine's last output: end()'s callback runs once the
// writes are done, while _flush (called at prefinish) still drains the engine before 'end'.
ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._transform = function(chunk, encoding, callback) {
  let flushFlag = this._defaultFlushFlag;
  if (chunk[kFlushFlag] !== undefined) flushFlag = strongerFlush(flushFlag, chunk[kFlushFlag]);
  // The last chunk before end() finishes the stream in the same pass.
  const ws = this._writableState;
  if ((ws.ending || ws.ended) && ws.length === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, callback);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, callback) {
  if (typeof callback === 'function') processChunk(this, chunk, flushFlag, callback);
  else return processChunkSync(this, chunk, flushFlag);
};

function processChunk(self, chunk, flushFlag, callback) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(callback);
    return;
  }
  handle.buffer = chunk;
  handle.cb = callback;
  handle.flushFlag = flushFlag;
  handle.inOff = 0;
  handle.availInBefore = chunk.byteLength;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
               handle.availOutBefore);
}

// Sync output buffers start at chunkSize and double (up to this) while the engine keeps
// filling them: fewer, larger engine calls for big outputs (zlib is markedly slower in
// small output steps), the same bytes, no extra cost for small ones.
const kSyncMaxChunk = 1024 * 1024;

function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  if (!handle) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  const state = self._writeState;
  const buffers = [];
  let nread = 0;
  let inOff = 0;
  let availInBefore = chunk.byteLength;
  let out = self._outBuffer;
  let outOffset = self._outOffset;
  let outSize = self._chunkSize;
  chunk = asUint8(chunk);
  handle[kSyncError] = true;
  try {
    for (;;) {
      const availOutBefore = out.length - outOffset;
      const ok = handle.writeSync(flushFlag, chunk, inOff, availInBefore, out, outOffset,
                                  availOutBefore);
      if (!ok) throw self[kError];
      const availOutAfter = state[0];
      const availInAfter = state[1];
      const inDelta = availInBefore - availInAfter;
      self.bytesWritten += inDelta;
      const have = availOutBefore - availOutAfter;
      if (have > 0) {
        buffers.push(out.slice(outOffset, outOffset + have));
        outOffset += have;
        nread += have;
        if (nread > self._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
      if (availOutAfter !== 0) break;
      if (outSize < kSyncMaxChunk) outSize = Math.min(outSize * 2, kSyncMaxChunk);
      out = Buffer.allocUnsafe(Math.max(outSize, self._chunkSize));
      outOffset = 0;
      inOff += inDelta;
      availInBefore = availInAfter;
    }
  } catch (err) {
    self.destroy();
    throw err;
  } finally {
    handle[kSyncError] = false;
  }
  // The stream goes on with a chunkSize buffer of its own (async writes use chunkSize).
  if (out.length === self._chunkSize && outOffset < self._chunkSize) {
    self._outBuffer = out;
    self._outOffset = outOffset;
  } else {
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    self._outOffset = 0;
  }
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// ---------------------------------------------------------------- zlib formats

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 asks the inflater to take the window size from the stream's own header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // zlib refuses an 8-bit window for gzip output.
      const min = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min,
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined) {
      if (isArrayBufferView(dictionary) || isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(asUint8(dictionary));
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  const handle = new binding.Zlib(mode);
  this._writeState = new Uint32Array(2);
  // Node's engines treat fractional levels etc. as their integer part.
  const args = [windowBits | 0, level | 0, memLevel | 0, strategy | 0, this._writeState,
                onHandleDoneInContext];
  if (dictionary !== undefined) args.push(dictionary);
  if (!handle.init(...args)) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, zlibFlushFlags);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// Changing level or strategy mid-stream: what was written so far is flushed with the
// old settings first.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) {
        this._handle.params(level, strategy);
        if (!this.destroyed) {
          this._level = level;
          this._strategy = strategy;
        }
      }
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function defineFormat(name, mode, Base) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Base.prototype);
  Object.setPrototypeOf(ctor, Base);
  return ctor;
}

const Deflate = defineFormat('Deflate', DEFLATE, Zlib);
const Inflate = defineFormat('Inflate', INFLATE, Zlib);
const Gzip = defineFormat('Gzip', GZIP, Zlib);
const Gunzip = defineFormat('Gunzip', GUNZIP, Zlib);
const DeflateRaw = defineFormat('DeflateRaw', DEFLATERAW, Zlib);
const InflateRaw = defineFormat('InflateRaw', INFLATERAW, Zlib);
const Unzip = defineFormat('Unzip', UNZIP, Zlib);

// ---------------------------------------------------------------- brotli

// The highest parameter id either brotli side knows.
const kMaxBrotliParam = Math.max(...Object.keys(constants)
  .filter((k) => k.startsWith('BROTLI_PARAM_') || k.startsWith('BROTLI_DECODER_PARAM_'))
  .map((k) => constants[k]));

function Brotli(opts, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts && opts.params) {
    for (const key of Object.keys(opts.params)) {
      const id = +key;
      if (Number.isNaN(id) || id < 0 || id > kMaxBrotliParam || (params[id] | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(key);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[id] = value;
    }
  }
  const handle = mode === BROTLI_ENCODE ? new binding.BrotliEncoder(mode) : new binding.BrotliDecoder(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.initBrotli(params, this._writeState, onHandleDoneInContext)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, brotliFlushFlags);
}
// Brotli streams sit under Zlib as in node (so they answer params(), as a no-op).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

const BrotliCompress = defineFormat('BrotliCompress', BROTLI_ENCODE, Brotli);
const BrotliDecompress = defineFormat('BrotliDecompress', BROTLI_DECODE, Brotli);

// ---------------------------------------------------------------- one-shot forms

function checkInput(buffer, name) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer) || isAnyArrayBuffer(buffer)) return asUint8(buffer);
  if (name === 'chunk') {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView',
                                        'ArrayBuffer'], buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = checkInput(buffer, 'buffer');
  const result = processChunkSync(engine, buffer, engine._finishFlushFlag);
  engine.destroy();
  if (engine._info) return { buffer: result, engine };
  return result;
}

function onBufferData(chunk) {
  if (this.buffers === null) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function onBufferError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function onBufferEnd() {
  let result;
  if (this.nread === 0) result = Buffer.alloc(0);
  else result = this.buffers.length === 1 ? this.buffers[0] : Buffer.concat(this.buffers, this.nread);
  this.buffers = [];
  this.cb(null, this._info ? { buffer: result, engine: this } : result);
  this.close();
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = checkInput(buffer, 'chunk');
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', onBufferData);
  engine.on('error', onBufferError);
  engine.on('end', onBufferEnd);
  engine.end(buffer);
}

function asyncForm(Ctor) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
}

function syncForm(Ctor) {
  return function syncBufferWrapper(buffer, opts) {
    return zlibBufferSync(new Ctor(opts), buffer);
  };
}

// ---------------------------------------------------------------- crc32

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

// ---------------------------------------------------------------- exports

const formats = {
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress,
  BrotliDecompress,
};

module.exports = {
  crc32,
  ...formats,
  deflate: asyncForm(Deflate),
  deflateSync: syncForm(Deflate),
  gzip: asyncForm(Gzip),
  gzipSync: syncForm(Gzip),
  deflateRaw: asyncForm(DeflateRaw),
  deflateRawSync: syncForm(DeflateRaw),
  unzip: asyncForm(Unzip),
  unzipSync: syncForm(Unzip),
  inflate: asyncForm(Inflate),
  inflateSync: syncForm(Inflate),
  gunzip: asyncForm(Gunzip),
  gunzipSync: syncForm(Gunzip),
  inflateRaw: asyncForm(InflateRaw),
  inflateRawSync: syncForm(InflateRaw),
  brotliCompress: asyncForm(BrotliCompress),
  brotliCompressSync: syncForm(BrotliCompress),
  brotliDecompress: asyncForm(BrotliDecompress),
  brotliDecompressSync: syncForm(BrotliDecompress),
};

// node's order: the zlib formats pairwise, then brotli.
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
  'BrotliCompress', 'BrotliDecompress']) {
  Object.defineProperty(module.exports, `create${name}`, {
    configurable: true,
    enumerable: true,
    writable: true,
    value: (options) => new formats[name](options),
  });
}

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { configurable: false, enumerable: true, writable: false, value: codes },
});

// The legacy top-level copies of the zlib constants (not the brotli ones).
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, {
    enumerable: false, value: constants[name], writable: false,
  });
}
