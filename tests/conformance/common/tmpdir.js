'use strict';
// A fresh temporary directory per test file, as node's test/common/tmpdir offers. Its
// name does not depend on the process, as in node: a test that forks itself expects the
// child to see the directory its parent refreshed.
const path = require('path');

const base = process.env.NODE_TEST_DIR ? path.join(process.env.NODE_TEST_DIR, '..') : require('os').tmpdir();
const tmpPath = path.join(base, `.tmp.${process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || '0'}`);

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
