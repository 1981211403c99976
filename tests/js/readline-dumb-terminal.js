// differential: with TERM=dumb a terminal Interface does no cursor addressing — keys are echoed as typed, return/enter end lines (one line for \r\n), ctrl-c/ctrl-d close
'use strict';
process.env.TERM = 'dumb';
const readline = require('readline');
const { PassThrough } = require('stream');

const tick = () => new Promise((r) => setImmediate(r));

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('history', (h) => console.log('history', JSON.stringify(h)));
  rl.on('close', () => console.log('close'));
  rl.prompt();
  for (const k of ['abc', '\x1b[D', 'X', '\r', '\n', 'two\r\n', 'three\n', '\x7f', 'four\r', '\x04']) {
    input.write(k);
    await tick();
  }
  console.log(JSON.stringify(written), rl.closed);
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2, output, terminal: true });
  rl2.on('SIGINT', () => { console.log('SIGINT', JSON.stringify(rl2.line)); rl2.close(); });
  input2.write('partial\x03');
})();
