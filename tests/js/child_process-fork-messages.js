// differential: fork() and the IPC channel: every JSON message type both ways, internal
// NODE_ messages, send callbacks, the child's argv/env, and the parent's event order
// when the child disconnects and exits. Only the parent prints, so the order is fixed.
'use strict';
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const got = [];
  process.on('internalMessage', (m) => got.push(['internal', m]));
  process.on('message', (m) => {
    got.push([typeof m, m]);
    if (m === 'report') {
      process.send({
        argv: process.argv.slice(3), foo: process.env.FOO, channelFd: process.env.NODE_CHANNEL_FD,
        mode: process.env.NODE_CHANNEL_SERIALIZATION_MODE, connected: process.connected,
        hasChannel: typeof process.channel.ref, got,
      }, (err) => {
        process.send({ callbackErr: err });
        process.disconnect();
        process.send('after disconnect', (e) => console.error('child send after disconnect:', e.code));
      });
    }
  });
  process.on('disconnect', () => console.error('child disconnect', process.connected));
} else {
  const child = fork(__filename, ['child', 'a b', '--x'], { env: { ...process.env, FOO: 'bar' } });
  const events = [];
  console.log('connected', child.connected, 'stdio', child.stdio, 'std', child.stdin, child.stdout);
  child.on('spawn', () => events.push('spawn'));
  child.on('message', (m) => console.log('parent got', JSON.stringify(m)));
  child.on('disconnect', () => events.push(`disconnect connected=${child.connected} channel=${child.channel}`));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.on('close', (code, signal) => {
    events.push(`close ${code} ${signal}`);
    console.log(events.join('\n'));
  });
  for (const m of [{ a: 1, nested: { arr: [1, 'two', null, true] } }, 'text', 0, -1.5, null, false,
    { nan: NaN, inf: Infinity, date: new Date(0), undef: undefined }, [], { cmd: 'NODE_X', v: 1 },
    { cmd: 'notinternal' }, 'ünïcödé ✓ 日本', 'line\nbreak']) {
    console.log('send returns', child.send(m));
  }
  child.send('report', (err) => console.log('send callback', err));
}
