// differential: an exception thrown in queueMicrotask is an uncaught exception (exit 1)
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => {
  null.x;
});
