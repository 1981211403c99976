'use strict';
// Runs web-platform-tests' URL data (urltestdata.json, setters_tests.json,
// toascii.json from Node's copy of WPT, fetched by tools/fetch-node-src) against
// the URL global. Prints each failure, then "N passed, N failed" per file, and
// fails if urltestdata.json passes less than the required share.
// Usage: nodus url.js [resources-dir]

const path = require('path');
const dir = process.argv[2] ||
  path.join(__dirname, '..', '..', '..', '.deps', 'node-src', 'test', 'fixtures', 'wpt', 'url', 'resources');
const kRequired = 0.95;
const verbose = process.env.WPT_VERBOSE === '1';

function report(name, passed, failed) {
  console.log(`${name}: ${passed} passed, ${failed} failed`);
}

function fail(name, msg) {
  if (verbose) console.log(`FAIL ${name}: ${msg}`);
}

const props = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];

function runParsing() {
  const data = require(path.join(dir, 'urltestdata.json'));
  let passed = 0;
  let failed = 0;
  for (const test of data) {
    if (typeof test === 'string') continue;
    const label = `${JSON.stringify(test.input)} against ${JSON.stringify(test.base)}`;
    let url;
    try {
      url = test.base === null ? new URL(test.input) : new URL(test.input, test.base);
    } catch (err) {
      if (test.failure) passed++;
      else {
        failed++;
        fail(label, `threw ${err.message}`);
      }
      continue;
    }
    if (test.failure) {
      failed++;
      fail(label, `parsed as ${url.href} but should fail`);
      continue;
    }
    const bad = props.filter((p) => p in test && url[p] !== test[p]);
    if (test.searchParams !== undefined && url.searchParams.toString() !== test.searchParams) {
      bad.push('searchParams');
    }
    if (bad.length === 0) {
      passed++;
    } else {
      failed++;
      fail(label, bad.map((p) => `${p}: ${JSON.stringify(url[p])} != ${JSON.stringify(test[p])}`).join(', '));
    }
  }
  report('urltestdata.json', passed, failed);
  return passed / (passed + failed);
}

function runSetters() {
  const data = require(path.join(dir, 'setters_tests.json'));
  let passed = 0;
  let failed = 0;
  for (const setter of Object.keys(data)) {
    if (setter === 'comment') continue;
    for (const test of data[setter]) {
      const url = new URL(test.href);
      url[setter] = test.new_value;
      const bad = Object.keys(test.expected).filter((p) => url[p] !== test.expected[p]);
      if (bad.length === 0) passed++;
      else {
        failed++;
        fail(`${setter}=${JSON.stringify(test.new_value)} on ${test.href}`,
          bad.map((p) => `${p}: ${JSON.stringify(url[p])} != ${JSON.stringify(test.expected[p])}`).join(', '));
      }
    }
  }
  report('setters_tests.json', passed, failed);
}

function runToASCII() {
  const data = require(path.join(dir, 'toascii.json'));
  let passed = 0;
  let failed = 0;
  for (const test of data) {
    if (typeof test === 'string') continue;
    let ok = true;
    let got;
    try {
      got = new URL(`https://${test.input}/x`).host;
      ok = test.output !== null && got === test.output;
    } catch {
      ok = test.output === null;
    }
    if (ok) passed++;
    else {
      failed++;
      fail(`toascii ${JSON.stringify(test.input)}`, `${JSON.stringify(got)} != ${JSON.stringify(test.output)}`);
    }
  }
  report('toascii.json', passed, failed);
}

const share = runParsing();
runSetters();
runToASCII();
if (share < kRequired) {
  console.log(`urltestdata.json: ${(share * 100).toFixed(1)}% passing, below the required ${kRequired * 100}%`);
  process.exitCode = 1;
}
