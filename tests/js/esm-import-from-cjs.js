// differential
'use strict';
// CommonJS calling import(): ES modules, CommonJS, JSON, builtins, errors; one module map.
(async () => {
  const typemod = await import('../fixtures/esm/typemod/main.js');
  console.log(Object.keys(typemod));
  const mod = await import('../fixtures/esm/typemod/mod.js');
  console.log(mod.default, mod.meta);
  const again = await import('../fixtures/esm/typemod/mod.js');
  console.log('same namespace:', again === mod);
  const cjs = await import('../fixtures/esm/interop/fn.cjs');
  console.log(cjs.default(), cjs.extra);
  const events = await import('node:events');
  console.log(typeof events.default, typeof events.EventEmitter);
  const json = await import('../fixtures/esm/interop/data.json', { assert: { type: 'json' } });
  console.log(json.default);
  for (const [spec, opts] of [['../fixtures/esm/interop/data.json', undefined],
    ['../fixtures/esm/typemod/mod.js', { assert: { type: 'json' } }],
    ['../fixtures/esm/typemod/mod.js', { assert: { type: 'css' } }],
    ['../fixtures/esm/typemod', undefined],
    ['../fixtures/esm/typemod/nope', undefined],
    ['node:nope', undefined],
    ['http://example.com/x.mjs', undefined],
    ['../fixtures/esm/errors/bad-syntax.mjs', undefined]]) {
    try {
      await import(spec, opts);
      console.log(spec, 'loaded?!');
    } catch (e) {
      console.log(spec, '->', e.name, e.code, e.message.replaceAll(__dirname, '<dir>').replace(/^file:.*\/tests\//, ''));
    }
  }
})();
