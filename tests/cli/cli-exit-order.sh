# beforeExit (may schedule more work, fires again) then exit; exit listeners cannot
# schedule; process.exit() skips beforeExit.
. "$(dirname "$0")/lib.sh"
cat > order.js <<'JS'
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('timer from beforeExit', rounds), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never'), 0);
  process.nextTick(() => console.log('never either'));
});
process.exitCode = 3;
console.log('main');
JS
cat > explicit.js <<'JS'
process.on('beforeExit', () => console.log('beforeExit must not run'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => { console.log('timer'); process.exit(2); }, 1);
JS
same 'node order.js'
same 'node explicit.js'
finish
