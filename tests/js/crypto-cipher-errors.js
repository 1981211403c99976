// differential: createCipheriv/createDecipheriv argument checks, state errors, AEAD tag rules, encodings, getCipherInfo
'use strict';
const c = require('crypto');
function t(f) { try { const r = f(); console.log('ok', Buffer.isBuffer(r) ? r.toString('hex') : r && r[Symbol.toStringTag] === undefined && typeof r === 'object' && r.constructor && /ipheriv/.test(r.constructor.name) ? r.constructor.name : r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } }
// First, while OpenSSL's error queue is empty (node reports a stale queue entry here).
t(() => { const x = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); x.final(); x.update('a'); });
t(() => { const x = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); x.setAutoPadding(); x.update('a'); return x.final(); });
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.final(); x.final();});
t(()=>{const x=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.final(); });
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.update('a'); x.setAAD(Buffer.from('a'));});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}); x.setAAD(Buffer.from('a'),{plaintextLength:3}); x.update('ab'); return x.final()});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}); x.update('ab'); return x.update('cd')});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(6),{authTagLength:16});});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:5});});
t(()=>{const x=c.createCipheriv('aes-128-ocb',Buffer.alloc(16),Buffer.alloc(16),{authTagLength:16});});
t(()=>{const x=c.createCipheriv('aes-128-ocb',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:17});});
t(()=>{const x=c.createCipheriv('chacha20-poly1305',Buffer.alloc(32),Buffer.alloc(8));});
t(()=>{const x=c.createCipheriv('chacha20-poly1305',Buffer.alloc(32),Buffer.alloc(13));});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(100)); x.update('a'); x.final(); return x.getAuthTag().length});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:8}); x.final(); return x.getAuthTag().length});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:5});});
t(()=>{const x=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.setAuthTag(Buffer.alloc(5))});
t(()=>{const x=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.setAuthTag(Buffer.alloc(17))});
t(()=>{const x=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:8}); x.setAuthTag(Buffer.alloc(16))});
t(()=>{const x=c.createDecipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.setAuthTag(Buffer.alloc(16))});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.setAAD(Buffer.alloc(16))});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.final(); return x.getAuthTag()});
t(()=>{const x=c.createCipheriv('aes-128-ecb',Buffer.alloc(16),Buffer.alloc(16));});
t(()=>{const x=c.createCipheriv('aes-128-ecb',Buffer.alloc(16),Buffer.alloc(0));});
t(()=>{const x=c.createCipheriv('aes-128-ecb',Buffer.alloc(16),undefined);});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),null);});
t(()=>{const x=c.createCipheriv('aes-128-ctr',Buffer.alloc(16),Buffer.alloc(16)); return x.update('abc','utf8','hex')+x.final('hex')});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); return [x.update('abc','utf8','utf8'), x.final('utf8')]});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); return x.update('abc','hex')});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); return x.update(5)});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); return x.setAutoPadding(false) === x});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); return x.setAAD(Buffer.alloc(1)) === x});
t(()=>{const x=c.createCipheriv('AES-128-CBC',Buffer.alloc(16),Buffer.alloc(16)); return x.final('hex')});
t(()=>{const x=c.createCipheriv('aes128',Buffer.alloc(16),Buffer.alloc(16)); return x.final('hex')});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.getAuthTag();});
t(()=>{const x=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.setAuthTag(Buffer.alloc(3));});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.final(); x.setAAD(Buffer.alloc(3));});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.final(); x.final();});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12));});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}); x.update('a');});
t(()=>{const x=c.createCipheriv('aes-128-ecb',Buffer.alloc(16),null); return x.update('a','utf8','hex')+x.final('hex');});
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.setAutoPadding(false); x.update('a'); x.final();});
t(()=>c.getCipherInfo('aes-128-gcm'));
t(()=>c.getCipherInfo('aes-128-cbc'));
t(()=>c.getCipherInfo('chacha20-poly1305'));
t(()=>c.getCipherInfo('nope'));
t(()=>c.getCipherInfo('aes-128-gcm',{ivLength:20}));
t(()=>c.getCipherInfo('aes-128-gcm',{ivLength:3}));
t(()=>c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(0)));
t(()=>c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:3}));
t(()=>c.createCipheriv('chacha20-poly1305',Buffer.alloc(32),Buffer.alloc(12)).update('x','utf8','latin1'));
t(()=>c.createCipheriv(5));
t(()=>c.createCipheriv('aes-128-cbc', 5));
t(()=>c.createCipheriv('aes-128-cbc', Buffer.alloc(16), 5));
t(()=>{const x=c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)); x.final(); x.setAutoPadding(false);});
t(()=>{const x=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); x.final(); return x.getAuthTag()});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}); x.setAAD(Buffer.alloc(3));});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}); x.setAAD(Buffer.alloc(3),{plaintextLength:1}); return x.update('a');});
t(()=>{const x=c.createCipheriv('aes-128-ccm',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}); return x.update('a');});
t(()=>c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)).setAAD(5));
t(()=>c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)).update('a','foo'));
t(()=>c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)).update('a','utf8','foo'));
t(()=>c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)).final('foo'));
t(()=>c.createCipheriv('aes-128-ocb',Buffer.alloc(16),Buffer.alloc(12)));
t(()=>c.createCipheriv('aes-128-ocb',Buffer.alloc(16),Buffer.alloc(12),{authTagLength:16}).getAuthTag());
t(()=>c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16),{authTagLength:16}));
t(()=>c.createCipheriv('chacha20-poly1305',Buffer.alloc(32),Buffer.alloc(12),{authTagLength:17}));
t(()=>{const d=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16))});
t(()=>{const d=c.createCipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(16))});
t(()=>{const d=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); d.setAuthTag(5)});
t(()=>{const d=c.createDecipheriv('aes-128-gcm',Buffer.alloc(16),Buffer.alloc(12)); d.setAuthTag(Buffer.alloc(4)); return d.update('a')});
t(()=>c.createCipheriv('aes-128-cbc',Buffer.alloc(16),Buffer.alloc(16)).setAutoPadding());
t(()=>c.createCipheriv('aes-128-cbc','0123456789abcdef','0123456789abcdef').update('hello','utf8','base64'));
t(()=>c.createCipheriv('aes-256-ctr',Buffer.alloc(32),Buffer.alloc(16)).update('hello','utf8','base64url'));
t(()=>c.createCipheriv('des-ede3-cbc',Buffer.alloc(24),Buffer.alloc(8)).update('hello','utf8','base64'));
t(() => { const x = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); x.setAutoPadding(true); x.update('a'); return x.final(); });
t(() => { const x = c.createCipheriv('aes-256-cbc', 'k'.repeat(32), 'i'.repeat(16)); return x.update('\u00e9\u20ac', 'utf8', 'base64') + x.final('base64'); });
t(() => { const x = c.createDecipheriv('aes-256-cbc', 'k'.repeat(32), 'i'.repeat(16)); return x.update('IHYYPKNpuabvqAhkkBhzqQ==', 'base64', 'utf8') + x.final('utf8'); });
t(() => { const x = c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); return [x.update('a', 'utf8', 'latin1'), x.final('latin1')]; });
t(() => { const x = c.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)); return [x.update('\u20ac', 'utf8', 'hex'), x.update(new Uint16Array([1, 2]), undefined, 'hex'), x.final('hex')]; });
t(() => { const x = c.createCipheriv('aes-128-cbc', new ArrayBuffer(16), new DataView(new ArrayBuffer(16))); return x.final('hex'); });
t(() => { const x = c.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'abcdefghijklmnop', { encoding: 'latin1' }); return x.final('hex'); });
t(() => { const d = c.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); d.update(Buffer.alloc(32)); return d.final(); });
t(() => { const d = c.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); d.setAutoPadding(false); return Buffer.concat([d.update(Buffer.alloc(20)), d.final()]); });
t(() => { const e = c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 12 }); e.setAAD('aad', { encoding: 'hex' }); e.update('x'); e.final(); return e.getAuthTag(); });
t(() => { const e = c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); e.setAAD('616164', { encoding: 'hex' }); e.update('x'); e.final(); return e.getAuthTag(); });
t(() => { const d = c.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); d.setAuthTag('00'.repeat(16), 'hex'); return d; });
t(() => c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 'x' }));
t(() => c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: -1 }));
t(() => c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16), { encoding: 5 }));
t(() => c.getCipherInfo(5));
t(() => c.getCipherInfo(419));
t(() => c.getCipherInfo('aes-128-ecb'));
t(() => c.getCipherInfo('aes-256-xts'));
t(() => c.getCipherInfo('AES128'));
t(() => c.getCipherInfo('aes-128-cbc', { keyLength: 16, ivLength: 16 }));
t(() => c.getCipherInfo('aes-128-cbc', { ivLength: 8 }));
t(() => c.getCipherInfo('aes-128-ccm', { ivLength: 13 }));
t(() => c.getCipherInfo('aes-128-ccm', { ivLength: 14 }));
t(() => c.getCipherInfo('aes-128-cbc', 5));
t(() => c.getCipherInfo({}));
t(() => JSON.stringify(c.getCiphers()));
t(() => c.getCiphers() !== c.getCiphers());
t(() => c.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)) instanceof c.Cipheriv);
t(() => c.Decipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)) instanceof c.Decipheriv);
t(() => [typeof c.Cipheriv.prototype.getAuthTag, typeof c.Cipheriv.prototype.setAuthTag, typeof c.Decipheriv.prototype.setAuthTag, typeof c.Decipheriv.prototype.getAuthTag]);
// As streams: write/end and pipe through encrypt then decrypt.
const { pipeline, Readable } = require('stream');
const key = Buffer.alloc(32, 1);
const iv = Buffer.alloc(16, 2);
const chunks = [];
pipeline(Readable.from(['hello ', 'stream ', 'world']), c.createCipheriv('aes-256-cbc', key, iv),
  c.createDecipheriv('aes-256-cbc', key, iv), async function* (source) {
    for await (const chunk of source) chunks.push(chunk);
  }, (err) => console.log('pipeline', err, Buffer.concat(chunks).toString()));
const bad = c.createDecipheriv('aes-256-cbc', key, iv);
bad.on('error', (e) => console.log('stream error', e.code, e.message));
bad.end(Buffer.alloc(16));


// Last, once the streams are done: node leaves these OpenSSL errors queued, and later
// failures would report them.
process.once('beforeExit', () => {
  t(() => c.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)));
  t(() => c.createCipheriv('aes-256-gcm', Buffer.alloc(16), Buffer.alloc(12)));
  t(() => c.createCipheriv('chacha20-poly1305', 'short', Buffer.alloc(12)));
  t(()=>{const x=c.createCipheriv('aes-128-xts',Buffer.alloc(32),Buffer.alloc(16)); return x.update(Buffer.alloc(16)).length});
  t(()=>{const x=c.createCipheriv('aes-128-xts',Buffer.alloc(32, 1),Buffer.alloc(16)); return x.update(Buffer.alloc(16)).length});
  t(()=>c.getCipherInfo('aes-128-gcm',{keyLength:20}));
});
// CCM: empty messages still get a tag; lengths beyond what the nonce allows are refused.
{
  const e = c.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 16 });
  e.setAAD(Buffer.from([1, 2, 3, 4]), { plaintextLength: 0 });
  e.update('');
  e.final();
  console.log('ccm empty tag', e.getAuthTag().toString('hex'));
  t(() => c.createCipheriv('aes-256-ccm', Buffer.alloc(32), Buffer.alloc(13), { authTagLength: 16 })
    .setAAD(Buffer.alloc(1), { plaintextLength: 65536 }));
  t(() => c.createCipheriv('aes-256-ccm', Buffer.alloc(32), Buffer.alloc(13), { authTagLength: 16 })
    .update(Buffer.alloc(65536)));
}
// Output encodings: unknown ones refused, and one stream keeps one encoding.
t(() => { const x = c.createCipheriv('aes-256-cbc', Buffer.alloc(32), Buffer.alloc(16)); return x.update('test', 'utf-8', 'bad3'); });
t(() => { const x = c.createCipheriv('aes-256-cbc', Buffer.alloc(32), Buffer.alloc(16)); x.update('test', 'utf-8', 'utf-8'); return x.final('bad2'); });
t(() => { const x = c.createCipheriv('aes-256-cbc', Buffer.alloc(32), Buffer.alloc(16)); x.update('test', 'utf-8', 'utf-8'); return x.final('hex'); });
t(() => { const x = c.createCipheriv('aes-256-cbc', Buffer.alloc(32), Buffer.alloc(16)); x.update('test', 'utf-8', 'hex'); return x.final('hex'); });
