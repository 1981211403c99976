// nanoid (ESM build): ids of the requested size and alphabet.
// Pending: nanoid imports node:crypto (webcrypto), which nodus lacks yet; rename to
// case-nanoid.mjs when it exists. The non-secure build runs now (case-nanoid-non-secure).
import { nanoid, customAlphabet } from 'nanoid';
import { nanoid as insecure } from 'nanoid/non-secure';

const id = nanoid();
const hex = customAlphabet('0123456789abcdef', 12)();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), hex.length, /^[0-9a-f]+$/.test(hex));
console.log(insecure(10).length, new Set(Array.from({ length: 100 }, () => nanoid())).size);
