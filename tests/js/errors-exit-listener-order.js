// differential: on an uncaught error the exit listeners run (with code 1) before the report
process.exitCode = 4;
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  throw new Error('ignored: thrown from an exit listener during a fatal exit');
});
process.on('beforeExit', () => console.log('beforeExit never runs'));
throw new Error('boom');
