// differential: arrays and functions are objects: inspected, no hint
setTimeout(() => {
  throw [1, 'two', [3]];
}, 1);
