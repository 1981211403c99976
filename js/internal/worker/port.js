'use strict';
// parentPort: the worker's end of its channel to the parent. An EventEmitter with
// MessagePort's methods; while it has 'message' listeners it keeps the worker alive.

const EventEmitter = require('events');
const { encode, decode, binding } = require('internal/worker/serialize');

class ParentPort extends EventEmitter {
  constructor() {
    super();
    this.on('newListener', (name) => {
      if (name === 'message') binding.setPortRef(true);
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0) binding.setPortRef(false);
    });
    binding.setMessageHandler((bytes) => {
      let value;
      try {
        value = decode(bytes);
      } catch (err) {
        this.emit('messageerror', err);
        return;
      }
      this.emit('message', value);
    });
  }

  postMessage(value) {
    binding.postToParent(encode('m', value));
  }

  ref() { binding.setPortRef(true); return this; }
  unref() { binding.setPortRef(false); return this; }
  start() {}
  close() {
    this.removeAllListeners('message');
    binding.setPortRef(false);
    this.emit('close');
  }
}

module.exports = { ParentPort };
