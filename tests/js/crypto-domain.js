// differential: callbacks of crypto's thread-pool jobs run in the domain that was active when the job started
'use strict';
const domain = require('domain');
const crypto = require('crypto');

const d = domain.create();
d.name = 'd1';
let errors = 0;
d.on('error', (e) => {
  console.log('domain error:', e.message);
  if (++errors === 2) {
    // Started with no domain active: its callback has none either.
    crypto.hkdf('sha256', 'k', 's', 'i', 8, (err, bits) => {
      console.log('hkdf outside', err, Buffer.from(bits).toString('hex'), !process.domain);
    });
  }
});
d.run(() => {
  crypto.pbkdf2('pw', 'salt', 1, 8, 'sha256', (err, key) => {
    console.log('pbkdf2', err, key.toString('hex'), process.domain && process.domain.name);
    crypto.scrypt('pw', 'salt', 8, (err2) => {
      console.log('scrypt', err2, process.domain && process.domain.name);
      throw new Error('from scrypt');
    });
    throw new Error('from pbkdf2');
  });
});
