// nanoid's ESM build, non-secure entry (no crypto): sizes, alphabet, uniqueness.
import { nanoid, customAlphabet } from 'nanoid/non-secure';

const id = nanoid();
const hex = customAlphabet('0123456789abcdef', 12)();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), hex.length, /^[0-9a-f]+$/.test(hex));
console.log(nanoid(10).length, new Set(Array.from({ length: 100 }, () => nanoid())).size);
