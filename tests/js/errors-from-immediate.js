// differential: an error thrown from setImmediate
setImmediate(() => { undefinedFunction(); });
