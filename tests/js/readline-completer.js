// differential: tab completion in terminal mode — a single match completes, a common prefix extends, the second tab lists candidates in columns (groups split by ''), callback and promise completers, completer errors
'use strict';
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const tick = () => new Promise((r) => setImmediate(r));
const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];

async function session(mod, completer, keys, columns = 40) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = columns;
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = mod.createInterface({ input, output, terminal: true, completer, prompt: '$ ' });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  for (const k of keys) {
    input.write(k);
    await tick();
    await tick();
  }
  console.log(JSON.stringify(rl.line), rl.cursor, JSON.stringify(written));
  rl.close();
}

const sync = (line) => {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
};

(async () => {
  await session(readline, sync, ['ch', '\t', '\r']);
  await session(readline, sync, ['ap', '\t', '\t']);
  await session(readline, sync, ['b', '\t', '\t', 'l', '\t']);
  await session(readline, (line, cb) => setImmediate(cb, null, [['one', 'two', '', 'three'], line]), ['', '\t', '\t'], 12);
  await session(readlinePromises, async (line) => [['async-done'], line], ['as', '\t']);
  await session(readline, (line, cb) => cb(null, [[], line]), ['x', '\t', '\t']);
  await session(readline, sync, ['\t', '\t'], undefined);
  await session(readline, (line) => [['Upper'], line], ['upper', '\t']);
})();
