'use strict';
const moment = require('moment');
const t = moment.utc('2024-02-29T13:45:12.345Z');
console.log(t.format('YYYY-MM-DD HH:mm:ss.SSS dddd Do MMMM'));
console.log(t.clone().add(1, 'year').format(), t.clone().subtract(3, 'months').toISOString());
console.log(t.diff(moment.utc('2023-01-01'), 'days'), t.isLeapYear(), t.week(), t.dayOfYear());
console.log(moment.duration(90061, 'seconds').humanize(), moment.utc(0).from(moment.utc(3600 * 1000)));
console.log(moment('2024-13-01', 'YYYY-MM-DD', true).isValid(), moment.utc([2020, 0, 31]).add(1, 'month').format('L'));
