'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding). The byte loops are native
// (internalBinding('encoding_binding')); here are the labels, the BOM rule and the
// streaming state: bytes that end a chunk in the middle of a character wait for the
// next one. Supported: utf-8, utf-16le, utf-16be and windows-1252, which node decodes
// as latin1 (so does nodus, to match). Other encodings throw ERR_ENCODING_NOT_SUPPORTED,
// like a node built without ICU.

const binding = internalBinding('encoding_binding');
const { codes, E } = require('internal/errors');
const { validateObject } = require('internal/validators');

if (codes.ERR_ENCODING_NOT_SUPPORTED === undefined) {
  E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
}
if (codes.ERR_ENCODING_INVALID_ENCODED_DATA === undefined) {
  E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError);
}
const {
  ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = codes;

const kLabels = {
  __proto__: null,
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
    'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
};
const labelToEncoding = new Map();
for (const encoding of Object.keys(kLabels)) {
  for (const label of kLabels[encoding]) labelToEncoding.set(label, encoding);
}

function getEncodingFromLabel(label) {
  // ASCII whitespace around the label is ignored, and case.
  const key = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return labelToEncoding.get(key);
}

// Native-style argument error: node's message here has no "Received ..." part,
// and its wording depends on which of node's decoders answers: "list" from the
// whole-buffer UTF-8 one, "input" from the streaming ones, and the Latin-1 one
// orders the types differently.
function invalidInputError(encoding, stream) {
  let text = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  if (encoding === 'utf-8' && !stream) text = text.replace('"input"', '"list"');
  else if (encoding === 'windows-1252' && !stream) {
    text = 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';
  }
  const err = new TypeError(text);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    input = `${input}`;
    // Short ASCII strings are cheaper to copy here than to hand to native code.
    if (input.length <= 64) {
      const out = new Uint8Array(input.length);
      let i = 0;
      for (; i < input.length; i++) {
        const c = input.charCodeAt(i);
        if (c >= 0x80) break;
        out[i] = c;
      }
      if (i === input.length) return out;
    }
    return binding.encodeUtf8(input);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    binding.encodeIntoUtf8(`${src}`, dest, encodeIntoResult);
    return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    // node shows a plain object here.
    return inspect({ encoding: 'utf-8' }, options);
  }
}
const encodeIntoResult = new Uint32Array(2);

// How many bytes at the end of `bytes` start a UTF-8 character the chunk does not
// finish (0 when the end is complete or already invalid).
function utf8Incomplete(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if (b >= 0x80 && b <= 0xBF) continue;  // a continuation byte: keep looking
    let need;
    if (b >= 0xC2 && b <= 0xDF) need = 2;
    else if (b >= 0xE0 && b <= 0xEF) need = 3;
    else if (b >= 0xF0 && b <= 0xF4) need = 4;
    else return 0;
    if (back >= need) return 0;
    // The first continuation byte has tighter bounds after some leads.
    if (back >= 2) {
      const c = bytes[n - back + 1];
      if ((b === 0xE0 && c < 0xA0) || (b === 0xED && c > 0x9F) ||
          (b === 0xF0 && c < 0x90) || (b === 0xF4 && c > 0x8F)) return 0;
    }
    return back;
  }
  return 0;
}

// Bytes at the end of a UTF-16 chunk to hold back: an odd byte, and a high surrogate
// whose partner may come next.
function utf16Incomplete(bytes, bigEndian) {
  const n = bytes.length;
  let keep = n % 2;
  const end = n - keep;
  if (end >= 2) {
    const hi = bigEndian ? bytes[end - 2] : bytes[end - 1];
    if (hi >= 0xD8 && hi <= 0xDB) keep += 2;
  }
  return keep;
}

function toUint8Array(input) {
  if (ArrayBuffer.isView(input)) {
    return input instanceof Uint8Array ? input :
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  return new Uint8Array(input);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) ||
    Object.prototype.toString.call(value) === '[object ArrayBuffer]' ||
    Object.prototype.toString.call(value) === '[object SharedArrayBuffer]';
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #pending = null;  // Uint8Array held back from the last streamed chunk

  constructor(encoding = 'utf-8', options = undefined) {
    if (options !== undefined && options !== null) {
      validateObject(options, 'options', { allowArray: true, allowFunction: true });
    }
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = enc;
    this.#fatal = !!options?.fatal;
    this.#ignoreBOM = !!options?.ignoreBOM;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  decode(input = new Uint8Array(0), options = undefined) {
    TextDecoder.#check(this);
    // The common case: a whole buffer, no stream state, no options.
    if (options === undefined && this.#pending === null && this.#bomSeen === false &&
        input instanceof Uint8Array && this.#encoding === 'utf-8') {
      let result = binding.decodeUtf8(input, this.#fatal);
      if (result === undefined) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
      if (!this.#ignoreBOM && result.charCodeAt(0) === 0xFEFF) result = result.slice(1);
      return result;
    }
    if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
      throw invalidInputError(this.#encoding, options !== null && typeof options === 'object' && !!options.stream);
    }
    if (options !== undefined && options !== null) validateObject(options, 'options');
    const stream = !!options?.stream;

    let bytes = toUint8Array(input);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending, 0);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    const enc = this.#encoding;
    if (stream) {
      let keep = 0;
      if (enc === 'utf-8') keep = utf8Incomplete(bytes);
      else if (enc !== 'windows-1252') keep = utf16Incomplete(bytes, enc === 'utf-16be');
      if (keep > 0) {
        this.#pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }

    let result;
    if (enc === 'utf-8') result = binding.decodeUtf8(bytes, this.#fatal);
    else if (enc === 'windows-1252') result = binding.decodeLatin1(bytes);
    else result = binding.decodeUtf16(bytes, enc === 'utf-16be', this.#fatal);
    if (result === undefined) {
      this.#reset();
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(enc);
    }

    // A byte order mark is dropped once, at the start of the stream.
    if (!this.#bomSeen && result.length > 0) {
      if (!this.#ignoreBOM && enc !== 'windows-1252' && result.charCodeAt(0) === 0xFEFF) {
        result = result.slice(1);
      }
      this.#bomSeen = true;
    }
    if (!stream) this.#reset();
    return result;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  #reset() {
    this.#bomSeen = false;
    this.#pending = null;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `TextDecoder ${inspect({
      encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM,
    }, options)}`;
  }
}

for (const [cls, keys] of [[TextEncoder, ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM']]]) {
  for (const key of keys) Object.defineProperty(cls.prototype, key, { enumerable: true });
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
