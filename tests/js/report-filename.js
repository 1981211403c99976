'use strict';
// writeReport() without a name: report.YYYYMMDD.HHMMSS.<pid>.0.<seq>.json in
// process.report.directory, the sequence counting up, the name returned.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-report-'));
process.report.directory = dir;
const first = process.report.writeReport();
const second = process.report.writeReport(new Error('given'));
const re = new RegExp(`^report\\.\\d{8}\\.\\d{6}\\.${process.pid}\\.0\\.00([12])\\.json$`);
let failed = false;
function check(what, ok, seen) {
  if (!ok) {
    console.log(`FAIL ${what}: saw ${seen}`);
    failed = true;
  }
}
check('first name', re.test(first) && first.endsWith('.001.json'), first);
check('second name', re.test(second) && second.endsWith('.002.json'), second);
const report = JSON.parse(fs.readFileSync(path.join(dir, second), 'utf8'));
check('filename in header', report.header.filename === second, report.header.filename);
check('error in stack section', report.javascriptStack.message === 'Error: given',
      report.javascriptStack.message);
fs.rmSync(dir, { recursive: true });
if (failed) process.exit(1);
console.log('ok');
