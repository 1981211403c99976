// differential: question() with callback, promisified, readline/promises, AbortSignal cancel, prompt bookkeeping, use after close
'use strict';
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');

function make(mod, options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = mod.createInterface({ input, output, ...options });
  return { rl, input, output: () => written };
}

(async () => {
  {
    const { rl, input, output } = make(readline, { prompt: '$ ' });
    rl.on('line', (l) => console.log('line event', l));
    rl.question('name? ', (answer) => {
      console.log('answer', answer, JSON.stringify(rl.getPrompt()));
    });
    console.log('prompt while asking', JSON.stringify(rl.getPrompt()));
    input.write('bob\nnext\n');
    await new Promise((r) => setImmediate(r));
    console.log('written', JSON.stringify(output()));
    rl.close();
  }
  {
    const { rl, input } = make(readline);
    const question = util.promisify(rl.question).bind(rl);
    setImmediate(() => input.write('42\n'));
    console.log('promisified', await question('n? '));
    const ac = new AbortController();
    const p = question('never? ', { signal: ac.signal });
    ac.abort('why');
    try { await p; } catch (e) { console.log('abort', e.name, e.code, e.message, e.cause); }
    rl.close();
  }
  {
    const { rl, input, output } = make(readlinePromises);
    setImmediate(() => input.write('yes\n'));
    console.log('promises', await rl.question('ok? '));
    const ac = new AbortController();
    const p = rl.question('cancel? ', { signal: ac.signal });
    ac.abort();
    try { await p; } catch (e) { console.log('abort', e.name, e.code, e.message, e.cause && e.cause.name); }
    const pre = AbortSignal.abort();
    try { await rl.question('pre? ', { signal: pre }); } catch (e) { console.log('pre-aborted', e.name); }
    console.log('written', JSON.stringify(output()));
    rl.close();
    try { await rl.question('closed? '); } catch (e) { console.log('after close', e.code, e.message); }
    try { rl.write('x'); } catch (e) { console.log('write after close', e.code, e.message); }
    rl.close();
    console.log('second close ok');
  }
  {
    // A callback question with a signal aborted before the answer: no callback.
    const { rl, input } = make(readline);
    const ac = new AbortController();
    rl.question('q? ', { signal: ac.signal }, () => console.log('should not run'));
    ac.abort();
    rl.on('line', (l) => console.log('line instead', l));
    input.write('later\n');
    await new Promise((r) => setImmediate(r));
    rl.close();
  }
  {
    // Interface signal closes it.
    const ac = new AbortController();
    const { rl } = make(readline, { signal: ac.signal });
    rl.on('close', () => console.log('closed by signal'));
    ac.abort();
  }
})();
