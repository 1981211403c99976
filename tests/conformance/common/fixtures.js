'use strict';
// Paths into node's test/fixtures (fetched with the suites, never committed).
const path = require('path');

// The runner stages the suite and says where (NODE_TEST_DIR); our own dir is elsewhere.
const fixturesDir = path.join(process.env.NODE_TEST_DIR || path.join(__dirname, '..'), 'fixtures');

function fixturesPath(...args) {
  return path.join(fixturesDir, ...args);
}

module.exports = {
  fixturesDir,
  path: fixturesPath,
  fileURL(...args) { return require('url').pathToFileURL(fixturesPath(...args)); },
  readSync(args, enc) {
    return require('fs').readFileSync(fixturesPath(...[].concat(args)), enc);
  },
  get utf8TestText() {
    return require('fs').readFileSync(fixturesPath('utf8_test_text.txt'), 'utf8');
  },
  readKey(arg, enc) {
    return require('fs').readFileSync(fixturesPath('keys', arg), enc);
  },
};
