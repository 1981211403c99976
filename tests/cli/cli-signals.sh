# Signals: a listener keeps the process alive through SIGTERM/SIGINT sent to itself;
# removing it restores the default (death by the signal).
. "$(dirname "$0")/lib.sh"
cat > handled.js <<'JS'
const seen = [];
process.on('SIGTERM', (sig) => { seen.push(sig); console.log('got', sig); });
process.once('SIGINT', (sig, num) => { console.log('got', sig, num); });
process.kill(process.pid, 'SIGTERM');
setTimeout(() => {
  process.kill(process.pid, 'SIGINT');
  setTimeout(() => console.log('still alive', seen, process.listenerCount('SIGINT')), 50);
}, 50);
JS
cat > removed.js <<'JS'
const h = () => console.log('handler');
process.on('SIGTERM', h);
process.removeListener('SIGTERM', h);
setTimeout(() => console.log('not reached'), 1000);
process.kill(process.pid, 'SIGTERM');
JS
cat > numeric.js <<'JS'
process.on('SIGUSR2', (s) => { console.log('usr2', s); });
process.kill(process.pid, 12);
setTimeout(() => {}, 50);
JS
cat > badsignal.js <<'JS'
for (const [pid, sig] of [[process.pid, 'SIGNOPE'], [process.pid, -1], ['x', 'SIGTERM'], [process.pid, {}]]) {
  try { process.kill(pid, sig); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { process.kill(999999, 0); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message); }
console.log(process.kill(process.pid, 0));
JS
cat > uncatchable.js <<'JS'
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  try {
    process.on(sig, () => {});
  } catch (e) {
    console.log(sig, e.name, e.code, e.syscall, e.message, process.listenerCount(sig));
  }
}
process.on('SIGKILL', () => {});
JS
same 'node handled.js'
same 'node uncatchable.js'
same 'node removed.js'
same 'node numeric.js'
same 'node badsignal.js'
finish
