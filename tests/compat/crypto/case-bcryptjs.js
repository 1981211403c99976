'use strict';
// bcryptjs: salts from crypto.randomBytes, hashes with fixed salts (known answers) and
// comparisons, sync and async.
const bcrypt = require('bcryptjs');

const salt = '$2a$10$abcdefghijklmnopqrstuu';
const hash = bcrypt.hashSync('correct horse', salt);
console.log('fixed salt hash', hash);
console.log('compare right', bcrypt.compareSync('correct horse', hash));
console.log('compare wrong', bcrypt.compareSync('battery staple', hash));
console.log('rounds', bcrypt.getRounds(hash), 'salt', bcrypt.getSalt(hash));
const generated = bcrypt.genSaltSync(8);
console.log('generated salt shape', /^\$2a\$08\$[./A-Za-z0-9]{22}$/.test(generated));
console.log('two salts differ', bcrypt.genSaltSync(4) !== bcrypt.genSaltSync(4));
const h2 = bcrypt.hashSync('pw', 4);
console.log('random-salt hash verifies', h2.length, bcrypt.compareSync('pw', h2));
bcrypt.hash('async pw', 4, (err, h) => {
  console.log('async hash', err, h.length);
  bcrypt.compare('async pw', h, (err2, same) => console.log('async compare', err2, same));
});
bcrypt.genSalt(5).then((s) => console.log('promise salt', s.slice(0, 7)));
