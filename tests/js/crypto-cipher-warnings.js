// differential: warnings around ciphers: createCipher's counter-mode warning comes after JS-level option checks and before the cipher's own; DEP0182 for short GCM tags only under --pending-deprecation
'use strict';
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const log = [];
process.on('warning', (w) => log.push(`warning ${w.name} ${w.code || ''} ${w.message}`));
const t = (label, f) => {
  try {
    f();
    log.push(`${label} ok`);
  } catch (e) {
    log.push(`${label} ${e.name} ${e.code} ${e.message}`);
  }
};
t('bad type', () => crypto.createCipher('aes-256-ccm', 'pw', { authTagLength: -1 }));
t('bad string', () => crypto.createCipher('aes-256-ccm', 'pw', { authTagLength: 'x' }));
t('bad length', () => crypto.createCipher('aes-256-ccm', 'pw', { authTagLength: 5 }));
t('gcm', () => crypto.createCipher('aes-128-gcm', 'pw'));
t('decipher ccm', () => crypto.createDecipher('aes-128-ccm', 'pw', { authTagLength: 3 }));
setImmediate(() => {
  console.log(log.join('\n'));
  const code = `
    const c = require('crypto');
    process.on('warning', (w) => console.log(w.name, w.code, w.message));
    const k = Buffer.alloc(32), iv = Buffer.alloc(12);
    c.createDecipheriv('aes-256-gcm', k, iv).setAuthTag(Buffer.alloc(16));
    c.createDecipheriv('aes-256-gcm', k, iv, { authTagLength: 12 }).setAuthTag(Buffer.alloc(12));
    c.createDecipheriv('aes-256-ocb', k, iv, { authTagLength: 12 }).setAuthTag(Buffer.alloc(12));
    console.log('before');
    c.createDecipheriv('aes-256-gcm', k, iv).setAuthTag(Buffer.alloc(12));
    c.createDecipheriv('aes-256-gcm', k, iv).setAuthTag(Buffer.alloc(8));
    try { c.createDecipheriv('aes-256-gcm', k, iv).setAuthTag(Buffer.alloc(3)); } catch (e) { console.log(e.code); }
    console.log('after');`;
  for (const args of [['--pending-deprecation'], []]) {
    const r = spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
    console.log(args, r.status, r.stdout.trim());
  }
});
