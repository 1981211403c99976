// differential: TextEncoder/TextDecoder: utf-8, utf-16, latin1, streaming, fatal, BOM, errors
'use strict';
const log = console.log;
const te = new TextEncoder();
log(te.encoding, Object.getOwnPropertyNames(TextEncoder.prototype).join(), Object.getOwnPropertyNames(TextDecoder.prototype).join());
log(Array.from(te.encode('hé€😀')).join(), te.encode().length, Array.from(te.encode('\ud800x')).join(), te.encode(123).join(), te.encode(undefined).length);
const u = new Uint8Array(5);
log(JSON.stringify(te.encodeInto('a😀b', u)), u.join(), JSON.stringify(te.encodeInto('ééé', new Uint8Array(5))), JSON.stringify(te.encodeInto('', new Uint8Array(0))));
try { te.encodeInto('x', []) } catch (e) { log(e.name, e.code, e.message) }
try { te.encodeInto('x') } catch (e) { log(e.name, e.code, e.message) }
const td = new TextDecoder();
log(td.encoding, td.fatal, td.ignoreBOM, td.decode(), td.decode(new Uint8Array([0x68, 0x69])), td.decode(new Uint8Array([0x68, 0x69]).buffer), td.decode(new DataView(new Uint8Array([0x41]).buffer)));
try { td.decode('str') } catch (e) { log(e.name, e.code, e.message) }
try { td.decode([1]) } catch (e) { log(e.name, e.code, e.message) }
try { new TextDecoder('utf-8', 5) } catch (e) { log(e.name, e.code, e.message) }
try { new TextDecoder('foo') } catch (e) { log(e.name, e.code, e.message) }
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])) } catch (e) { log(e.name, e.code, e.message) }
const s = new TextDecoder();
const bytes = te.encode('a€😀b');
let out = ''; for (const b of bytes) out += s.decode(new Uint8Array([b]), { stream: true }); out += s.decode();
log(JSON.stringify(out));
const s2 = new TextDecoder(); log(JSON.stringify(s2.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(s2.decode()));
const s3 = new TextDecoder(); log(JSON.stringify(s3.decode(new Uint8Array([0xef, 0xbb]), { stream: true }) + s3.decode(new Uint8Array([0xbf, 0x41]))));
log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff]))));
const u16 = new TextDecoder('utf-16le'); log(u16.encoding, JSON.stringify(u16.decode(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x3d, 0xd8, 0, 0xde, 0x00, 0xdc, 0x41]))));
const u16s = new TextDecoder('utf-16le'); log(JSON.stringify(u16s.decode(new Uint8Array([0x41]), { stream: true }) + '|' + u16s.decode(new Uint8Array([0, 0x3d, 0xd8]), { stream: true }) + '|' + u16s.decode(new Uint8Array([0, 0xde])) ));
log(new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xe9, 0xff])), new TextDecoder('ascii').encoding, new TextDecoder('unicode-1-1-utf-8').encoding, new TextDecoder('UTF-16').encoding, new TextDecoder('ucs-2').encoding);
log(Object.prototype.toString.call(td), Object.prototype.toString.call(te), TextDecoder.length, TextEncoder.length);
log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf]))), new TextDecoder(undefined, { fatal: 1, ignoreBOM: 'x' }).fatal);
const big = 'x'.repeat(1000) + '€'; log(new TextDecoder().decode(te.encode(big)) === big);
try { TextDecoder.prototype.decode.call({}) } catch (e) { log(e.name, e.code, e.message) }
try { Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}) } catch (e) { log(e.name, e.code, e.message) }
try { TextEncoder.prototype.encode.call({}) } catch (e) { log(e.name, e.code, e.message) }
log(new TextDecoder('utf-16be').encoding);
