// differential: readline over a child's stdin pipe — lines arrive as the parent writes them (CRLF and a last line without newline), the prompt goes to stdout, close follows stdin's end
'use strict';
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const readline = require('readline');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'child> ' });
  console.log('terminal', rl.terminal);
  let n = 0;
  rl.prompt();
  rl.on('line', (line) => {
    n++;
    console.log(`[${line}] ${line.length}`);
    if (line === 'ask') {
      rl.question('really? ', (answer) => console.log('answer', answer));
      return;
    }
    rl.prompt();
  });
  rl.on('close', () => console.log('close after', n, 'lines'));
  return;
}

const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['pipe', 'pipe', 'inherit'] });
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
const steps = ['one\n', 'two\r\n', 'ask\n', 'yes\n', 'split ', 'line\n', '\n', 'h\u00e9 \u{1F600}\r\n', 'last without newline'];
let i = 0;
// Writes are spaced so they usually arrive as separate chunks; the output is the same
// when they coalesce.
function next() {
  if (i === steps.length) {
    child.stdin.end();
    return;
  }
  child.stdin.write(steps[i++]);
  setTimeout(next, 20);
}
next();
child.on('close', (code) => {
  // Prompts interleave with lines by arrival: drop them, keep the lines in order.
  console.log(out.split('\n').map((l) => l.replace(/(child> |really\? )/g, '')).filter(Boolean).join('\n'));
  console.log('exit', code);
});
