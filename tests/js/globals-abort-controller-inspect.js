// differential
'use strict';
// util.inspect of AbortController and AbortSignal at and past the inspection depth, and in
// the leak warning (which inspects its target at depth -1).
const util = require('util');
const { setMaxListeners } = require('events');

const ac = new AbortController();
for (const depth of [0, 1, 2, null]) {
  console.log(depth, util.inspect(ac, { depth }));
  console.log(depth, util.inspect({ ac }, { depth }));
  console.log(depth, util.inspect({ signal: ac.signal }, { depth }));
  console.log(depth, util.inspect([[ac.signal]], { depth }));
}
ac.abort();
console.log(util.inspect(ac.signal, { depth: 0 }));
console.log(util.inspect({ s: ac.signal }, { depth: 0 }));

process.on('warning', (w) => console.log(w.name, w.message));
const signal = new AbortController().signal;
setMaxListeners(1, signal);
signal.addEventListener('abort', () => {});
signal.addEventListener('abort', () => {});
