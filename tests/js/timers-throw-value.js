// differential: a non-error thrown from a timer is reported with node's hint
setTimeout(() => {
  throw 42;
}, 1);
