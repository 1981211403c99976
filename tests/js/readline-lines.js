// differential: readline splits lines on \n, \r\n and \r (a \r\n split across chunks is one line end), emits a last line without newline at end, then pause and close
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

function run(name, chunks, options = {}) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const seen = [];
    rl.on('line', (line) => seen.push(['line', line]));
    rl.on('pause', () => seen.push(['pause']));
    rl.on('resume', () => seen.push(['resume']));
    rl.on('close', () => {
      seen.push(['close', rl.closed, rl.line]);
      console.log(name, JSON.stringify(seen));
      resolve();
    });
    (async () => {
      for (const c of chunks) {
        input.write(c);
        await new Promise((r) => setImmediate(r));
      }
      input.end();
    })();
  });
}

(async () => {
  await run('lf', ['a\nb\n', 'c\n']);
  await run('crlf', ['a\r\nb\r\n']);
  await run('cr', ['a\rb\rc']);
  await run('split-crlf', ['a\r', '\nb\r', '\n'], { crlfDelay: Infinity });
  await run('mixed', ['x\r\ny\nz\r\r\nw']);
  await run('no-newline', ['last line']);
  await run('empty-lines', ['\n\n\n']);
  await run('partial', ['ab', 'cd', 'ef\ngh', 'ij']);
  await run('utf8-split', [Buffer.from('h\u00e9llo\n').subarray(0, 2), Buffer.from('h\u00e9llo\n').subarray(2)]);
  await run('nothing', []);
  // Large input: many lines in big chunks, counted and summed.
  await new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    let count = 0;
    let total = 0;
    rl.on('line', (line) => { count++; total += Number(line); });
    rl.on('close', () => { console.log('large', count, total); resolve(); });
    let text = '';
    for (let i = 0; i < 100000; i++) text += i + (i % 3 === 0 ? '\r\n' : '\n');
    for (let i = 0; i < text.length; i += 65536) input.write(text.slice(i, i + 65536));
    input.end();
  });
  // Closing from a 'line' listener stops the rest of the chunk.
  await new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('line', (line) => { console.log('got', line); if (line === 'stop') rl.close(); });
    rl.on('close', () => { console.log('closed early'); resolve(); });
    input.write('one\nstop\nthree\n');
  });
})();
