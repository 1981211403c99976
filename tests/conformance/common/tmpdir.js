'use strict';
// A fresh temporary directory per test process, as node's test/common/tmpdir offers.
const path = require('path');

const base = process.env.NODE_TEST_DIR ? path.join(process.env.NODE_TEST_DIR, '..') : require('os').tmpdir();
const tmpPath = path.join(base, `.tmp.${process.pid}`);

function fs() {
  return require('fs');
}

function refresh() {
  fs().rmSync(tmpPath, { recursive: true, force: true });
  fs().mkdirSync(tmpPath, { recursive: true });
}

module.exports = {
  path: tmpPath,
  refresh,
  resolve(...parts) { return path.resolve(tmpPath, ...parts); },
  fileURL(...parts) { return require('url').pathToFileURL(path.resolve(tmpPath, ...parts)); },
  hasEnoughSpace() { return true; },
};
