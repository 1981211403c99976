'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding, "interface mixin
// GenericTransformStream"): a TransformStream around a TextEncoder/TextDecoder.

const { TextEncoder, TextDecoder } = require('internal/encoding');
const { kState, kType, kInspect, checkThis, defineInterface, customInspect } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    // A lone high surrogate at the end of a chunk may pair with the next chunk's first
    // unit, so it is held back (the spec's "pending high surrogate").
    let pending = '';
    const encoder = new TextEncoder();
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let text = pending + `${chunk}`;
          pending = '';
          if (text.length === 0) return;
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pending = text[text.length - 1];
            text = text.slice(0, -1);
            if (text.length === 0) return;
          }
          controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (pending !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        },
      }),
    };
  }

  get encoding() {
    checkThis(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextEncoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'TextEncoderStream');
    return customInspect(this, depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this[kState].transform.readable,
      writable: this[kState].transform.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    this[kType] = 'TextDecoderStream';
    const decoder = new TextDecoder(encoding, options);
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const text = decoder.decode(chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text) controller.enqueue(text);
        },
      }),
    };
  }

  get encoding() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkThis(this, 'TextDecoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    checkThis(this, 'TextDecoderStream');
    const { decoder, transform } = this[kState];
    return customInspect(this, depth, options, 'TextDecoderStream', {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}

defineInterface(TextEncoderStream, ['encoding', 'readable', 'writable']);
defineInterface(TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
