// chalk 5 (ESM only): colours forced on, so the escape codes are deterministic.
// Pending: chalk imports node:process, node:os and node:tty, which nodus lacks yet;
// rename to case-chalk.mjs when they exist.
import chalk, { Chalk } from 'chalk';

const c = new Chalk({ level: 1 });
console.log(JSON.stringify(c.red('red')), JSON.stringify(c.bold.blue('bold blue')));
console.log(JSON.stringify(c.bgGreen.black(`nested ${c.underline('underline')} text`)));
console.log(typeof chalk.level, JSON.stringify(new Chalk({ level: 0 }).red('plain')));
