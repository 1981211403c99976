// chalk 5 (ESM only): styles with a fixed level, and the level chalk detects itself
// (supports-color: FORCE_COLOR, NO_COLOR, TERM, whether stdout is a terminal) in child
// processes whose stdout is a pipe.
import chalk, { Chalk } from 'chalk';
import { execFileSync } from 'node:child_process';

const c = new Chalk({ level: 1 });
console.log(JSON.stringify(c.red('red')), JSON.stringify(c.bold.blue('bold blue')));
console.log(JSON.stringify(c.bgGreen.black(`nested ${c.underline('underline')} text`)));
console.log(typeof chalk.level, JSON.stringify(new Chalk({ level: 0 }).red('plain')));
console.log(JSON.stringify(new Chalk({ level: 3 }).hex('#ff8800').bgRgb(1, 2, 3)('truecolor')));
console.log(JSON.stringify(new Chalk({ level: 2 }).hex('#ff8800')('256 colours')));

const probe = `import chalk, { supportsColor, supportsColorStderr } from 'chalk';
console.log(chalk.level, JSON.stringify(supportsColor), JSON.stringify(supportsColorStderr),
  JSON.stringify(chalk.green('ok')));`;
const base = { ...process.env };
for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'COLORTERM', 'CI', 'TERM']) {
  delete base[name];
}
for (const extra of [{}, { FORCE_COLOR: '0' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' }, { FORCE_COLOR: '' }, { TERM: 'xterm-256color' }, { NO_COLOR: '1' }]) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    env: { ...base, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  console.log(JSON.stringify(extra), out.trim());
}
