// differential: after an uncaught error, an 'exit' listener may change the exit code
process.on('exit', (code) => {
  console.log('exit listener sees', code, process.exitCode);
  process.exitCode = 9;
});
throw new Error('fatal');
