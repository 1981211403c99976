'use strict';
// @node-rs/xxhash and @node-rs/crc32: napi-rs addons (classes, BigInt, Buffers, strings).
const { xxh32, xxh64, xxh3, Xxh32, Xxh64 } = require('@node-rs/xxhash');
const { crc32, crc32c } = require('@node-rs/crc32');

console.log(xxh32('hello world'), xxh32(Buffer.from('hello world'), 42));
console.log(xxh64('hello world'), xxh64('hello world', 7n));
console.log(xxh3.xxh64('hello world'), xxh3.xxh128('hello world'));
const h = new Xxh64();
h.update('hello ').update(Buffer.from('world'));
console.log(h.digest());
const h32 = new Xxh32(1);
console.log(h32.update('abc').digest());
console.log(crc32('hello world'), crc32c('hello world'), crc32(Buffer.alloc(1024, 7), 5));
try {
  xxh32(12);
} catch (e) {
  console.log(e.constructor.name, e.code, e.message);
}
