'use strict';
// test/common/hijackstdio for node's tests: listen to process.stdout/stderr writes
// (the write still happens), and put the original write back.

const originals = new Map();

function hijack(name, listener) {
  const stream = process[name];
  if (!originals.has(name)) originals.set(name, stream.write);
  const original = originals.get(name);
  stream.writeTimes = 0;
  stream.write = function write(data, ...rest) {
    listener(data);
    stream.writeTimes++;
    return original.call(this, data, ...rest);
  };
}

function restore(name) {
  if (originals.has(name)) {
    process[name].write = originals.get(name);
    originals.delete(name);
  }
}

module.exports = {
  hijackStdout: (listener) => hijack('stdout', listener),
  hijackStderr: (listener) => hijack('stderr', listener),
  restoreStdout: () => restore('stdout'),
  restoreStderr: () => restore('stderr'),
};
