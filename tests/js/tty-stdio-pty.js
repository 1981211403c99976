// differential
'use strict';
// process.stdout/stdin on a terminal: a child runs under a pseudo-terminal (python3's pty
// module) of 100x30; it reports its tty streams, gets a 'resize' when the window
// becomes 120x40, and reads one key in raw mode (no line buffering, no echo).
const { spawnSync } = require('child_process');

const child = `
const { Writable, Readable } = require('stream');
const tty = require('tty');
const out = process.stdout;
console.log('stdout', out.isTTY, out.constructor.name, out.columns, out.rows, out.getWindowSize());
console.log('colours', out.getColorDepth(), out.hasColors(), out.hasColors(256), out.hasColors(2 ** 24));
console.log('stdin', process.stdin.isTTY, process.stdin.isRaw);
console.log('classes', out instanceof Writable, out instanceof tty.WriteStream,
  process.stdin instanceof Readable, process.stdin instanceof tty.ReadStream,
  process.stdin.constructor.name, process.stderr.isTTY);
// Alive until the key arrives (the test's driver ends it otherwise after 10 s).
const alive = setInterval(() => {}, 1000);
out.once('resize', () => {
  console.log('resize', out.columns, out.rows);
  process.stdin.setRawMode(true);
  console.log('raw', process.stdin.isRaw);
  process.stdin.once('data', (d) => {
    process.stdin.setRawMode(false);
    console.log('key', JSON.stringify(d.toString()), process.stdin.isRaw);
    process.stdin.pause();
    clearInterval(alive);
  });
  console.log('waiting for key');
});
console.log('ready');
`;

const driver = `
import fcntl, os, pty, select, struct, sys, termios
def size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
pid, fd = pty.fork()
if pid == 0:
    size(0, 30, 100)
    os.execv(sys.argv[1], [sys.argv[1], '-e', sys.argv[2]])
out = b''
def until(text):
    global out
    while text not in out:
        r, _, _ = select.select([fd], [], [], 10)
        if not r:
            sys.exit('timed out waiting for ' + repr(text) + ' in ' + repr(out))
        try:
            data = os.read(fd, 4096)
        except OSError:
            data = b''
        if not data:
            sys.exit('child ended before ' + repr(text) + ': ' + repr(out))
        out += data
until(b'ready')
size(fd, 40, 120)
until(b'waiting for key')
os.write(fd, b'q')
try:
    until(b'never')
except SystemExit:
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode().replace('\\r\\n', '\\n'))
print('exit', os.waitstatus_to_exitcode(status))
`;

const env = { ...process.env, TERM: 'xterm-256color' };
for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'COLORTERM', 'CI', 'TMUX', 'TERM_PROGRAM']) {
  delete env[name];
}
const r = spawnSync('python3', ['-c', driver, process.execPath, child], { env, encoding: 'utf8' });
process.stdout.write(r.stdout);
if (r.status !== 0) console.log('driver failed', r.status, r.stderr);
