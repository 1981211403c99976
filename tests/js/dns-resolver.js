// differential: dns.Resolver (c-ares): server list parsing and formatting, argument validation, queries failing against a closed local port, cancel, promises
'use strict';
const dns = require('dns');
const r = new dns.Resolver({ timeout: 200, tries: 1 });
console.log(dns.getServers().length > 0, typeof r.getServers()[0]);
r.setServers(['127.0.0.1:1', '[::1]:53', '1.2.3.4', '::2']);
console.log(r.getServers());
for (const bad of [['x'], [1], 'x', ['1.2.3.4:99999'], ['[::1']]) { try { r.setServers(bad); console.log('ok', bad); } catch (e) { console.log(e.code, e.message); } }
r.setServers(['127.0.0.1:1']);
for (const args of [[1, () => {}], ['x', 'BAD', () => {}], ['x'], ['x', { ttl: 1 }, () => {}]]) { try { r.resolve(...args); console.log('ok'); } catch (e) { console.log(e.code, e.message); } }
try { r.resolve4('x', { ttl: 1 }, () => {}) } catch (e) { console.log(e.code, e.message); }
try { new dns.Resolver({ timeout: 'x' }) } catch (e) { console.log(e.code, e.message); }
try { new dns.Resolver({ tries: 0 }) } catch (e) { console.log(e.code, e.message); }
try { r.reverse('x', () => {}) } catch (e) { console.log(e.code, e.message); }
try { r.setLocalAddress('x') } catch (e) { console.log(e.code, e.message); }
try { r.setLocalAddress(1) } catch (e) { console.log(e.code, e.message); }
r.resolve4('example.com', (err, a) => {
  console.log('resolve4', err && err.message, err && JSON.stringify(Object.entries(err)));
  r.resolveMx('example.com', (err) => {
    console.log('mx', err.message);
    r.reverse('127.0.0.1', (err, names) => {
      console.log('reverse', err && err.message, Array.isArray(names));
      const p = new dns.promises.Resolver();
      p.setServers(['127.0.0.1:1']);
      p.resolveTxt('example.com').catch((e) => {
        console.log('promise', e.message, e.code);
        const r2 = new dns.Resolver();
        r2.setServers(['127.0.0.1:1']);
        r2.resolve('example.com', 'ANY', (e) => { console.log('any', e.code); });
        r2.cancel();
      });
    });
  });
});
