// differential
'use strict';
// fs/promises readFile/writeFile/appendFile/truncate on a path open a FileHandle and
// close it through its `close` property whatever happens: an operation error wins over a
// successful close, a close error is reported after a successful operation, and both
// failing give an AggregateError with the operation's message and code. The handle's fd
// getter is patched through internal/fs/promises (--expose-internals), as node's tests do.
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename],
                      { stdio: 'inherit' });
  process.exitCode = r.status;
  return;
}

const fsp = require('fs/promises');
const path = require('path');
const { FileHandle } = require('internal/fs/promises');
console.log('same class', FileHandle === require('internal/fs/promises').FileHandle,
            typeof require('internal/fs/promises').exports.open);

const file = path.join(process.env.TEST_TMPDIR, 'close-errors.txt');
const originalFd = Object.getOwnPropertyDescriptor(FileHandle.prototype, 'fd');

function patch({ opFails, closeFails }) {
  Object.defineProperty(FileHandle.prototype, 'fd', {
    configurable: true,
    get() {
      const close = this.close;
      this.close = async () => {
        console.log('  close called');
        await close.call(this);
        if (closeFails) throw Object.assign(new Error('CLOSE_ERROR'), { code: 456 });
      };
      if (opFails) throw Object.assign(new Error('OP_ERROR'), { code: 123 });
      return originalFd.get.call(this);
    },
  });
}

const ops = {
  readFile: () => fsp.readFile(file),
  writeFile: () => fsp.writeFile(file, 'abc'),
  appendFile: () => fsp.appendFile(file, 'abc'),
  truncate: () => fsp.truncate(file),
};

(async () => {
  for (const mode of [{ opFails: true }, { closeFails: true }, { opFails: true, closeFails: true }]) {
    for (const [name, op] of Object.entries(ops)) {
      await fsp.writeFile(file, 'content');
      console.log(name, JSON.stringify(mode));
      patch(mode);
      try {
        await op();
        console.log('  resolved');
      } catch (err) {
        console.log('  rejected', err.name, err.code, err.message,
                    err.errors ? err.errors.map((e) => e.message) : '');
      } finally {
        Object.defineProperty(FileHandle.prototype, 'fd', originalFd);
      }
    }
  }
})();
