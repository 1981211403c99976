# --test: finds test files as node 20 does (node_modules skipped), or runs the files and
# directories given, each in a child process, and prints one TAP report with node's
# numbering, per-file entries (no tests, a top-level throw, a non-zero exit), summary
# and exit code. Durations and runtime-internal stack frames are normalised away.
. "$(dirname "$0")/lib.sh"
mkdir -p test sub node_modules/x
cat > test/a.js <<'JS'
const test = require('node:test');
test('a pass', () => {});
test('a fail', () => { throw new Error('boom'); });
test('a todo', { todo: true }, () => {});
JS
cat > sub/b.test.js <<'JS'
const { describe, it } = require('node:test');
describe('suite b', () => { it('b1', () => {}); it.skip('b2', () => {}); it.only('b3', () => {}); });
JS
cat > sub/pass_test.mjs <<'JS'
import test from 'node:test';
test('esm pass', () => {});
JS
echo "require('node:test')('in node_modules', () => {})" > node_modules/x/x.test.js
echo "console.log('hello from top'); throw new Error('top level')" > test-throw.js
echo "process.exit(3)" > exit_test.js
echo "console.log('no tests')" > test.cjs
echo "require('node:test')('not a test file', () => {})" > other.js
# The report without timings or runtime-internal frames; the exit code is node's.
t() { echo "node $* >out 2>err; rc=\$?; sed -E 's/duration_ms:? [0-9.e+-]+/duration_ms */' out | grep -v 'node:'; cat err; exit \$rc"; }
same "$(t --test)"
same "$(t --test sub)"
same "$(t --test test/a.js sub/b.test.js)"
same "$(t --test exit_test.js test-throw.js)"
same "$(t --test --test-name-pattern=b1 sub)"
same "$(t --test-only --test sub)"
same "$(t --test missing.js)"
same "$(t --test other.js)"
finish
