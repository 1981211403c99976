'use strict';
// `nodus --test [files or directories]`: finds test files as node 20 does, runs each in
// a child process of this executable (several at once), and prints one TAP report: the
// files' top-level tests numbered across files, a test per file that had none or that
// exited badly, other output of the children as "# " lines, and the summed summary.
// Children report through events on stdout (reporter/tap.js, NODE_TEST_CONTEXT).

const path = require('path');
const { kEventPrefix, escapeName } = require('internal/test_runner/reporter/tap');
const { kCounts } = require('internal/test_runner/harness');

// Node 20's patterns: **/*.test.?(c|m)js, **/*-test.?(c|m)js, **/*_test.?(c|m)js,
// **/test-*.?(c|m)js, **/test.?(c|m)js and **/test/**/*.?(c|m)js; node_modules skipped.
const kTestName = /^(?:.+[._-]test|test-.+|test)\.[cm]?js$/;
const kScript = /\.[cm]?js$/;

function findTestFiles(fs, dir, underTest, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') {
        findTestFiles(fs, full, underTest || entry.name === 'test', out);
      }
    } else if (kTestName.test(entry.name) || (underTest && kScript.test(entry.name))) {
      out.push(full);
    }
  }
}

// The files to run, or undefined after printing which argument does not exist.
function collectFiles(fs, args) {
  const files = [];
  if (args.length === 0) {
    findTestFiles(fs, process.cwd(), false, files);
    return files.sort();
  }
  for (const arg of args) {
    const full = path.resolve(arg);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      process.stderr.write(`Could not find '${full}'\n`);
      return undefined;
    }
    if (stat.isDirectory()) {
      const found = [];
      findTestFiles(fs, full, false, found);
      files.push(...found.sort());
    } else {
      files.push(full);
    }
  }
  return [...new Set(files)].sort();
}

// One file's run: what its child printed, in order, and how it ended.
function runFile(file, done) {
  const { spawn } = require('child_process');
  const execArgv = process.execArgv.filter((arg) => arg !== '--test');
  const start = process.hrtime.bigint();
  const items = [];
  const child = spawn(process.execPath, [...execArgv, file], {
    env: { ...process.env, NODE_TEST_CONTEXT: 'child-v8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reader = () => {
    let partial = '';
    return {
      data(chunk) {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop();
        for (const line of lines) addLine(line);
      },
      end() {
        if (partial !== '') addLine(partial);
        partial = '';
      },
    };
  };
  function addLine(line) {
    if (line.startsWith(kEventPrefix)) {
      items.push({ event: JSON.parse(line.slice(kEventPrefix.length)) });
    } else if (line.trim() !== '') {
      items.push({ output: line });
    }
  }
  const out = reader();
  const err = reader();
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', out.data);
  child.stderr.on('data', err.data);
  let pendingStreams = 2;
  let exit;
  const finish = () => {
    if (pendingStreams > 0 || exit === undefined) return;
    out.end();
    err.end();
    const duration = Number(process.hrtime.bigint() - start) / 1e6;
    done({ file, items, exitCode: exit.code, signal: exit.signal, duration });
  };
  child.stdout.on('end', () => { pendingStreams--; finish(); });
  child.stderr.on('end', () => { pendingStreams--; finish(); });
  child.on('error', (error) => {
    items.push({ output: String(error) });
    exit = { code: 1, signal: null };
    pendingStreams = 0;
    finish();
  });
  child.on('exit', (code, signal) => { exit = { code, signal }; finish(); });
}

class Report {
  constructor() {
    this.counts = Object.fromEntries(kCounts.map((k) => [k, 0]));
    this.top = 0;
    this.text = '';
  }

  write(line) {
    this.text += `${line}\n`;
  }

  flush() {
    if (this.text !== '') process.stdout.write(this.text);
    this.text = '';
  }

  addFile(result) {
    let tops = 0;
    let failed = 0;
    for (const item of result.items) {
      if (item.output !== undefined) {
        this.write(`# ${item.output}`);
        continue;
      }
      const e = item.event;
      if (e.top) {
        tops++;
        this.write(`${e.ok ? 'ok' : 'not ok'} ${++this.top} - ${e.text}`);
      } else if (e.summary) {
        for (const k of kCounts) this.counts[k] += e.summary[k];
        failed += e.summary.fail + e.summary.cancelled;
      } else {
        this.write(e.line);
      }
    }
    const ok = result.exitCode === 0 && result.signal === null;
    if (tops > 0 && (ok || failed > 0)) return;
    // The file itself as a test: it had no tests, or it exited badly without a failure.
    const name = escapeName(result.file);
    this.counts.tests++;
    this.counts[ok ? 'pass' : 'fail']++;
    this.write(`# Subtest: ${name}`);
    this.write(`${ok ? 'ok' : 'not ok'} ${++this.top} - ${name}`);
    this.write('  ---');
    this.write(`  duration_ms: ${result.duration}`);
    if (!ok) {
      this.write(`  location: '${result.file}:1:1'`);
      this.write('  failureType: \'testCodeFailure\'');
      this.write(`  exitCode: ${result.exitCode === null ? '~' : result.exitCode}`);
      this.write(`  signal: ${result.signal === null ? '~' : `'${result.signal}'`}`);
      this.write('  error: \'test failed\'');
      this.write('  code: \'ERR_TEST_FAILURE\'');
    }
    this.write('  ...');
  }
}

function run(args) {
  const fs = require('fs');
  const start = process.hrtime.bigint();
  const files = collectFiles(fs, args);
  if (files === undefined) {
    process.exitCode = 1;
    return;
  }
  const report = new Report();
  report.write('TAP version 13');
  report.flush();
  const results = new Array(files.length);
  let nextToStart = 0;
  let nextToReport = 0;
  const os = require('os');
  const parallel = Math.max(1, (os.availableParallelism ? os.availableParallelism() : 2) - 1);

  // Results are printed in file order, each as soon as those before it are.
  const onDone = (index) => (result) => {
    results[index] = result;
    while (nextToReport < files.length && results[nextToReport] !== undefined) {
      report.addFile(results[nextToReport]);
      results[nextToReport] = null;
      nextToReport++;
    }
    report.flush();
    if (nextToStart < files.length) startNext();
    else if (nextToReport === files.length) finish();
  };
  const startNext = () => {
    const index = nextToStart++;
    runFile(files[index], onDone(index));
  };
  const finish = () => {
    report.write(`1..${report.top}`);
    for (const k of kCounts) report.write(`# ${k} ${report.counts[k]}`);
    report.write(`# duration_ms ${Number(process.hrtime.bigint() - start) / 1e6}`);
    report.flush();
    if (report.counts.fail > 0 || report.counts.cancelled > 0) process.exitCode = 1;
  };
  if (files.length === 0) {
    finish();
    return;
  }
  for (let i = 0; i < parallel && nextToStart < files.length; i++) startNext();
}

module.exports = { run, findTestFiles };
