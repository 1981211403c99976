// differential
'use strict';
// A worker's stdout/stderr reach the parent as worker.stdout/worker.stderr (and, unless
// the Worker was made with stdout/stderr: true, the parent's own stdout/stderr);
// worker.stdin (stdin: true) feeds the worker's process.stdin; process.execArgv in the
// worker is the execArgv option or the parent's.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  const mode = workerData;
  if (mode === 'write') {
    process.stdout.write('one ');
    console.log('two', { three: 3 });
    process.stdout.write(Buffer.from('bytes\n'));
    process.stdout.write('6869', 'hex');
    console.error('to stderr');
    parentPort.postMessage(JSON.stringify(process.execArgv));
  } else if (mode === 'echo') {
    let got = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { got += d; });
    process.stdin.on('end', () => parentPort.postMessage(`stdin: ${got.toUpperCase()}`));
  } else if (mode === 'no-stdin') {
    process.stdin.on('data', () => parentPort.postMessage('unexpected data'));
    process.stdin.on('end', () => parentPort.postMessage('stdin ended at once'));
    process.stdin.resume();
  } else if (mode === 'inherit') {
    console.log('worker line on the parent stdout');
  }
  return;
}

function collect(stream) {
  const parts = [];
  stream.on('data', (d) => parts.push(d));
  return new Promise((resolve) => stream.on('end', () => resolve(Buffer.concat(parts).toString())));
}

function run(mode, options) {
  const w = new Worker(__filename, { workerData: mode, ...options });
  const messages = [];
  w.on('message', (m) => messages.push(m));
  const exited = new Promise((resolve) => w.on('exit', resolve));
  return { w, messages, exited };
}

(async () => {
  {
    const { w, messages, exited } = run('write', { stdout: true, stderr: true, execArgv: ['--no-deprecation'] });
    console.log('stdin is', w.stdin, 'stdout readable', typeof w.stdout.read === 'function');
    const [out, err, code] = await Promise.all([collect(w.stdout), collect(w.stderr), exited]);
    console.log('write:', JSON.stringify(out), JSON.stringify(err), code, messages);
  }
  {
    const { w, messages, exited } = run('echo', { stdin: true });
    w.stdin.write('hello ');
    w.stdin.end('worker');
    console.log('echo:', await exited, messages);
  }
  {
    const { messages, exited } = run('no-stdin', {});
    console.log('no-stdin:', await exited, messages);
  }
  {
    const { exited } = run('inherit', {});
    console.log('inherit exit', await exited);
  }
  for (const execArgv of ['--x', {}]) {
    try {
      new Worker(__filename, { execArgv });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
})();
