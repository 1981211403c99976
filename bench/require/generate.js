'use strict';
// Writes a dependency tree of N packages (default 500) under node_modules of the given
// directory, shaped like an npm install: half the packages use "main" without an
// extension, half use conditional "exports"; each has 4 files (one requires its own
// package.json) and requires 3 other packages by name. main.js requires them all.
const fs = require('fs');
const path = require('path');

const [dir = '/tmp/nodus-require-bench', count = '500'] = process.argv.slice(2);
const n = Number(count);
for (let i = 0; i < n; i++) {
  const pkgDir = path.join(dir, 'node_modules', `pkg${i}`);
  fs.mkdirSync(path.join(pkgDir, 'lib'), { recursive: true });
  const manifest = i % 2 ?
    { name: `pkg${i}`, main: './lib/index' } :
    { name: `pkg${i}`, exports: { '.': { import: './x.mjs', require: './lib/index.js' }, './util': './lib/util.js' } };
  fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify(manifest));
  const deps = [1, 7, 31].map((d) => `require('pkg${(i + d) % n}');`);
  fs.writeFileSync(path.join(pkgDir, 'lib', 'index.js'),
    `exports.a = require('./a');\nexports.b = require('./b.js');\nexports.u = require('./util');\n${deps.join('\n')}\n`);
  for (const f of ['a', 'b', 'util']) {
    fs.writeFileSync(path.join(pkgDir, 'lib', `${f}.js`),
      `module.exports = { name: '${f}${i}', pkg: require('../package.json').name };\n`);
  }
}
fs.writeFileSync(path.join(dir, 'main.js'),
  `for (let i = 0; i < ${n}; i++) require('pkg' + i);\nconsole.log(Object.keys(require.cache).length);\n`);
