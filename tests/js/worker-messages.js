// differential
'use strict';
// worker_threads: a Worker on its own thread (eval source and file), workerData,
// messages both ways (structured clone, SharedArrayBuffer shared), 'online', exit codes
// from process.exit and from an uncaught error ('error' then 'exit' 1), terminate().
const { Worker, isMainThread, threadId, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  // Run as a file by the last case below.
  parentPort.postMessage({ fromFile: workerData, threadId: threadId > 0 });
  return;
}

console.log('main', isMainThread, threadId, parentPort, workerData);

function run(name, source, options, onMessage) {
  return new Promise((resolve) => {
    const w = new Worker(source, options);
    const events = [];
    // 'online' is not ordered with the first messages (in node either): only whether it came.
    let online = false;
    w.on('online', () => { online = true; });
    w.on('message', (m) => {
      events.push(`message ${require('util').inspect(m, { breakLength: Infinity })}`);
      if (onMessage) onMessage(w, m);
    });
    w.on('error', (e) => events.push(`error ${e && e.name}: ${e && e.message}`));
    w.on('exit', (code) => {
      console.log(name, `online=${online} |`, events.join(' | '), '| exit', code);
      resolve();
    });
  });
}

(async () => {
  await run('echo', `
    const { parentPort, workerData } = require('worker_threads');
    parentPort.postMessage({ data: workerData, date: new Date(0) instanceof Date });
    parentPort.on('message', (m) => {
      if (m === 'done') process.exit(5);
      parentPort.postMessage([m, typeof m]);
    });
  `, { eval: true, workerData: { list: [1, 'two', { three: 3n }], map: new Map([[1, 2]]) } },
  (w, m) => {
    if (m.data) { w.postMessage(42); w.postMessage('x'); w.postMessage('done'); }
  });

  await run('natural end', `
    require('worker_threads').parentPort.postMessage('bye');
    setTimeout(() => {}, 5);
  `, { eval: true });

  await run('throws', `
    throw new TypeError('bad in worker');
  `, { eval: true });

  const shared = new Int32Array(new SharedArrayBuffer(8));
  await run('shared', `
    const { workerData } = require('worker_threads');
    Atomics.add(workerData, 0, 7);
  `, { eval: true, workerData: shared });
  console.log('shared after', shared[0]);

  await new Promise((resolve) => {
    const w = new Worker('setInterval(() => {}, 1000); while (true) {}', { eval: true });
    w.on('online', () => {
      w.terminate().then((code) => {
        console.log('terminate resolved', code);
        resolve();
      });
    });
    w.on('exit', (code) => console.log('terminated exit', code));
  });

  await run('file', __filename, { workerData: 'wd' });

  for (const bad of [() => new Worker('relative.js'), () => new Worker(1)]) {
    try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
