// differential: event loop phases from the main script
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
console.log('sync');
// setTimeout 0 against setImmediate from the main script is a race in node too; waiting
// until the timer is due makes the order fixed: timers phase first, then check.
const start = Date.now();
while (Date.now() - start < 3);
