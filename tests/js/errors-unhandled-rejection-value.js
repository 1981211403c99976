// differential: a non-Error reason is wrapped in UnhandledPromiseRejection naming it
Promise.reject({ a: { b: 1 } });
