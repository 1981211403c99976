'use strict';
// CompressionStream and DecompressionStream (WHATWG Compression): a readable/writable
// pair over one of the zlib plugin's streams. Node 20 knows 'deflate', 'deflate-raw'
// and 'gzip'.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { kState, kType, kInspect, checkThis, defineInterface, customInspect } =
  require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

// format -> [compressor, decompressor] factory names in zlib.
const kFormats = {
  'deflate': ['createDeflate', 'createInflate'],
  'deflate-raw': ['createDeflateRaw', 'createInflateRaw'],
  'gzip': ['createGzip', 'createGunzip'],
};

function makePair(format, which) {
  const names = typeof format === 'string' && Object.hasOwn(kFormats, format) ?
    kFormats[format] : undefined;
  if (names === undefined) throw new ERR_INVALID_ARG_VALUE('format', format);
  return newReadableWritablePairFromDuplex(require('zlib')[names[which]]());
}

// The two classes differ only in their name and the zlib stream behind them.
function defineFormatStream(name, which) {
  const cls = {
    [name]: class {
      constructor(format) {
        this[kType] = name;
        this[kState] = makePair(format, which);
      }

      get readable() {
        checkThis(this, name);
        return this[kState].readable;
      }

      get writable() {
        checkThis(this, name);
        return this[kState].writable;
      }

      [kInspect](depth, options) {
        checkThis(this, name);
        return customInspect(this, depth, options, name, {
          readable: this[kState].readable,
          writable: this[kState].writable,
        });
      }
    },
  }[name];
  defineInterface(cls, ['readable', 'writable']);
  return cls;
}

const CompressionStream = defineFormatStream('CompressionStream', 0);
const DecompressionStream = defineFormatStream('DecompressionStream', 1);

module.exports = { CompressionStream, DecompressionStream };
