// differential: cursorTo/moveCursor/clearLine/clearScreenDown escape sequences, callbacks, argument errors, and readline/promises Readline commit/rollback
'use strict';
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const chunks = [];
const out = new Writable({
  write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); },
});
const show = (label) => { console.log(label, JSON.stringify(chunks.splice(0))); };

(async () => {
  console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 3, 5));
  readline.moveCursor(out, -2, 0);
  readline.moveCursor(out, 4, -1);
  readline.moveCursor(out, 0, 7);
  readline.moveCursor(out, 0, 0);
  readline.clearLine(out, -1);
  readline.clearLine(out, 1);
  readline.clearLine(out, 0);
  readline.clearScreenDown(out);
  show('writes');
  await new Promise((r) => readline.cursorTo(out, 1, r));
  await new Promise((r) => readline.cursorTo(out, 1, 2, r));
  await new Promise((r) => readline.moveCursor(out, 0, 0, (err) => { console.log('noop cb', err); r(); }));
  await new Promise((r) => readline.clearLine(null, 0, (err) => { console.log('null stream cb', err); r(); }));
  await new Promise((r) => readline.clearScreenDown(undefined, (err) => { console.log('undefined stream cb', err); r(); }));
  console.log(readline.cursorTo(null, 1), readline.cursorTo(out, undefined), readline.moveCursor(undefined, 1, 1));
  show('callbacks');
  for (const f of [
    () => readline.cursorTo(out, undefined, 1),
    () => readline.cursorTo(out, NaN),
    () => readline.cursorTo(out, 1, NaN),
    () => readline.cursorTo(out, 1, 1, 'nope'),
    () => readline.moveCursor(out, 1, 1, 1),
    () => readline.clearLine(out, 0, {}),
    () => readline.clearScreenDown(out, null),
    () => new Readline({}),
    () => new Readline(out).cursorTo('1'),
    () => new Readline(out).clearLine(2),
    () => new Readline(out).moveCursor(1.5, 0),
  ]) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const rl = new Readline(out);
  rl.cursorTo(0).moveCursor(2, 3).clearLine(0).clearScreenDown();
  show('before commit');
  await rl.commit();
  show('commit');
  rl.cursorTo(5, 6).rollback();
  await rl.commit();
  show('rollback');
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(9);
  show('auto sync');
  await new Promise((r) => setImmediate(r));
  show('auto later');
})();
