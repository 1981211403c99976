'use strict';
const dotenv = require('dotenv');
const fs = require('fs');
const path = require('path');
const os = require('os');

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-env-')), '.env');
fs.writeFileSync(file, [
  'PLAIN=value', 'QUOTED="with spaces"', "SINGLE='single # not a comment'", 'EMPTY=',
  '# comment', 'MULTI="line1\\nline2"', 'export EXPORTED=yes', 'TRAILING=x # comment',
].join('\n'));
const result = dotenv.config({ path: file });
console.log(result.error, result.parsed);
console.log(process.env.PLAIN, process.env.QUOTED, JSON.stringify(process.env.MULTI), process.env.EXPORTED);
console.log(dotenv.parse(Buffer.from('A=1\nB=2\n')));
const missing = dotenv.config({ path: path.join(os.tmpdir(), 'does-not-exist.env') });
console.log(missing.error && missing.error.code);
fs.rmSync(path.dirname(file), { recursive: true });
