// differential
'use strict';
// An emitter in a domain that emits 'error' with no payload, or a falsy one, hands the
// domain an Error (ERR_UNHANDLED_ERROR); other payloads reach it unchanged.
const EventEmitter = require('events');
const domain = require('domain');
for (const args of [[], [false], [null], [undefined], [0], [42], ['text'], [true]]) {
  const e = new EventEmitter();
  const d = domain.create();
  d.add(e);
  d.on('error', (er) => {
    if (er instanceof Error) console.log(JSON.stringify(args), 'Error', er.code, er.message);
    else console.log(JSON.stringify(args), 'value', typeof er, er);
  });
  e.emit('error', ...args);
}
