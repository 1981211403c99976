'use strict';
// Blob and File, basic: immutable bytes held in memory, size, type, slice(),
// text(), arrayBuffer(), stream(); resolveObjectURL over the object-URL registry
// (internal/url/blob-registry). A Blob from fs.openAsBlob() is file-backed: it holds
// sources (kSources) read on every use, and fails with NotReadableError once the
// file has changed; a Blob made from parts that include one is file-backed too.

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } = require('internal/buffer/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
// The source parts as [start, end) ranges of kBytes, empty ones included.
// stream() yields one chunk per non-empty part and both it and arrayBuffer()
// take as many microtasks per part as node's do, so their results land in
// node's order among other promise work.
const kParts = Symbol('kParts');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
// File-backed Blobs only (kBytes and kParts are null then): the size, and the sources
// in order, each { bytes, parts } (bytes held in memory, parts as kParts) or
// { file, start, end } (a byte range of a file entry made by fs.openAsBlob: entry.read
// (start, end) answers the bytes, or null when the file is gone or changed).
const kSources = Symbol('kSources');
const kSize = Symbol('kSize');
// node's file-backed streams read this much at a time.
const kFileChunk = 64 * 1024;

let DOMException;
function notReadable() {
  if (DOMException === undefined) DOMException = require('internal/domexception').DOMException;
  return new DOMException('The blob could not be read', 'NotReadableError');
}

function isFileBacked(blob) {
  return blob[kSources] !== undefined;
}

// The sources of any Blob, as a file-backed one would hold them.
function sourcesOf(blob) {
  return isFileBacked(blob) ? blob[kSources] : [{ bytes: blob[kBytes], parts: blob[kParts] }];
}

function sourceLength(source) {
  return source.file !== undefined ? source.end - source.start : source.bytes.byteLength;
}

function makeFileBacked(sources, type) {
  const b = new Blob([], { type });
  b[kBytes] = null;
  b[kParts] = null;
  b[kSources] = sources;
  let size = 0;
  for (const source of sources) size += sourceLength(source);
  b[kSize] = size;
  return b;
}

// A memory Blob with a file-backed Blob's current bytes (one part per source), or
// null when a file has changed since it was opened.
function materialize(blob) {
  const chunks = [];
  const ranges = [];
  let length = 0;
  for (const source of blob[kSources]) {
    if (source.file !== undefined) {
      const bytes = source.file.read(source.start, source.end);
      if (bytes === null) return null;
      chunks.push(bytes);
      ranges.push([length, length + bytes.byteLength]);
    } else {
      chunks.push(source.bytes);
      for (const [from, to] of source.parts) ranges.push([length + from, length + to]);
    }
    length += chunks[chunks.length - 1].byteLength;
  }
  const all = new Uint8Array(length);
  let pos = 0;
  for (const c of chunks) {
    all.set(c, pos);
    pos += c.byteLength;
  }
  const b = new Blob();
  b[kBytes] = all;
  b[kParts] = ranges;
  b[kType] = blob[kType];
  return b;
}

// Reads a file-backed Blob's sources in order: pull(cb) calls cb with the next chunk
// (a memory part, or up to kFileChunk bytes of a file), null at the end, or false when
// a file has changed.
function sourceReader(blob) {
  const sources = blob[kSources];
  let index = 0;
  let part = 0;
  let offset = 0;
  return {
    pull(cb) {
      while (index < sources.length) {
        const source = sources[index];
        if (source.file !== undefined) {
          const from = source.start + offset;
          // An empty range still checks the file, as node's reader does.
          if (from < source.end || (offset === 0 && source.start === source.end)) {
            const to = Math.min(source.end, from + kFileChunk);
            const bytes = source.file.read(from, to);
            if (bytes === null) return cb(false);
            offset += to - from;
            if (offset >= source.end - source.start) { index++; offset = 0; }
            if (bytes.byteLength !== 0) return cb(bytes);
            continue;
          }
        } else if (part < source.parts.length) {
          const [from, to] = source.parts[part++];
          if (to > from) return cb(source.bytes.slice(from, to));
          continue;
        }
        index++;
        part = 0;
        offset = 0;
      }
      cb(null);
    },
  };
}

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
    const list = [];
    let fileBacked = false;
    for (const part of sources) {
      list.push(part);
      if (part instanceof Blob && isFileBacked(part)) fileBacked = true;
    }
    if (fileBacked) {
      const all = [];
      for (const part of list) {
        if (part instanceof Blob) {
          for (const source of sourcesOf(part)) all.push(source);
        } else {
          const bytes = toBytes(part, endings);
          all.push({ bytes, parts: [[0, bytes.byteLength]] });
        }
      }
      this[kBytes] = null;
      this[kParts] = null;
      this[kSources] = all;
      let size = 0;
      for (const source of all) size += sourceLength(source);
      this[kSize] = size;
      this[kType] = normalizeType(type);
      return;
    }
    const parts = [];
    const ranges = [];
    let length = 0;
    for (const part of list) {
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
    return isFileBacked(this) ? this[kSize] : this[kBytes].byteLength;
  }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    if (isFileBacked(this)) return sliceSources(this, s, Math.max(s, e), contentType);
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
    if (isFileBacked(this)) {
      const now = materialize(this);
      return now === null ? Promise.reject(notReadable()) : now.arrayBuffer();
    }
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
    const fileBacked = isFileBacked(this);
    const reader = fileBacked ? sourceReader(this) : partReader(this);
    let canceled = false;
    return new ReadableStream({
      type: 'bytes',
      pull(c) {
        return new Promise((resolve) => {
          const step = () => {
            reader.pull((chunk) => {
              if (canceled) return;
              if (chunk === false) {
                c.error(notReadable());
                resolve();
                return;
              }
              if (chunk === null) {
                c.close();
                if (c.byobRequest) c.byobRequest.respond(0);
                resolve();
                return;
              }
              if (chunk.byteLength !== 0) c.enqueue(chunk);
              queueMicrotask(() => {
                if (canceled) return;
                // A file is not read ahead of the consumer (a change it makes between
                // two chunks is seen, as in node).
                if (c.desiredSize < 0 || (fileBacked && c.desiredSize <= 0)) resolve();
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
  if (isFileBacked(blob)) return { sources: blob[kSources], type: blob[kType] };
  return { bytes: blob[kBytes], parts: blob[kParts], type: blob[kType] };
}

function blobFromSnapshot(snapshot) {
  if (snapshot.sources !== undefined) return makeFileBacked(snapshot.sources, snapshot.type);
  const b = new Blob();
  b[kBytes] = snapshot.bytes;
  b[kParts] = snapshot.parts;
  b[kType] = snapshot.type;
  return b;
}

// The [s, e) bytes of a file-backed Blob, still file-backed.
function sliceSources(blob, s, e, contentType) {
  const out = [];
  let pos = 0;
  for (const source of blob[kSources]) {
    const len = sourceLength(source);
    const from = Math.max(s - pos, 0);
    const to = Math.min(e - pos, len);
    if (from < to) {
      if (source.file !== undefined) {
        out.push({ file: source.file, start: source.start + from, end: source.start + to });
      } else {
        const parts = [];
        for (const [a, b] of source.parts) {
          if (b > from && a < to) parts.push([Math.max(a, from) - from, Math.min(b, to) - from]);
        }
        out.push({ bytes: source.bytes.slice(from, to), parts });
      }
    }
    pos += len;
  }
  return makeFileBacked(out, contentType);
}

// For fs.openAsBlob: a Blob over `size` bytes of a file entry (see kSources).
function blobFromFile(entry, size, type) {
  const b = makeFileBacked([{ file: entry, start: 0, end: size }], '');
  b[kType] = type;  // as given: node does not normalise this one
  return b;
}

function resolveObjectURL(url) {
  return require('internal/url/blob-registry').resolve(url);
}

module.exports = {
  Blob, File, resolveObjectURL, lazyBuffer, blobSnapshot, blobFromSnapshot, blobFromFile,
};
