'use strict';
// nodus's stand-in for node's test/common/child_process: run a child synchronously and
// check how it ended and what it printed. Written for nodus.

const assert = require('assert');
const { spawnSync } = require('child_process');

// Checks one output against an expectation: a string (exact, optionally trimmed), a
// RegExp, or a function that asserts itself.
function checkOutput(name, actual, expected, trim) {
  if (expected === undefined) return;
  const text = trim ? actual.trim() : actual;
  if (typeof expected === 'string') assert.strictEqual(text, expected, `${name} differs`);
  else if (expected instanceof RegExp) assert.match(text, expected, `${name} does not match`);
  else if (typeof expected === 'function') expected(text);
}

function expectSyncExit(child, { status, signal, stdout, stderr, trim = false } = {}) {
  const out = String(child.stdout ?? '');
  const err = String(child.stderr ?? '');
  const context = `\n--- stdout ---\n${out}\n--- stderr ---\n${err}`;
  if (child.error) throw child.error;
  if (status !== undefined) assert.strictEqual(child.status, status, `exit status${context}`);
  if (signal !== undefined) assert.strictEqual(child.signal, signal, `signal${context}`);
  checkOutput('stdout', out, stdout, trim);
  checkOutput('stderr', err, stderr, trim);
  return { child, stdout: out, stderr: err };
}

function run(file, args, options) {
  return spawnSync(file, args, { encoding: 'utf8', ...options });
}

// (file, args[, options], expectations)
function spawnSyncAndExit(file, args, options, expectations) {
  if (expectations === undefined) [options, expectations] = [{}, options];
  return expectSyncExit(run(file, args, options), expectations);
}

function spawnSyncAndAssert(file, args, options, expectations) {
  if (expectations === undefined) [options, expectations] = [{}, options];
  return expectSyncExit(run(file, args, options), { status: 0, signal: null, ...expectations });
}

function spawnSyncAndExitWithoutError(file, args, options, expectations) {
  if (expectations === undefined) [options, expectations] = [{}, options || {}];
  return expectSyncExit(run(file, args, options), { status: 0, signal: null, ...expectations });
}

// Windows-only cleanup in node's suite; nothing to do on Linux.
function cleanupStaleProcess() {}

// The exec timeout tests: a child that outlives the parent's 1 ms timeout by far, and
// prints on both streams when (if ever) its time comes.
const kExpiringChildRunTime = 20 * 1000;
const kExpiringParentTimer = 1;
function logAfterTime(ms) {
  setTimeout(() => {
    console.log('child stdout');
    console.error('child stderr');
  }, ms);
}

module.exports = {
  expectSyncExit, spawnSyncAndExit, spawnSyncAndAssert, spawnSyncAndExitWithoutError,
  cleanupStaleProcess, kExpiringChildRunTime, kExpiringParentTimer, logAfterTime,
};
