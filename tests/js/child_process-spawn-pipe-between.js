// differential: one child's output pipe given as another child's stdin (and two
// children's outputs into one cat), as in a shell pipeline
'use strict';
const { spawn } = require('child_process');

const producer = spawn('sh', ['-c', 'printf "b\\na\\nc\\n"']);
const sorter = spawn('sort', [], { stdio: [producer.stdout, 'pipe', 'inherit'] });
let sorted = '';
sorter.stdout.on('data', (d) => { sorted += d; });
sorter.on('close', (code) => {
  console.log('sort', code, JSON.stringify(sorted));
  const cat = spawn('cat', [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const one = spawn('echo', ['one'], { stdio: ['ignore', cat.stdin, 'inherit'] });
  one.on('close', () => {
    const two = spawn('echo', ['two'], { stdio: ['ignore', cat.stdin, 'inherit'] });
    two.on('close', () => cat.stdin.end());
  });
  let out = '';
  cat.stdout.on('data', (d) => { out += d; });
  cat.on('close', (code) => console.log('cat', code, JSON.stringify(out)));
});
