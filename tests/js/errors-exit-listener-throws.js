// differential: an exit listener that throws on a normal exit is reported, exit 1
process.on('exit', (code) => {
  console.log('exit', code);
  throw new Error('in exit');
});
