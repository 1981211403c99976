// differential
'use strict';
// fs/promises functions on paths: bad arguments with node's codes and messages, and
// results and errors of the calls that have their own promise implementation.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');

const tmp = process.env.TEST_TMPDIR;
const p = (name) => path.join(tmp, name);
const missing = p('missing');
async function t(label, fn) {
  try {
    const v = await fn();
    console.log(label, 'ok', typeof v === 'string' ? v.replace(tmp, 'TMP') : v);
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.message.replace(tmp, 'TMP'), Object.keys(e).join());
  }
}

(async () => {
  fs.writeFileSync(p('f'), 'content');
  console.log(Object.keys(fsp).join());
  await t('access 8', () => fsp.access(p('f'), 8));
  await t('access "r"', () => fsp.access(p('f'), 'r'));
  await t('access 1.5', () => fsp.access(p('f'), 1.5));
  await t('access 4.2', () => fsp.access(p('f'), 4.2));
  await t('access NaN', () => fsp.access(p('f'), NaN));
  await t('access -1', () => fsp.access(p('f'), -1));
  await t('access true', () => fsp.access(p('f'), true));
  await t('access ENOENT', () => fsp.access(missing));
  await t('copyFile "r"', () => fsp.copyFile(p('f'), p('g'), 'r'));
  await t('copyFile 8', () => fsp.copyFile(p('f'), p('g'), 8));
  await t('copyFile null', () => fsp.copyFile(p('f'), p('g'), null));
  await t('lchmod', () => fsp.lchmod(p('f'), 0o666));
  await t('truncate ENOENT bad len', () => fsp.truncate(missing, 'x'));
  await t('truncate bad len', () => fsp.truncate(p('f'), 'x'));
  await t('truncate 3', async () => { await fsp.truncate(p('f'), 3); return fs.readFileSync(p('f'), 'utf8'); });
  await t('truncate -1', async () => { await fsp.truncate(p('f'), -1); return fs.readFileSync(p('f'), 'utf8'); });
  await t('realpath ENOENT', () => fsp.realpath(missing));
  await t('realpath', () => fsp.realpath(p('.')));
  await t('realpath buffer', async () => Buffer.isBuffer(await fsp.realpath(tmp, 'buffer')));
  await t('open bad flags', () => fsp.open(p('f'), 'zz'));
  await t('open bad mode', () => fsp.open(p('f'), 'r', 'abc'));
  await t('readFile EISDIR', () => fsp.readFile(tmp));
  await t('readFile bad flag', () => fsp.readFile(p('f'), { flag: 'zz' }));
  await t('readFile signal "x"', () => fsp.readFile(p('f'), { signal: 'x' }));
  await t('readFile aborted', () => fsp.readFile(p('f'), { signal: AbortSignal.abort() }));
  await t('writeFile data 1', () => fsp.writeFile(p('f'), 1));
  await t('writeFile options 1', () => fsp.writeFile(p('f'), 'x', 1));
  await t('writeFile flush 1', () => fsp.writeFile(p('f'), 'x', { flush: 1 }));
  await t('writeFile flush', async () => { await fsp.writeFile(p('f'), 'flushed', { flush: true }); return fs.readFileSync(p('f'), 'utf8'); });
  await t('writeFile aborted', () => fsp.writeFile(p('f'), 'x', { signal: AbortSignal.abort() }));
  await t('writeFile Uint16Array', async () => { await fsp.writeFile(p('f'), new Uint16Array([0x4142])); return fs.readFileSync(p('f'), 'latin1'); });
  await t('writeFile iterable', async () => { await fsp.writeFile(p('f'), ['a', Buffer.from('b'), 'ü'], 'latin1'); return fs.readFileSync(p('f'), 'latin1'); });
  await t('writeFile iterable bad chunk', () => fsp.writeFile(p('f'), [42]));
  await t('appendFile', async () => { await fsp.appendFile(p('f'), '+1'); return fs.readFileSync(p('f'), 'latin1'); });

  // readdir takes its options when called: changing them afterwards changes nothing.
  for (const name of ['b', 'a']) fs.writeFileSync(p(`d-${name}`), '');
  const options = { withFileTypes: true };
  const pending = fsp.readdir(tmp, options);
  options.withFileTypes = false;
  console.log('readdir', (await pending).map((d) => `${d.name}:${d.isFile()}`).sort().join());

  // watch: an already-aborted signal rejects the first next().
  for (const recursive of [false, true]) {
    const reason = new Error('why');
    try {
      for await (const e of fsp.watch(tmp, { recursive, signal: AbortSignal.abort(reason) })) console.log(e);
      console.log('watch ended');
    } catch (e) {
      console.log('watch', recursive, e.name, e.code, e.cause === reason);
    }
  }
})();
