'use strict';
// Blob and File, basic: immutable bytes held in memory, size, type, slice(),
// text(), arrayBuffer(). No object URLs: resolveObjectURL always answers undefined.

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } = require('internal/buffer/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function lazyBuffer() {
  return require('buffer').Buffer;
}

function toBytes(part, endings) {
  if (part instanceof Blob) return part[kBytes];
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  if (part instanceof ArrayBuffer || Object.prototype.toString.call(part) === '[object SharedArrayBuffer]') {
    return new Uint8Array(part.slice(0));
  }
  let s = `${part}`;
  if (endings === 'native') s = s.replace(/\r?\n/g, '\n');
  return new TextEncoder().encode(s);
}

// A type is kept only when it is printable ASCII; stored lower-cased.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { type = '', endings = 'transparent' } = options || {};
    const parts = [];
    let length = 0;
    for (const part of sources) {
      const bytes = toBytes(part, `${endings}`);
      parts.push(bytes);
      length += bytes.byteLength;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) {
      all.set(p, pos);
      pos += p.byteLength;
    }
    this[kBytes] = all;
    this[kType] = normalizeType(type);
  }

  get size() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].byteLength;
  }

  get type() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    const b = new Blob([], { type: contentType });
    b[kBytes] = this[kBytes].slice(s, Math.max(s, e));
    return b;
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    // Through arrayBuffer(), so it settles a tick later, in node's order.
    return this.arrayBuffer().then((ab) => new TextDecoder().decode(ab));
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  bytes() {
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Blob ${inspect({ size: this.size, type: this.type }, options)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', configurable: true,
});

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      const { ERR_MISSING_ARGS } = require('internal/buffer/errors');
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    }
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lm = options && options.lastModified;
    this.#lastModified = lm === undefined ? Date.now() : Number(lm);
  }

  #name;
  #lastModified;

  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', configurable: true,
});

function resolveObjectURL() {
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL, lazyBuffer };
