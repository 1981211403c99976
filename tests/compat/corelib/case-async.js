'use strict';
const async = require('async');
async.series([
  (cb) => setTimeout(() => cb(null, 'one'), 10),
  (cb) => setImmediate(() => cb(null, 'two')),
], (err, results) => {
  console.log('series', err, results);
  async.mapLimit([1, 2, 3, 4], 2, (n, cb) => setTimeout(() => cb(null, n * n), 5 * (5 - n)), (e, r) => {
    console.log('mapLimit', e, r);
    async.waterfall([
      (cb) => cb(null, 1),
      (x, cb) => cb(null, x + 1),
      (x, cb) => cb(new Error(`stop at ${x}`)),
    ], (e2) => {
      console.log('waterfall', e2.message);
      const q = async.queue((task, cb) => { console.log('queue', task); setImmediate(cb); }, 1);
      q.push(['a', 'b', 'c']);
      q.drain(() => console.log('drained'));
    });
  });
});
