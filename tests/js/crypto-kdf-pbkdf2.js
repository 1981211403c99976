// differential: pbkdf2 outputs over every SHA-1/SHA-2 digest and others, long and empty passwords, multi-block keys
'use strict';
const crypto = require('crypto');
const long = 'p'.repeat(200);
for (const digest of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA512', 'sha3-256', 'md5', 'sha512-256']) {
  for (const [pw, salt, iter, len] of [['pw', 'salt', 1, 10], ['', '', 3, 0], ['', 's', 2, 100], [long, long, 5, 130], ['pw', Buffer.alloc(300, 7), 1000, 64]]) {
    console.log(digest, pw.length, iter, len, crypto.pbkdf2Sync(pw, salt, iter, len, digest).toString('hex'));
  }
}
