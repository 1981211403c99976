// nanoid (ESM build, on node:crypto): ids of the requested size and alphabet; the non-secure build too.
import { nanoid, customAlphabet } from 'nanoid';
import { nanoid as insecure } from 'nanoid/non-secure';

const id = nanoid();
const hex = customAlphabet('0123456789abcdef', 12)();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), hex.length, /^[0-9a-f]+$/.test(hex));
console.log(insecure(10).length, new Set(Array.from({ length: 100 }, () => nanoid())).size);
