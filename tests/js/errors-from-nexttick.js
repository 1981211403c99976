// differential: an error thrown from a nextTick callback; later ticks never run
process.nextTick(() => {
  null.property; // eslint-disable-line no-unused-expressions
});
process.nextTick(() => console.log('second tick should not run'));
