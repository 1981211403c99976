// differential: what keeps a forked child and its parent alive: a child with no
// 'message' listener exits at once; one with a listener stays until the parent
// disconnects; channel.unref() lets it go; the parent's channel keeps the parent alive
// until the child disconnects. Sequential cases; only the parent prints.
'use strict';
const { fork } = require('child_process');

const mode = process.argv[3];
if (process.argv[2] === 'child') {
  // Unref'd timers: they report that the child is still running, but do not keep it so.
  const aliveAt = (ms) => setTimeout(() => process.connected && process.send(`alive at ${ms}`), ms).unref();
  if (mode === 'none') {
    aliveAt(100);
  } else if (mode === 'listen') {
    process.on('message', (m) => process.send(`echo ${m}`));
    process.send('ready');
  } else if (mode === 'unref-channel') {
    process.on('message', () => {});
    process.channel.unref();
    aliveAt(100);
  } else if (mode === 'listener-removed') {
    const f = () => {};
    process.on('message', f);
    aliveAt(20);
    setTimeout(() => process.removeListener('message', f), 60).unref();
    aliveAt(300);
  } else if (mode === 'child-disconnects') {
    process.on('message', () => {});
    aliveAt(20);
    setTimeout(() => process.disconnect(), 60).unref();
  }
} else {
  const cases = ['none', 'listen', 'unref-channel', 'listener-removed', 'child-disconnects'];
  const run = (i) => {
    if (i === cases.length) return;
    const c = fork(__filename, ['child', cases[i]]);
    const events = [];
    c.on('message', (m) => {
      events.push(`message ${m}`);
      if (m === 'ready') c.send('ping');
      else if (m.startsWith('echo')) c.disconnect();
    });
    c.on('disconnect', () => events.push('disconnect'));
    c.on('exit', (code) => events.push(`exit ${code}`));
    // After the parent's own disconnect() node emits no 'close'; the next case then
    // starts from 'exit'.
    const next = () => {
      console.log(cases[i], events.join(', '));
      run(i + 1);
    };
    if (cases[i] === 'listen') c.on('exit', () => setImmediate(next));
    else c.on('close', next);
  };
  run(0);
}
