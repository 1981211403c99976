// differential: a thrown number prints the arrow, the value and the --trace-uncaught hint
process.on('exit', (code) => console.log('exit', code));
console.log('before');
throw 42;
