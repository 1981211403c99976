'use strict';
const v = require('validator');
console.log(v.isEmail('foo@bar.com'), v.isEmail('foo@bar'), v.isURL('https://nodus.dev/x?y=1'));
console.log(v.isIP('192.168.0.1'), v.isIP('::1', 6), v.isUUID('3e4666bf-d5e5-4aa7-b8ce-cefe41c7568a', 4));
console.log(v.escape('<a href="x">&</a>'), v.normalizeEmail('Foo.Bar+tag@GMAIL.com'));
console.log(v.isCreditCard('4111111111111111'), v.isISO8601('2024-02-29T12:00:00Z'), v.toInt('42abc'), v.isJSON('{"a":1}'));
console.log(v.isStrongPassword('Abc123!xyz'), v.isMobilePhone('+14155552671', 'en-US'), v.trim('  x  '));
