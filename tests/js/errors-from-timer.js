// differential: an error thrown in a timer callback after other output
console.log('start');
setTimeout(function onTimeout() {
  console.log('in timer');
  throw new TypeError('from timer');
}, 5);
