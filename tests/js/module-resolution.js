// differential
'use strict';
// Classic resolution: "main" with and without extension, a directory as "main", a
// missing "main" (index fallback with DEP0128 warning), directory index, extension
// order, node_modules nesting and shadowing, scoped packages, self-reference, symlinks
// resolved to real paths, and a malformed package.json.
const path = require('path');
const root = path.resolve(__dirname, '../fixtures/modules');
const norm = (s) => String(s).split(root).join('<root>');
const from = require('module').createRequire(path.join(root, 'entry.js'));

function show(id, req = from) {
  try {
    const value = req(id);
    console.log(`${id} => ${norm(JSON.stringify(value))} (${norm(req.resolve(id))})`);
  } catch (err) {
    console.log(`${id} threw ${err.code}: ${norm(err.message)}`);
  }
}

[
  'main-noext', 'main-ext', 'main-dir', 'main-json', 'main-missing', 'main-missing-noindex',
  'no-pkg', 'main-nonstring', 'lone', 'lone.js', 'nest', 'shadow', 'bad-json',
  './dir-index', './dir-index/', './dir-json', './dir-both', './ext/a', './ext/b', './ext/c',
  './ext/d', './ext/d.cjs', './ext/e.txt', './ext/dir', './ext/dir/', './ext/a.js/',
  './data', './data.json', './link-dir/linked.js', './linked-dir/target', './linked-dir',
  path.join(root, 'dir-index'), path.join(root, 'ext', 'c'), 'self-noexp', 'main-ext/lib/entry',
].forEach((id) => show(id));

// Self-reference by the package's own name goes through its "exports".
show('self-ref');
const priv = require('../fixtures/modules/node_modules/self-ref/private.js');
try {
  priv.tryPrivate();
} catch (err) {
  console.log('self-ref/private.js threw', err.code, norm(err.message));
}
// Without "exports" a package names itself only through the node_modules walk.
const noexp = require('../fixtures/modules/node_modules/self-noexp/index.js');
console.log('self-noexp sees itself:', noexp.tryIt() === noexp);
