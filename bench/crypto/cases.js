'use strict';
// One crypto workload, timed inside the process (start-up excluded); prints elapsed ms and
// CPU ms (user + system of the whole process, so helper threads count for both runtimes).
// usage: <runtime> cases.js <case>
const crypto = require('crypto');

const MB = 1024 * 1024;
const chunk = crypto.randomBytes(64 * 1024);
const small = crypto.randomBytes(64);

function bulkHash(alg) {
  const h = crypto.createHash(alg);
  for (let i = 0; i < (256 * MB) / chunk.length; i++) h.update(chunk);
  return h.digest('hex');
}

const cases = {
  sha256_256MB: () => bulkHash('sha256'),
  sha512_256MB: () => bulkHash('sha512'),
  sha256_1e5x64B: () => {
    let last;
    for (let i = 0; i < 1e5; i++) last = crypto.createHash('sha256').update(small).digest('hex');
    return last;
  },
  hmac256_1e5x64B: () => {
    let last;
    for (let i = 0; i < 1e5; i++) last = crypto.createHmac('sha256', 'key').update(small).digest('hex');
    return last;
  },
  aes256gcm_256MB: () => {
    const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2));
    let n = 0;
    for (let i = 0; i < (256 * MB) / chunk.length; i++) n += c.update(chunk).length;
    c.final();
    return n + c.getAuthTag().length;
  },
  randomBytes32_1e5: () => {
    let n = 0;
    for (let i = 0; i < 1e5; i++) n += crypto.randomBytes(32)[0];
    return n;
  },
  pbkdf2_sha256_100k: () => crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256').toString('hex'),
};

const name = process.argv[2];
const fn = cases[name];
if (!fn) {
  console.error(`unknown case ${name}; one of ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}
// Warm-up: first use fetches OpenSSL's algorithms and compiles the JS paths, in both runtimes.
crypto.pbkdf2Sync('p', 's', 1, 32, 'sha256');
crypto.createHmac('sha256', 'k').update(small).digest('hex');
crypto.createHash('sha512').update(small).digest('hex');
crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)).update(small);
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
fn();
const wall = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(c0);
console.log(wall, (cpu.user + cpu.system) / 1e3);
