// differential: an error thrown from 'beforeExit' is reported; 'exit' still runs and sets the code
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 0;
});
process.on('beforeExit', () => {
  throw new Error('from beforeExit');
});
