// differential
'use strict';
// With inspect.defaultOptions.colors on, the values in an assertion diff are coloured
// and the caret under the first difference counts only visible characters.
const assert = require('assert');
const { inspect } = require('util');
inspect.defaultOptions.colors = true;
const show = (fn) => { try { fn(); } catch (e) { console.log(JSON.stringify(e.message)); } };
show(() => assert.strictEqual(111554n, 11111115));
show(() => assert.strictEqual('abcdefghij', 'abcdefxhij'));
show(() => assert.strictEqual(1, 2));
inspect.defaultOptions.colors = false;
show(() => assert.strictEqual(111554n, 11111115));
