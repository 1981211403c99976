// differential
'use strict';
// --zero-fill-buffers (on the command line or in NODE_OPTIONS) makes allocUnsafe,
// allocUnsafeSlow, Buffer(n) and SlowBuffer hand out zeroed memory.
const { execFileSync } = require('child_process');
const code = `
  const { SlowBuffer } = require('buffer');
  let dirty = 0;
  for (let i = 0; i < 50; i++) {
    Buffer.allocUnsafe(100).fill(7);
    for (const b of [Buffer.allocUnsafe(20), Buffer.allocUnsafe(5000), Buffer.allocUnsafeSlow(300),
                     SlowBuffer(70), Buffer.allocUnsafe(100)]) if (b.some((x) => x !== 0)) dirty++;
  }
  console.log(dirty === 0, process.execArgv.join(' '));
`;
console.log(execFileSync(process.execPath, ['--zero-fill-buffers', '-e', code], { encoding: 'utf8' }).trim());
console.log(execFileSync(process.execPath, ['-e', code], {
  encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--zero-fill-buffers' },
}).trim());
