'use strict';
// dotenv: .env parsing into process.env, and its encrypted .env.vault values (AES-256-GCM
// through the crypto module; the ciphertext is made here with a fixed key and nonce).
const crypto = require('crypto');
const dotenv = require('dotenv');
const fs = require('fs');
const path = require('path');
const os = require('os');

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-env-')), '.env');
fs.writeFileSync(file, [
  'PLAIN=value', 'QUOTED="with spaces"', "SINGLE='single # not a comment'", 'EMPTY=',
  '# comment', 'MULTI="line1\\nline2"', 'export EXPORTED=yes', 'TRAILING=x # comment',
].join('\n'));
const result = dotenv.config({ path: file });
console.log(result.error, result.parsed);
console.log(process.env.PLAIN, process.env.QUOTED, JSON.stringify(process.env.MULTI), process.env.EXPORTED);
console.log(dotenv.parse(Buffer.from('A=1\nB=2\n')));
const missing = dotenv.config({ path: path.join(os.tmpdir(), 'does-not-exist.env') });
console.log(missing.error && missing.error.code);
fs.rmSync(path.dirname(file), { recursive: true });

const key = Buffer.alloc(32, 7);
const nonce = Buffer.alloc(12, 1);
const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
const sealed = Buffer.concat([nonce, cipher.update('SECRET=from-the-vault\n'), cipher.final(), cipher.getAuthTag()]);
console.log(sealed.toString('base64'));
console.log(JSON.stringify(dotenv.decrypt(sealed.toString('base64'), key.toString('hex'))));
try {
  dotenv.decrypt(sealed.toString('base64'), Buffer.alloc(32, 8).toString('hex'));
} catch (e) {
  console.log(e.code, e.message);
}
