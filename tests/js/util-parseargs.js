// differential
'use strict';
const { parseArgs, inspect } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f', multiple: true },
  level: { type: 'string', default: 'info' },
  color: { type: 'boolean' },
};
const show = (x) => console.log(inspect(x, { depth: 4 }));
show(parseArgs({ args: ['-v', '--file', 'a.txt', '-fb.txt', '--level=debug', 'pos1', '--', '-v'], options, allowPositionals: true }));
show(parseArgs({ args: ['-vf', 'x'], options, tokens: true }));
show(parseArgs({ args: ['--no-color', '--color'], options, allowNegative: true }));
show(parseArgs({ args: ['--no-color'], options, allowNegative: true }));
show(parseArgs({ args: ['--unknown', '-z', '--k=v', 'p'], strict: false }));
show(parseArgs({ args: [], options }));
show(parseArgs({ args: ['--__proto__', 'x', '--constructor'], strict: false }));
for (const args of [['--nope'], ['-q'], ['--file'], ['--verbose=yes'], ['positional'], ['--level', '-v'], ['-f', '--x']]) {
  try {
    parseArgs({ args, options });
    console.log('no error for', args);
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
try {
  parseArgs({ args: ['--nope'], options, allowPositionals: true });
} catch (e) {
  console.log(e.message);
}
const badConfigs = [
  { args: 'str' }, { strict: 1 }, { options: { x: { type: 'number' } } }, { options: { x: { type: 'string', short: 'xy' } } },
  { options: { x: { type: 'string', default: 1 } } }, { options: { x: { type: 'boolean', multiple: true, default: [1] } } },
  { options: { x: 'str' } }, { tokens: 'yes' },
];
for (const cfg of badConfigs) {
  try {
    parseArgs(cfg);
    console.log('no error');
  } catch (e) {
    console.log(e.code, e.message);
  }
}
