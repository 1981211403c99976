// differential: dns.lookup of localhost and IP literals, ENOTFOUND for .invalid, option validation, dns/promises, lookupService
'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('hostname number', () => dns.lookup(1, () => {}));
attempt('family 5', () => dns.lookup('x', 5, () => {}));
attempt('family string', () => dns.lookup('x', { family: 'x' }, () => {}));
attempt('all not boolean', () => dns.lookup('x', { all: 1 }, () => {}));
attempt('order', () => dns.lookup('x', { order: 'x' }, () => {}));
attempt('verbatim', () => dns.lookup('x', { verbatim: 1 }, () => {}));
attempt('no callback', () => dns.lookup('x'));
attempt('service address', () => dns.lookupService('x', 1, () => {}));
attempt('service missing', () => dns.lookupService('127.0.0.1'));
attempt('service port', () => dns.lookupService('127.0.0.1', 'x', () => {}));
attempt('promises family', () => dnsPromises.lookup('x', 7));
console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.getDefaultResultOrder());
console.log('same promises', dns.promises === dnsPromises, require('node:dns/promises') === dnsPromises);

async function main() {
  await new Promise((resolve) => dns.lookup('127.0.0.1', { all: true }, (e, a, f) => {
    console.log('ip all', e, JSON.stringify(a), f);
    resolve();
  }));
  await new Promise((resolve) => dns.lookup('::1', (e, a, f) => {
    console.log('ipv6 literal', e, a, f);
    resolve();
  }));
  await new Promise((resolve) => dns.lookup('localhost', { family: 4 }, (e, a, f) => {
    console.log('localhost v4', e, a, f);
    resolve();
  }));
  await new Promise((resolve) => dns.lookup('localhost', { family: 'IPv4', all: true }, (e, a) => {
    console.log('localhost all', e, JSON.stringify(a));
    resolve();
  }));
  await new Promise((resolve) => dns.lookup('nosuch.invalid', (e) => {
    console.log('invalid', e.message, JSON.stringify(Object.entries(e)));
    resolve();
  }));
  console.log('promise', await dnsPromises.lookup('localhost', { family: 4 }));
  console.log('promise all', await dnsPromises.lookup('127.0.0.1', { all: true }));
  await dnsPromises.lookup('nosuch.invalid').catch((e) => console.log('promise rejects', e.code, e.hostname));
  console.log('service', await dnsPromises.lookupService('127.0.0.1', 22));
}
main();
