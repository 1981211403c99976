// differential: an 'exit' listener that calls process.exit() during a fatal exception ends
// the process with its code, and the error is never printed
process.on('exit', () => {
  console.error('leaving with 3');
  process.exit(3);
});
Promise.reject(new Error('never printed'));
