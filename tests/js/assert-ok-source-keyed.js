// differential
'use strict';
// assert.ok's generated message quotes the failing call even when the callee is reached
// by a keyed member (['ok']) or through call/apply.
const assert = require('assert');
const show = (fn) => { try { fn(); } catch (e) { console.log(JSON.stringify(e.message)); } };
// eslint-disable-next-line dot-notation
show(() => assert['ok']["apply"](null, [0]));
show(() => assert['ok'](0));
show(() => assert.ok.call(null, 0));
show(() => assert.ok.apply(null, [0]));
const a = { b: { check: assert } };
show(() => a['b'].check(null));
