'use strict';
// FormData (XHR spec §4.3): an ordered list of (name, string | File) entries, and its
// multipart/form-data encoding (RFC 7578) and parsing, which bodies use.

const { File, Blob } = require('buffer');
const {
  illegalInvocation, requireArgs, toUSVString, makeIteratorFactory,
} = require('internal/fetch/webidl');

const kEntries = Symbol('entries');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kEntries in self)) throw illegalInvocation();
}

// The spec's "create an entry": Blobs become Files, named by filename, else by their
// own name, else "blob".
function makeEntry(name, value, filename, hasFilename, method) {
  name = toUSVString(name);
  if (value instanceof Blob) {
    if (!(value instanceof File) || hasFilename) {
      const fname = hasFilename ? toUSVString(filename) :
        (value instanceof File ? value.name : 'blob');
      value = new File([value], fname, {
        type: value.type,
        lastModified: value instanceof File ? value.lastModified : undefined,
      });
    }
    return [name, value];
  }
  if (hasFilename) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  return [name, toUSVString(value)];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'FormData.append');
    this[kEntries].push(makeEntry(name, value, filename, arguments.length > 2, 'append'));
  }

  delete(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return this[kEntries].some((e) => e[0] === name);
  }

  // Replaces the first entry of that name in place and drops the others.
  set(name, value, filename = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'FormData.set');
    const entry = makeEntry(name, value, filename, arguments.length > 2, 'set');
    const list = this[kEntries];
    const i = list.findIndex((e) => e[0] === entry[0]);
    if (i === -1) {
      list.push(entry);
    } else {
      this[kEntries] = list.filter((e, j) => j <= i || e[0] !== entry[0]);
      this[kEntries][i] = entry;
    }
  }

  keys() { checkThis(this); return makeIterator(this, 'key'); }
  values() { checkThis(this); return makeIterator(this, 'value'); }
  entries() { checkThis(this); return makeIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < this[kEntries].length; i++) {
      const [k, v] = this[kEntries][i];
      callback.call(thisArg, v, k, this);
    }
  }

  [customInspect](depth, options, inspect) {
    return `FormData ${inspect(this[kEntries].map(([name, value]) => ({ name, value })), options)}`;
  }
}

const makeIterator = makeIteratorFactory('FormData', (fd) => fd[kEntries]);
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

// --- multipart/form-data -------------------------------------------------------------

const encoder = new TextEncoder();

// Names and filenames are quoted strings: quote and line breaks are percent-escaped
// (as browsers do) since the format has no escaping of its own.
function escapeName(s) {
  return s.replace(/\r\n?|\n/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

// Returns { parts: (Uint8Array | Blob)[], length, boundary }. Blob contents are left as
// Blobs so the body stream reads them when it is pulled.
function encodeMultipart(fd) {
  let random = '';
  for (let i = 0; i < 11; i++) random += Math.floor(Math.random() * 10);
  const boundary = `----formdata-nodus-0${random}`;
  const parts = [];
  let length = 0;
  const push = (p) => { parts.push(p); length += p instanceof Blob ? p.size : p.byteLength; };
  for (const [name, value] of fd[kEntries]) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
    if (typeof value === 'string') {
      push(encoder.encode(`${head}\r\n\r\n${value.replace(/\r\n?|\n/g, '\r\n')}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      push(encoder.encode(head));
      push(value);
      push(encoder.encode('\r\n'));
    }
  }
  push(encoder.encode(`--${boundary}--\r\n`));
  return { parts, length, boundary };
}

// Undoes escapeName's percent-escapes, which are the only ones senders use.
function unescapeName(s) {
  return s.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

function parseError() {
  return new TypeError('Failed to parse body as FormData.');
}

// Parameters of a Content-Disposition header (name="...", filename="...").
function dispositionParams(value) {
  const params = {};
  const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  let m;
  while ((m = re.exec(value)) !== null) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
  }
  return params;
}

// Parses bytes as multipart/form-data with the given boundary. Works on a latin1 view of
// the bytes so file contents survive unchanged; text is decoded as UTF-8 afterwards.
function parseMultipart(bytes, boundary) {
  const { Buffer } = require('buffer');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  const delim = `--${boundary}`;
  const fd = new FormData();
  let pos = text.indexOf(delim);
  if (pos === -1) throw parseError();
  for (;;) {
    pos += delim.length;
    if (text.startsWith('--', pos)) break;
    if (!text.startsWith('\r\n', pos)) throw parseError();
    pos += 2;
    const headEnd = text.indexOf('\r\n\r\n', pos);
    if (headEnd === -1) throw parseError();
    const headers = {};
    for (const line of text.slice(pos, headEnd).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const next = text.indexOf(`\r\n${delim}`, headEnd + 4);
    if (next === -1) throw parseError();
    const content = buf.subarray(headEnd + 4, next);
    const disp = headers['content-disposition'];
    if (disp === undefined || !/^form-data\b/i.test(disp)) throw parseError();
    const params = dispositionParams(Buffer.from(disp, 'latin1').toString('utf8'));
    if (params.name === undefined) throw parseError();
    params.name = unescapeName(params.name);
    if (params.filename !== undefined) params.filename = unescapeName(params.filename);
    if (params.filename !== undefined) {
      fd.append(params.name, new File([content], params.filename, {
        type: headers['content-type'] || '',
      }));
    } else {
      fd.append(params.name, content.toString('utf8'));
    }
    pos = next + 2;
  }
  return fd;
}

module.exports = { FormData, encodeMultipart, parseMultipart, kEntries };
