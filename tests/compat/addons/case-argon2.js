'use strict';
// @node-rs/argon2: async work (hash/verify on the thread pool, promises) and sync calls.
const argon2 = require('@node-rs/argon2');

const salt = Buffer.from('0123456789abcdef');
const opts = { memoryCost: 1024, timeCost: 2, parallelism: 1, salt };

(async () => {
  const hash = await argon2.hash('password', opts);
  console.log(hash);
  console.log(await argon2.verify(hash, 'password'), await argon2.verify(hash, 'wrong'));
  console.log(argon2.hashSync('password', opts) === hash, argon2.verifySync(hash, 'password'));
  const raw = await argon2.hashRaw('password', opts);
  console.log(Buffer.isBuffer(raw), raw.toString('hex'));
  // Several at once: completions arrive in any order, results must not mix.
  const all = await Promise.all([1, 2, 3].map((n) => argon2.hash('p' + n, opts)));
  console.log(all.map((h) => h.slice(-12)).join(' '));
  await argon2.verify('not a hash', 'x').catch((e) => console.log('rejected:', e.message));
  console.log('ticks and microtasks after completion:', await new Promise((resolve) => {
    argon2.hash('x', opts).then(() => process.nextTick(() => resolve('ok')));
  }));
})();
