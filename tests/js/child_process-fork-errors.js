// differential: fork()/send()/disconnect() argument errors and a closed channel: node's
// codes and messages, thrown or as 'error' events and callbacks, in node's order
'use strict';
const { fork, spawn, spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  // No 'message' listener: the channel does not keep the child alive.
} else {
  const show = (label, f) => {
    try {
      f();
      console.log(label, 'no throw');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  };
  console.log('not forked:', typeof process.send, process.connected, process.channel);
  show('modulePath number', () => fork(42));
  show('modulePath null', () => fork(null));
  show('args string', () => fork(__filename, 'notarray'));
  show('options string', () => fork(__filename, [], 'str'));
  show('stdio without ipc', () => fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }));
  show('two ipc', () => spawn(process.execPath, { stdio: ['ipc', 'ipc', 'pipe'] }));
  show('ipc in spawnSync', () => spawnSync(process.execPath, { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
  show('bad serialization', () => fork(__filename, [], { serialization: 'bogus' }));
  const child = fork(__filename, ['child']);
  show('send undefined', () => child.send(undefined));
  show('send function', () => child.send(() => 1));
  show('send named function', () => child.send(function named() {}));
  show('send symbol', () => child.send(Symbol('s')));
  show('send bigint', () => child.send(1n));
  show('bad handle', () => child.send({}, 'notahandle'));
  show('bad options', () => child.send({}, null, 'notobj'));
  child.on('exit', (code) => {
    console.log('exit', code, 'connected', child.connected);
    console.log('send after exit returns', child.send({ a: 1 }, (e) => console.log('callback', e.code, e.message)));
    child.on('error', (e) => console.log('error event', e.code, e.message));
    console.log('send without callback returns', child.send({ a: 1 }));
    child.disconnect();
    console.log('after disconnect()');
  });
}
