'use strict';
// socket._handle (plugins/net/stream_wrap.h): bad arguments give a libuv error code or a
// TypeError, never a crash; a write that fits goes out at once and a closed handle
// answers UV_EBADF.
const net = require('net');
const assert = require('assert');

const UV_EBADF = -9;
const UV_EINVAL = -22;

const server = net.createServer((c) => c.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const h = c._handle;
    for (const [what, f] of [
      ['writeBuffer without buffer', () => h.writeBuffer({}, 'str')],
      ['writev without array', () => h.writev({}, null)],
      ['writev with an object chunk', () => h.writev({}, [{}])],
      ['utf8 write of a number', () => h.writeUtf8String({}, 5)],
    ]) {
      assert.throws(f, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' }, what);
    }
    assert.throws(() => h.constructor.prototype.readStart.call({}), TypeError);
    assert.strictEqual(h.shutdown(), UV_EINVAL, 'shutdown without a request object');
    assert.strictEqual(h.connect({}, 'not an ip', 1), UV_EINVAL);
    assert.strictEqual(h.bind('x', 1), UV_EINVAL);

    // A small writev of strings, Buffers and other typed arrays leaves at once, so its
    // oncomplete is never called.
    const req = { oncomplete() { throw new Error('not expected'); } };
    assert.strictEqual(h.writev(req, ['ab', Buffer.from('cd'), new Uint16Array(2)]), 0);
    const out = {};
    assert.strictEqual(h.getsockname(out), 0);
    assert.strictEqual(out.address, '127.0.0.1');
    assert.strictEqual(out.family, 'IPv4');
    assert.strictEqual(typeof h.fd, 'number');
    // The libuv stream for other plugins' C code: an opaque external while open.
    const ext = h.getUvStream();
    assert.strictEqual(typeof ext, 'object');
    assert.deepStrictEqual(Object.keys(ext), []);

    c.destroy();
    // destroy() closed the handle: every method now answers UV_EBADF.
    assert.strictEqual(h.readStart(), UV_EBADF);
    assert.strictEqual(h.writeBuffer({}, Buffer.from('x')), UV_EBADF);
    assert.strictEqual(h.getpeername({}), UV_EBADF);
    assert.strictEqual(h.fd, -1);
    assert.strictEqual(h.getUvStream(), undefined);
    server.close();
    console.log('ok');
  });
});
