// differential: Buffer.from / write of long base64 strings (decoded a piece at a time in
// nodus) give node's bytes: clean input, MIME line breaks, '=' and junk at and around
// piece boundaries, base64url digits, a two-byte string, a short target to write into
'use strict';

function digest(buf) {
  let h = 2166136261;
  for (let i = 0; i < buf.length; i++) h = Math.imul(h ^ buf[i], 16777619) >>> 0;
  return `${buf.length}:${h.toString(16)}`;
}

const bytes = Buffer.alloc(900 * 1024);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 9)) & 0xff;
const clean = bytes.toString('base64');
const at = (s, i, insert) => s.slice(0, i) + insert + s.slice(i);
const cases = {
  clean,
  url: bytes.toString('base64url'),
  mime: clean.replace(/.{76}/g, '$&\r\n'),
  'pad-in-middle': at(clean, 40000, '='),
  'junk-at-16383': at(clean, 16383, '*'),
  'junk-at-16384': at(clean, 16384, ' '),
  'junk-at-16385': at(clean, 16385, '\n'),
  'junk-at-end': `${clean}!!`,
  'trailing-digit': `${clean}Q`,
  'trailing-two': `${clean}QQ`,
  'two-byte': `${clean.slice(0, 70000)}\u0141${clean.slice(70000)}`,
  'only-junk': '#'.repeat(70000),
};
for (const [name, s] of Object.entries(cases)) {
  console.log(name, digest(Buffer.from(s, 'base64')), Buffer.byteLength(s, 'base64'));
}
// write() into less room than the data: stops at the end of the target.
const small = Buffer.alloc(50000, 0xaa);
console.log('write short', small.write(clean, 'base64'), digest(small));
const odd = Buffer.alloc(70001, 0xbb);
console.log('write offset', odd.write(clean, 3, 'base64'), digest(odd));
