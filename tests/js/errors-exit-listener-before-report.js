// differential: node runs 'exit' listeners before it prints an uncaught error, so what a
// listener writes to stderr comes ahead of the report on the same stream
process.on('exit', (code) => console.error('exit listener', code, process.exitCode));
setTimeout(() => {
  throw new Error('late boom');
}, 1);
