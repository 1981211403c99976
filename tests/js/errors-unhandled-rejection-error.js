// differential: an unhandled rejection with an Error prints it like an uncaught exception
process.on('exit', (code) => console.log('exit', code));
async function load() {
  await null;
  throw new Error('async failure');
}
load();
