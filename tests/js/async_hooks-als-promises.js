// differential: AsyncLocalStorage stores survive await, then(), nested run() and exit()
'use strict';
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = [];

async function step(name) {
  log.push(`${name}:start:${JSON.stringify(als.getStore())}`);
  await null;
  log.push(`${name}:after-await:${JSON.stringify(als.getStore())}`);
  await new Promise((resolve) => resolve());
  log.push(`${name}:after-promise:${JSON.stringify(als.getStore())}/${other.getStore()}`);
}

const a = als.run({ req: 'a' }, () => step('a'));
const b = als.run({ req: 'b' }, () => other.run('inner', () => step('b')));
const c = als.run({ req: 'c' }, () => als.exit(() => step('c')));
console.log('outside:', als.getStore());
Promise.all([a, b, c]).then(() => {
  for (const line of log.sort()) console.log(line);
  console.log('after all:', als.getStore());
  als.enterWith({ entered: true });
  console.log('entered:', als.getStore());
  return Promise.resolve().then(() => console.log('then sees:', als.getStore()));
});
