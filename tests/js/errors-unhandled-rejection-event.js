// differential: 'unhandledRejection' listeners take the rejection; 'rejectionHandled' when handled later
const seen = [];
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason, promise instanceof Promise);
  seen.push(promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === seen[0]));
const p = Promise.reject(7);
setTimeout(() => {
  p.catch(() => console.log('handled late'));
}, 10);
Promise.reject(new Error('second')).catch(() => console.log('handled at once'));
