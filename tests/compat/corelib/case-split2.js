'use strict';
const split2 = require('split2');
const { Readable } = require('stream');
const lines = [];
Readable.from(['line one\nline ', 'two\n{"a":1}\n', 'last']).pipe(split2())
  .on('data', (l) => lines.push(l))
  .on('end', () => {
    console.log(lines);
    const objs = [];
    Readable.from(['{"x":1}\n{"y":', '2}\n']).pipe(split2(JSON.parse))
      .on('data', (o) => objs.push(o))
      .on('end', () => console.log('json', objs));
  });
