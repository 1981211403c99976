# process.stdin from a pipe, a file and /dev/null: 'data'/'end'/'close' events,
# setEncoding, read() in paused mode, pause/resume, pipe, async iteration; a stdin that
# is never read does not keep the process alive.
. "$(dirname "$0")/lib.sh"
cat > count.js <<'JS'
let n = 0, chunks = 0;
process.stdin.on('data', (c) => { n += c.length; chunks++; });
process.stdin.on('end', () => console.log('end', n, chunks > 0));
process.stdin.on('close', () => console.log('close'));
JS
cat > text.js <<'JS'
process.stdin.setEncoding('utf8');
let s = '';
process.stdin.on('data', (c) => { s += c; if (typeof c !== 'string') console.log('not a string'); });
process.stdin.on('end', () => console.log(JSON.stringify(s.slice(0, 40)), s.length));
JS
cat > iterate.js <<'JS'
(async () => {
  let t = '';
  process.stdin.setEncoding('utf8');
  for await (const c of process.stdin) t += c;
  console.log('iterated', t.length, t.split('\n').length);
})();
JS
cat > readable.js <<'JS'
let total = 0;
process.stdin.on('readable', () => {
  let c;
  while ((c = process.stdin.read()) !== null) total += c.length;
});
process.stdin.on('end', () => console.log('end', total));
JS
cat > pipe.js <<'JS'
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => console.error('piped end'));
JS
cat > unread.js <<'JS'
console.log('not reading', typeof process.stdin.on, process.stdin.fd);
setTimeout(() => console.log('timer'), 10);
JS
cat > pause.js <<'JS'
process.stdin.once('data', (c) => {
  console.log('first', c.length > 0);
  process.stdin.pause();
  console.log('paused', process.stdin.isPaused());
  setTimeout(() => { console.log('resumed'); process.stdin.resume(); }, 20);
});
process.stdin.on('end', () => console.log('end'));
JS
for script in count text iterate readable pipe unread pause; do
  same "printf 'hello\nworld\n' | node $script.js"
  same "cat /etc/services | node $script.js"
  same "node $script.js < /etc/services"
  same "node $script.js < /dev/null"
done
finish
