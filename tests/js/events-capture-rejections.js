// differential
'use strict';
// captureRejections sends a rejected async listener's error to 'error', or to the
// emitter's Symbol.for('nodejs.rejection') method when it has one.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('go', async (x) => { throw new Error(`failed ${x}`); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('go', 1);

const r = new EventEmitter({ captureRejections: true });
r[EventEmitter.captureRejectionSymbol] = (err, name, ...args) => console.log('rejection hook', err.message, name, args);
r.on('go', async () => { throw new Error('hooked'); });
r.emit('go', 'a', 'b');

const plain = new EventEmitter();
plain.on('go', async () => 'ignored');
console.log(plain.emit('go'), EventEmitter.captureRejectionSymbol.toString());
