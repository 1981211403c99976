'use strict';
const Promise = require('bluebird');
const order = [];
Promise.map([4, 1, 2], (x) => Promise.delay(x * 10).then(() => { order.push(x); return x * 2; }), { concurrency: 2 })
  .then((r) => console.log('map', r, 'completion order', order))
  .then(() => Promise.props({ a: Promise.resolve(1), b: Promise.delay(5).return(2) }))
  .then((p) => console.log('props', p))
  .then(() => Promise.reject(new TypeError('bad')))
  .catch(TypeError, (e) => console.log('caught typed', e.message))
  .then(() => Promise.any([Promise.reject(new Error('x')), Promise.delay(5, 'y')]))
  .then((v) => console.log('any', v))
  .then(() => Promise.promisify((a, b, cb) => setImmediate(cb, null, a + b))(2, 3))
  .then((v) => console.log('promisify', v))
  .finally(() => console.log('finally'));
