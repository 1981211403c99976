// differential: net.SocketAddress validation and inspection, net.BlockList rules (addresses, ranges, subnets, IPv4-mapped checks)
'use strict';
const { SocketAddress, BlockList } = require('net');

for (const o of [{ address: 'x' }, { family: 'foo' }, { port: 70000 }, { flowlabel: -1 }, { address: '::1' }, 5]) {
  try {
    console.log(new SocketAddress(o));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const s = new SocketAddress({ address: '::0001', family: 'IPv6', port: 80 });
console.log(s, s.toJSON(), JSON.stringify(s), Object.keys(s), SocketAddress.isSocketAddress(s));

const b = new BlockList();
b.addAddress('::0001', 'ipv6');
b.addSubnet('10.0.0.0', 8);
b.addRange('192.168.0.1', '192.168.0.9');
b.addAddress(new SocketAddress({ address: '1.2.3.4' }));
console.log(b.rules, b);
for (const [fn, args] of [['addAddress', ['x']], ['addRange', ['1.1.1.2', '1.1.1.1']],
  ['addAddress', ['1.1.1.1', 'foo']], ['addSubnet', ['1.1.1.1', 33]], ['check', [1]]]) {
  try {
    b[fn](...args);
  } catch (e) {
    console.log(fn, e.code, e.message);
  }
}
console.log(b.check('x'), b.check('10.1.1.1'), b.check('::ffff:10.1.2.3', 'ipv6'), b.check('::1', 'ipv6'),
  b.check('192.168.0.9'), b.check('192.168.0.10'), b.check('1.2.3.4'), b.check('11.0.0.0'));
console.log(require('util').inspect(b, { depth: -1 }), require('util').inspect(new BlockList()));
