// differential
'use strict';
// package.json fields are read as own properties only: getters a program put on
// Object.prototype under the same names are never called, by require() or by import().
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-pjson-'));
const pkg = path.join(root, 'node_modules', 'no-fields');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), '{ "version": "1.0.0" }');
fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = "no fields";');
fs.writeFileSync(path.join(root, 'entry.mjs'), 'export { default } from "no-fields";');

const touched = [];
for (const key of ['name', 'main', 'type', 'exports', 'imports']) {
  Object.defineProperty(Object.prototype, key, {
    __proto__: null,
    configurable: true,
    get() { touched.push(`get ${key}`); return undefined; },
    set(v) { touched.push(`set ${key}`); },
  });
}

console.log(require(pkg));
import(path.join(root, 'entry.mjs')).then((ns) => {
  console.log(ns.default);
  console.log('prototype getters called:', touched);
  fs.rmSync(root, { recursive: true });
});
