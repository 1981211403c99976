// differential: terminal mode line editing (insert, arrows, backspace, delete, home/end, ctrl-a/e/b/f/u/k/w/h, history up/down), the bytes written to the output, 'history' and 'line' events, ctrl-c and ctrl-d
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

const tick = () => new Promise((r) => setImmediate(r));

function make(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ', ...options });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('history', (h) => console.log('history', JSON.stringify(h)));
  return {
    rl,
    async send(...keys) {
      for (const k of keys) {
        input.write(k);
        await tick();
      }
    },
    take() {
      const w = written;
      written = '';
      return JSON.stringify(w);
    },
  };
}

(async () => {
  {
    const t = make();
    t.rl.prompt();
    await t.send('abc', '\x1b[D', 'X', '\r');
    console.log('out', t.take());
    await t.send('zz\x7f', '\r', '\x1b[A');
    console.log('state', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('\x1b[A', '\x1b[B', '\x1b[B');
    console.log('state', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('hello world foo', '\x01', '\x1b[C', '\x1b[C', '\x0b');
    console.log('ctrl-k', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('\x05', ' there', '\x17');
    console.log('ctrl-w', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('\x02', '\x02', '\x15');
    console.log('ctrl-u', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('\x1b[H', '\x1b[3~', '\x1b[F', '\x08', '\x06');
    console.log('home/del/end/^h', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('\x1bb', '\x1bf', '\x1b[1;5D');
    console.log('words', JSON.stringify(t.rl.line), t.rl.cursor, t.take());
    await t.send('\n');
    console.log('getCursorPos', JSON.stringify(t.rl.getCursorPos()));
    await t.send('pasted\nlines\r\nhere');
    console.log('paste', JSON.stringify(t.rl.line), t.take());
    t.rl.on('close', () => console.log('close, history', JSON.stringify(t.rl.history)));
    await t.send('\x15', '\x04');
    console.log('closed', t.rl.closed, t.take());
  }
  {
    const t = make({ historySize: 2, removeHistoryDuplicates: true });
    t.rl.on('SIGINT', () => console.log('SIGINT', JSON.stringify(t.rl.line)));
    await t.send('a\r', 'b\r', 'a\r', 'c\r', 'typing', '\x03');
    console.log('history', JSON.stringify(t.rl.history), t.rl.closed);
    t.rl.on('close', () => console.log('closed at end'));
    t.rl.close();
  }
  {
    // Without a SIGINT listener ctrl-c closes; a pending line is dropped.
    const t = make();
    t.rl.on('close', () => console.log('ctrl-c closed', JSON.stringify(t.rl.line)));
    await t.send('abc', '\x03');
  }
  {
    // End of input emits the pending line, then closes.
    const input = new PassThrough();
    const rl = readline.createInterface({ input, terminal: true });
    rl.on('line', (l) => console.log('end line', l));
    rl.on('close', () => console.log('end close'));
    input.end('unfinished');
  }
})();
