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

class CompressionStream {
  constructor(format) {
    this[kType] = 'CompressionStream';
    this[kState] = makePair(format, 0);
  }

  get readable() {
    checkThis(this, 'CompressionStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'CompressionStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'CompressionStream');
    return customInspect(this, depth, options, 'CompressionStream', {
      readable: this[kState].readable,
      writable: this[kState].writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    this[kType] = 'DecompressionStream';
    this[kState] = makePair(format, 1);
  }

  get readable() {
    checkThis(this, 'DecompressionStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'DecompressionStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'DecompressionStream');
    return customInspect(this, depth, options, 'DecompressionStream', {
      readable: this[kState].readable,
      writable: this[kState].writable,
    });
  }
}

defineInterface(CompressionStream, ['readable', 'writable']);
defineInterface(DecompressionStream, ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
