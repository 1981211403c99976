'use strict';
// v8: engine statistics and flags, and V8's value serializer with node's format for
// Buffers and typed arrays (a host object: view type index, byte length, raw bytes), so
// bytes written here read back in node and the other way round.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');
const binding = internalBinding('v8');

const kHeapStatisticsFields = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory',
];
const heapStatisticsBuffer = new Float64Array(kHeapStatisticsFields.length);

function getHeapStatistics() {
  binding.updateHeapStatistics(heapStatisticsBuffer);
  const result = {};
  for (let i = 0; i < kHeapStatisticsFields.length; i++) {
    result[kHeapStatisticsFields[i]] = heapStatisticsBuffer[i];
  }
  return result;
}

function getHeapSpaceStatistics() {
  return binding.heapSpaceStatistics().map(([name, size, used, available, physical]) => ({
    space_name: name,
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: physical,
  }));
}

function getHeapCodeStatistics() {
  const [code, bytecode, external, profiler] = binding.heapCodeStatistics();
  return {
    code_and_metadata_size: code,
    bytecode_and_metadata_size: bytecode,
    external_script_source_size: external,
    cpu_profiler_metadata_size: profiler,
  };
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

// The wire indexes of array buffer views; Buffer (10) sits between DataView and the
// BigInt arrays because it was added after them in node's list.
const kViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array,
];
const kViewIndexByTag = new Map();
for (let i = 0; i < kViewTypes.length; i++) {
  if (kViewTypes[i] !== Buffer) kViewIndexByTag.set(kViewTypes[i].name, i);
}
const kBufferIndex = kViewTypes.indexOf(Buffer);

function viewTypeIndex(view) {
  if (view instanceof Buffer) return kBufferIndex;
  const tag = Object.prototype.toString.call(view).slice(8, -1);
  const index = kViewIndexByTag.get(tag);
  return index === undefined ? -1 : index;
}

class Serializer extends binding.Serializer {
  releaseBuffer() {
    return Buffer.from(super.releaseBuffer());
  }
}
Serializer.prototype._getDataCloneError = Error;

class Deserializer extends binding.Deserializer {
  constructor(buffer) {
    super(buffer);
    this.buffer = buffer;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    const index = ArrayBuffer.isView(abView) ? viewTypeIndex(abView) : -1;
    if (index === -1) {
      const { inspect } = require('internal/util/inspect');
      throw new this._getDataCloneError(`Unserializable host object: ${inspect(abView)}`);
    }
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = kViewTypes[typeIndex];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const elementSize = ctor && ctor.BYTES_PER_ELEMENT ? ctor.BYTES_PER_ELEMENT : 1;
    if (ctor === undefined) throw new Error('Unknown host object type index ' + typeIndex);
    const start = this.buffer.byteOffset + offset;
    if (start % elementSize === 0) {
      if (ctor === Buffer) return Buffer.from(this.buffer.buffer, start, byteLength);
      return new ctor(this.buffer.buffer, start, byteLength / elementSize);
    }
    // Misaligned for its element size: copy into a buffer of its own.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, start, byteLength));
    return new ctor(copy.buffer, 0, byteLength / elementSize);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// Heap snapshots in V8's JSON format (what Chrome DevTools loads).
function validateSnapshotOptions(options) {
  if (options === undefined) return false;
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  return exposeNumericValues;
}

let snapshotSequence = 0;
function defaultSnapshotName() {
  const now = new Date();
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const { threadId } = require('worker_threads');
  return `Heap.${date}.${time}.${process.pid}.${threadId}.${pad(++snapshotSequence, 3)}.heapsnapshot`;
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined) {
    if (filename instanceof URL) {
      filename = require('url').fileURLToPath(filename);
    } else if (typeof filename !== 'string' && !Buffer.isBuffer(filename)) {
      throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], filename);
    }
  }
  const numeric = validateSnapshotOptions(options);
  if (filename === undefined) filename = defaultSnapshotName();
  const fs = require('fs');
  const fd = fs.openSync(filename, 'w');
  let err;
  try {
    err = binding.writeHeapSnapshot(fd, numeric);
  } finally {
    fs.closeSync(fd);
  }
  if (err) {
    // A failed write (disk full, ...): the errno's name as the code, as fs errors have.
    const code = require('util').getSystemErrorName(-err);
    const error = new Error(`${code}: cannot write the heap snapshot, write '${filename}'`);
    Object.assign(error, { errno: -err, code, syscall: 'write', path: String(filename) });
    throw error;
  }
  return String(filename);
}

function getHeapSnapshot(options) {
  const numeric = validateSnapshotOptions(options);
  const text = binding.heapSnapshot(numeric);
  const { Readable } = require('stream');
  const kChunk = 64 * 1024;
  let offset = 0;
  // A Readable named as node's, handing out the JSON in Buffer chunks.
  class HeapSnapshotStream extends Readable {
    _read() {
      if (offset >= text.length) {
        this.push(null);
        return;
      }
      this.push(Buffer.from(text.slice(offset, offset + kChunk)));
      offset += kChunk;
    }
  }
  return new HeapSnapshotStream();
}

// GCProfiler: heap numbers before and after every GC between start() and stop().
const kGCHeapFields = [
  'totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize', 'totalAvailableSize',
  'totalGlobalHandlesSize', 'usedGlobalHandlesSize', 'usedHeapSize', 'heapSizeLimit',
  'mallocedMemory', 'externalMemory', 'peakMallocedMemory',
];

function gcSample(heap, spaces) {
  const heapStatistics = {};
  for (let i = 0; i < kGCHeapFields.length; i++) heapStatistics[kGCHeapFields[i]] = heap[i];
  return {
    heapStatistics,
    heapSpaceStatistics: spaces.map(([spaceName, [spaceSize, spaceUsedSize, spaceAvailableSize, physicalSpaceSize]]) => ({
      spaceName, spaceSize, spaceUsedSize, spaceAvailableSize, physicalSpaceSize,
    })),
  };
}

class GCProfiler {
  #profiler = null;

  start() {
    if (this.#profiler === null) this.#profiler = new binding.GCProfiler();
    this.#profiler.start();
  }

  stop() {
    if (this.#profiler === null) return undefined;
    const data = this.#profiler.stop();
    if (data === undefined) return undefined;
    const [startTime, endTime, records] = data;
    return {
      version: 1,
      startTime,
      statistics: records.map(([gcType, cost, beforeHeap, beforeSpaces, afterHeap, afterSpaces]) => ({
        gcType,
        beforeGC: gcSample(beforeHeap, beforeSpaces),
        cost,
        afterGC: gcSample(afterHeap, afterSpaces),
      })),
      endTime,
    };
  }
}

// nodus never builds a startup snapshot, so only the query answers; the rest refuse as
// node does outside a snapshot build.
function notBuildingSnapshot() {
  throw new codes.ERR_NOT_BUILDING_SNAPSHOT();
}
const startupSnapshot = {
  addDeserializeCallback: notBuildingSnapshot,
  addSerializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  // node answers with the flag slot itself, a number.
  isBuildingSnapshot() { return 0; },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  serialize,
  writeHeapSnapshot,
  startupSnapshot,
  GCProfiler,
};
