// differential: on an uncaught error the report comes first, then 'exit' listeners with code 1
process.exitCode = 4;
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  throw new Error('ignored: thrown from an exit listener during a fatal exit');
});
process.on('beforeExit', () => console.log('beforeExit never runs'));
throw new Error('boom');
