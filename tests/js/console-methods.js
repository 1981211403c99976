// differential
'use strict';
console.log('log', 1, { a: 1 });
console.info('info');
console.debug('debug %s', 'fmt');
console.warn('warn to stderr');
console.error('error', new Map([[1, 2]]));
console.dirxml('dirxml', [1]);
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom ignored by dir'; }, x: 1 });
console.dir('string', { colors: false });
console.group('Group A');
console.log('inside A\nsecond line');
console.group();
console.info('nested');
console.error('nested stderr');
console.groupEnd();
console.groupCollapsed('collapsed');
console.log('in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to zero');
console.count();
console.count();
console.count('label');
console.count('default');
console.countReset();
console.count();
console.countReset('missing');
console.assert(true, 'not printed');
console.assert(false);
console.assert(false, 'failed %s', 'fmt', 42);
console.assert(false, { obj: 1 });
console.time('t');
console.time('t');
console.timeEnd('missing');
console.timeLog('missing too');
const { log } = console;
log('destructured log works');
const { Console } = console;
const lines = [];
const EventEmitter = require('events');
const sink = Object.assign(new EventEmitter(), { write(s) { lines.push(s); } });
const c = new Console(sink);
c.log('to sink %d', 1);
c.error('err to sink');
c.group('g');
c.warn('indented');
const c4 = new Console({ stdout: sink, stderr: sink, groupIndentation: 4 });
c4.group();
c4.log('four spaces');
console.log(lines);
console.log(console instanceof Console, c instanceof Console, typeof Console.prototype.log);
try {
  new Console();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Console({ stdout: sink, groupIndentation: -1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Object.keys(console).join(' '));
console.trace('trace %s', 'message', { x: 1 });
