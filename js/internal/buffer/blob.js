'use strict';
// Blob and File, basic: immutable bytes held in memory, size, type, slice(),
// text(), arrayBuffer(), stream(); resolveObjectURL over the object-URL registry
// (internal/url/blob-registry).

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } = require('internal/buffer/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
// The source parts as [start, end) ranges of kBytes, empty ones included.
// stream() yields one chunk per non-empty part and both it and arrayBuffer()
// take as many microtasks per part as node's do, so their results land in
// node's order among other promise work.
const kParts = Symbol('kParts');
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

// Reads a Blob's parts in order: pull(cb) calls cb at once with a copy of the
// next part, or an empty array between two parts, or null at the end.
function partReader(blob) {
  const bytes = blob[kBytes];
  const parts = blob[kParts];
  let step = 0;
  return {
    pull(cb) {
      if (step === 2 * parts.length - 1 || parts.length === 0) return cb(null);
      const n = step++;
      if (n % 2 === 1) return cb(new Uint8Array(0));
      const [from, to] = parts[n / 2];
      cb(bytes.slice(from, to));
    },
  };
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    // A WebIDL dictionary: null and undefined mean {}, functions count.
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    let type = options == null ? undefined : options.type;
    if (type === undefined) type = '';
    let endings = options == null ? undefined : options.endings;
    // Node names the value as a string, whatever it was given.
    endings = endings === undefined ? 'transparent' : `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    const ranges = [];
    let length = 0;
    for (const part of sources) {
      const bytes = toBytes(part, endings);
      parts.push(bytes);
      if (part instanceof Blob) {
        for (const [from, to] of part[kParts]) ranges.push([length + from, length + to]);
      } else {
        ranges.push([length, length + bytes.byteLength]);
      }
      length += bytes.byteLength;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) {
      all.set(p, pos);
      pos += p.byteLength;
    }
    this[kBytes] = all;
    this[kParts] = ranges;
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].byteLength;
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
    // A part touching the start is kept even when none of it is inside,
    // as node's slice keeps it (it costs microtasks, never bytes).
    b[kParts] = [];
    if (s < e) {
      for (const [from, to] of this[kParts]) {
        if (to >= s && from < e) b[kParts].push([Math.max(from, s) - s, Math.min(to, e) - s]);
      }
    }
    return b;
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    const reader = partReader(this);
    return new Promise((resolve) => {
      const step = () => {
        reader.pull((chunk) => {
          if (chunk === null) resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
          else queueMicrotask(step);
        });
      };
      step();
    });
  }

  async text() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  bytes() {
    return this.arrayBuffer().then((ab) => new Uint8Array(ab));
  }

  // A byte stream that reads nothing until asked (highWaterMark 0), then reads
  // on, a microtask per step, until the queue is over its mark.
  stream() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const reader = partReader(this);
    let canceled = false;
    return new ReadableStream({
      type: 'bytes',
      pull(c) {
        return new Promise((resolve) => {
          const step = () => {
            reader.pull((chunk) => {
              if (canceled) return;
              if (chunk === null) {
                c.close();
                if (c.byobRequest) c.byobRequest.respond(0);
                resolve();
                return;
              }
              if (chunk.byteLength !== 0) c.enqueue(chunk);
              queueMicrotask(() => {
                if (canceled) return;
                if (c.desiredSize < 0) resolve();
                else step();
              });
            });
          };
          step();
        });
      },
      cancel() {
        canceled = true;
      },
    }, { highWaterMark: 0 });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Blob ${inspect({ size: this.size, type: this.type }, options)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', configurable: true,
});
// Enumerable as node has them (bytes() is not).
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

// Node 20 reads lastModified with unary plus (a BigInt or Symbol throws) and makes only
// NaN 0; fractions and infinities stay.
function toLastModified(v) {
  const n = +v;
  return Number.isNaN(n) ? 0 : n;
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      const { ERR_MISSING_ARGS } = require('internal/buffer/errors');
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    }
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lm = options == null ? undefined : options.lastModified;
    this.#lastModified = lm === undefined ? Date.now() : toLastModified(lm);
  }

  #name;
  #lastModified;

  get name() { return this.#name; }
  get lastModified() { return this.#lastModified; }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `File ${inspect(fields, options)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  value: 'File', configurable: true,
});
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { enumerable: true });
}

// What an object URL keeps of a Blob: its bytes (never written to, so shared), parts
// and type. A File comes back as a plain Blob, as in node.
function blobSnapshot(blob) {
  return { bytes: blob[kBytes], parts: blob[kParts], type: blob[kType] };
}

function blobFromSnapshot(snapshot) {
  const b = new Blob();
  b[kBytes] = snapshot.bytes;
  b[kParts] = snapshot.parts;
  b[kType] = snapshot.type;
  return b;
}

function resolveObjectURL(url) {
  return require('internal/url/blob-registry').resolve(url);
}

module.exports = { Blob, File, resolveObjectURL, lazyBuffer, blobSnapshot, blobFromSnapshot };
