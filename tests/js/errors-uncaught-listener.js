// differential: 'uncaughtException' listeners get the error and the origin; the process goes on
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer still runs'), 1);
Promise.reject(new Error('rejected'));
throw new Error('thrown');
