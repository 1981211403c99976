// differential
'use strict';
// util.inspect of an AssertionError shortens long string actual/expected values: more
// than 10 lines keep the first 10 and a '...' line; over 512 characters, what follows
// the first 512 and '...'.
const assert = require('assert');
const { inspect } = require('util');
const tail = (e) => inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).slice(-16).join('\n');
try { assert.strictEqual('A'.repeat(1000), ''); } catch (e) { console.log(tail(e)); }
try { assert.strictEqual('fhqwhgads\n'.repeat(15), ''); } catch (e) { console.log(tail(e)); }
try { assert.strictEqual('short', 'B'.repeat(600)); } catch (e) { console.log(e.actual.length, e.expected.length, tail(e)); }
