// differential: v8.Serializer/Deserializer raw methods, subclassed host objects, transferArrayBuffer, wire format version and the class shapes
'use strict';
const v8 = require('v8');

const s = new v8.Serializer();
s.writeHeader();
s.writeUint32(5);
s.writeUint32(2 ** 32 - 1);
s.writeUint64(1, 2);
s.writeDouble(1.5);
s.writeRawBytes(Buffer.from('ab'));
s.writeValue({ k: [1, 'two'] });
const bytes = s.releaseBuffer();
console.log(bytes.toString('hex'), Buffer.isBuffer(bytes));

const d = new v8.Deserializer(bytes);
console.log(d.buffer === bytes, d.readHeader(), d.getWireFormatVersion());
console.log(d.readUint32(), d.readUint32(), d.readUint64(), d.readDouble(), d.readRawBytes(2).toString());
console.log(d.readValue());

// A plain Serializer writes typed arrays natively; DefaultSerializer as host objects.
const plain = new v8.Serializer();
plain.writeHeader();
plain.writeValue(new Uint8Array([1, 2]));
console.log('plain', plain.releaseBuffer().toString('hex'));

// Custom host objects through subclasses.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class PointSerializer extends v8.DefaultSerializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(false);
  }
  _writeHostObject(obj) {
    this.writeUint32(obj.x);
    this.writeUint32(obj.y);
  }
}
class PointDeserializer extends v8.DefaultDeserializer {
  _readHostObject() { return new Point(this.readUint32(), this.readUint32()); }
}
// Only API objects are host objects; a plain class instance is an ordinary object.
const ps = new PointSerializer();
ps.writeHeader();
ps.writeValue([new Point(1, 2)]);
const pbytes = ps.releaseBuffer();
console.log('points', pbytes.toString('hex'));
const pd = new PointDeserializer(pbytes);
pd.readHeader();
console.log(pd.readValue());

// Data clone errors go through _getDataCloneError.
class MySerializer extends v8.Serializer {
  _getDataCloneError(message) { return new TypeError('custom: ' + message); }
}
try {
  const m = new MySerializer();
  m.writeHeader();
  m.writeValue(Symbol('nope'));
} catch (e) { console.log(e.name, e.message); }

// Transferred ArrayBuffers are referenced by id instead of copied.
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 42;
const ts = new v8.Serializer();
ts.writeHeader();
ts.transferArrayBuffer(0, ab);
ts.writeValue(ab);
const tbytes = ts.releaseBuffer();
console.log('transfer', tbytes.toString('hex'));
const target = new ArrayBuffer(4);
new Uint8Array(target)[0] = 7;
const td = new v8.Deserializer(tbytes);
td.transferArrayBuffer(0, target);
td.readHeader();
console.log(td.readValue() === target);

for (const f of [
  () => v8.Serializer(),
  () => v8.Deserializer(Buffer.alloc(1)),
  () => new v8.Deserializer(Buffer.from('ff0f', 'hex')).readUint32(),
]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
}
console.log(typeof v8.DefaultSerializer.prototype._writeHostObject,
            typeof v8.DefaultDeserializer.prototype._readHostObject,
            Object.getPrototypeOf(v8.DefaultSerializer) === v8.Serializer,
            Object.getPrototypeOf(v8.DefaultDeserializer) === v8.Deserializer);
