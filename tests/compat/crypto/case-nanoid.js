'use strict';
// nanoid 3 (CommonJS): ids from crypto's random bytes; shapes and uniqueness are checked,
// never the random values themselves.
const { nanoid, customAlphabet, urlAlphabet, random, customRandom } = require('nanoid');
const { nanoid: asyncNanoid } = require('nanoid/async');
const { nanoid: insecure } = require('nanoid/non-secure');

const ids = Array.from({ length: 1000 }, () => nanoid());
console.log('length', ids[0].length, 'url-safe', ids.every((id) => /^[A-Za-z0-9_-]{21}$/.test(id)));
console.log('unique', new Set(ids).size);
console.log('sized', nanoid(10).length, nanoid(64).length);
const hex = customAlphabet('0123456789abcdef', 12);
console.log('custom', ids.length, /^[0-9a-f]{12}$/.test(hex()), hex(5).length);
console.log('alphabet', urlAlphabet.length);
const bytes = random(16);
console.log('random', bytes.constructor.name, bytes.length);
const fixed = customRandom('abc', 8, (size) => new Uint8Array(size).fill(1));
console.log('customRandom', fixed());
console.log('non-secure', insecure().length);
asyncNanoid().then((id) => console.log('async', id.length, /^[A-Za-z0-9_-]+$/.test(id)));
