'use strict';
// StringDecoder: bytes to text across chunk boundaries. A character split between
// write() calls is held back (up to 4 bytes) until it completes or turns out broken,
// so the joined output equals decoding all the bytes at once.

const binding = internalBinding('buffer');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING,
} = require('internal/buffer/errors');
const { kEnc, normalizeEncoding } = require('internal/buffer/encoding');

const kState = Symbol('kState');

function decode(bytes, enc, start, end) {
  return binding.slice(bytes, enc, start, end);
}

// For UTF-8, how many bytes the character starting with lead byte `b` has (0: not a lead).
function utf8Length(b) {
  if ((b & 0xE0) === 0xC0) return 2;
  if ((b & 0xF0) === 0xE0) return 3;
  if ((b & 0xF8) === 0xF0) return 4;
  return 0;
}

class State {
  constructor(enc) {
    this.enc = enc;
    this.pending = Buffer.alloc(4); // the held-back bytes; exposed as lastChar
    this.buffered = 0;
    this.missing = 0;
  }

  reset() {
    this.buffered = 0;
    this.missing = 0;
  }

  hold(view, start, count, missing) {
    for (let i = 0; i < count; i++) this.pending[this.buffered + i] = view[start + i];
    this.buffered += count;
    this.missing = missing;
  }

  // How many bytes at the end of view[start, end) start a character that is not complete.
  // Sets `missing` for them.
  tail(view, start, end) {
    const n = end - start;
    switch (this.enc) {
      case kEnc.utf8: {
        if (view[end - 1] < 0x80) return 0;
        for (let count = 1; count <= n && count <= 4; count++) {
          const b = view[end - count];
          if ((b & 0xC0) === 0x80) {
            if (count >= 4 || count === n) return 0;
            continue;
          }
          const need = utf8Length(b);
          if (need === 0 || count >= need) return 0;
          this.missing = need - count;
          return count;
        }
        return 0;
      }
      case kEnc.ucs2: {
        if (n % 2 === 1) {
          this.missing = 1;
          return 1;
        }
        // A high surrogate at the end waits for its partner.
        const hi = view[end - 1];
        if (n >= 2 && hi >= 0xD8 && hi <= 0xDB) {
          this.missing = 2;
          return 2;
        }
        return 0;
      }
      case kEnc.base64:
      case kEnc.base64url: {
        const rest = n % 3;
        if (rest) this.missing = 3 - rest;
        return rest;
      }
      default:
        return 0;
    }
  }

  write(view) {
    const len = view.length;
    let start = 0;
    let prefix = '';
    if (this.missing > 0) {
      // Feed the held-back character. A UTF-8 byte that cannot continue it ends it early:
      // the broken character is decoded (to U+FFFD) and the byte starts afresh.
      let take = Math.min(len, this.missing);
      let broken = false;
      if (this.enc === kEnc.utf8) {
        for (let i = 0; i < take; i++) {
          if ((view[i] & 0xC0) !== 0x80) {
            take = i;
            broken = true;
            break;
          }
        }
      }
      this.hold(view, 0, take, broken ? 0 : this.missing - take);
      start = take;
      if (this.missing > 0) return '';
      prefix = decode(this.pending, this.enc, 0, this.buffered);
      this.buffered = 0;
    }
    if (start >= len) return prefix;
    const held = this.tail(view, start, len);
    if (held) this.hold(view, len - held, held, this.missing);
    return prefix + decode(view, this.enc, start, len - held);
  }

  end() {
    let out = '';
    // An odd trailing byte of UTF-16 has no character to show.
    const n = this.enc === kEnc.ucs2 ? this.buffered - (this.buffered % 2) : this.buffered;
    if (n > 0) out = decode(this.pending, this.enc, 0, n);
    this.reset();
    return out;
  }
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function checkThis(self) {
  if (self == null || self[kState] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return self[kState];
}

function StringDecoder(encoding) {
  const norm = normalizeEncoding(encoding);
  if (norm === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = norm;
  this[kState] = new State(norm === 'utf16le' ? kEnc.ucs2 : kEnc[norm]);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = checkThis(this);
  const view = buf instanceof Uint8Array ? buf : bytesOf(buf);
  if (state.enc !== kEnc.utf8 && state.enc !== kEnc.ucs2 && state.enc !== kEnc.base64 &&
      state.enc !== kEnc.base64url) {
    return decode(view, state.enc, 0, view.length);
  }
  return state.write(view);
};

StringDecoder.prototype.end = function end(buf) {
  let out = '';
  if (buf !== undefined) out = this.write(buf);
  return out + checkThis(this).end();
};

// Legacy helpers some modules still call.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = checkThis(this);
  state.reset();
  return this.write(buf.subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return checkThis(this).pending; },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return checkThis(this).missing; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { const s = checkThis(this); return s.buffered + s.missing; },
  },
});

module.exports = { StringDecoder };
