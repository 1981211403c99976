// differential: how console.log shows the web globals' objects
'use strict';
console.log(new AbortController());
console.log(AbortSignal.abort('x'));
console.log(new EventTarget());
console.log(new TextEncoder());
console.log(new TextDecoder('utf-16le', { fatal: true }));
console.log(performance.mark('m', { startTime: 1, detail: { a: [1, 2] } }));
console.log([new AbortController()]);
console.log({ signal: new AbortController().signal });
