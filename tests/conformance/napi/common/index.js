'use strict';
// test/common for Node's Node-API suites: the shared conformance common
// (tests/conformance/common/index.js, staged as shared-index.js) plus what these suites
// use on top of it.
const common = require('./shared-index.js');

// Whether a child process ended the way an abort() ends it.
common.nodeProcessAborted = function nodeProcessAborted(exitCode, signal) {
  return signal === 'SIGABRT' || exitCode === 134;
};

module.exports = common;
