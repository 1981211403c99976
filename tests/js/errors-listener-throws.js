// differential: an 'uncaughtException' listener that throws: that error is reported, exit 7, no 'exit' event
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', () => {
  throw new Error('from the listener');
});
throw new Error('first');
