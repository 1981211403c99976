# Writing to a pipe whose reader went away: EPIPE reaches process.stdout as an 'error'
# event (reported as node does when unhandled, exit 1), or a listener takes it.
. "$(dirname "$0")/lib.sh"
cat > unhandled.js <<'JS'
// Writes until the reader is gone (more than a pipe buffer holds), so EPIPE is certain.
let i = 0;
setInterval(() => { console.log('line', i++, 'x'.repeat(1000)); }, 0);
JS
cat > handled.js <<'JS'
process.stdout.on('error', (e) => { console.error('stdout error', e.code, e.syscall, e.message); process.exit(3); });
let i = 0;
setInterval(() => { process.stdout.write('line ' + i++ + '\n'); }, 1);
JS
same 'node unhandled.js | head -1'
same 'node handled.js | head -1'
same 'node -p "process.stdout.constructor.name + \" \" + process.stderr.constructor.name" 2>/dev/null | cat'
same 'node -p "process.stdout.constructor.name" > out.txt; cat out.txt'
finish
