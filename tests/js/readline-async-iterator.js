// differential: for await over a readline Interface yields every line including the last without newline, and break closes the interface
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    setImmediate(() => {
      input.write('alpha\r\nbeta\n');
      input.end('gamma');
    });
    const lines = [];
    for await (const line of rl) lines.push(line);
    console.log(lines, rl.closed);
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', () => console.log('close event'));
    setImmediate(() => input.write('1\n2\n3\n'));
    for await (const line of rl) {
      console.log('line', line);
      if (line === '2') break;
    }
    console.log('after break closed:', rl.closed);
  }
  {
    // More lines than the iterator's buffer before the first read.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    let text = '';
    for (let i = 0; i < 5000; i++) text += `line ${i}\n`;
    input.end(text);
    let n = 0;
    let last;
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      n++;
      last = value;
    }
    console.log('many', n, last);
  }
})();
