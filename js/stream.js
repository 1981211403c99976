'use strict';
// The stream module: Node's classic streams (Readable, Writable, Duplex,
// Transform, PassThrough) and the helpers around them. Stream itself is the
// legacy base class, kept as the module's export for `instanceof Stream`.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const eos = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const utils = require('internal/streams/utils');

const promises = require('stream/promises');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;
Stream.duplexPair = function duplexPair(options) {
  return require('internal/streams/duplexpair')(options);
};

// pipeline and finished have promise forms under util.promisify.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  enumerable: true, get() { return promises.pipeline; },
});
Object.defineProperty(eos, customPromisify, {
  enumerable: true, get() { return promises.finished; },
});

Object.defineProperty(Stream, 'promises', {
  configurable: true, enumerable: true, get() { return promises; },
});

// Readable.prototype.map/filter/... and their promise-returning relatives.
require('internal/streams/operators').install(Readable);

Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return utils.getBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
// The legacy "stream" interface users may also reach as require('stream').Stream.
module.exports = Stream;
