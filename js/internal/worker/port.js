'use strict';
// parentPort: the worker's end of its channel to the parent. An EventEmitter with
// MessagePort's methods; while it has 'message' listeners it keeps the worker alive.

const EventEmitter = require('events');
const { encode, decode, binding, holdChannel } = require('internal/worker/serialize');

class ParentPort extends EventEmitter {
  constructor() {
    super();
    this.on('newListener', (name) => {
      if (name === 'message') holdChannel(this, true);
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0) holdChannel(this, false);
    });
    binding.setMessageHandler((bytes) => {
      let msg;
      try {
        msg = decode(bytes);
      } catch (err) {
        this.emit('messageerror', err);
        return;
      }
      if (msg.t === 's') require('internal/worker/stdio').onStdinChunk(msg.v[1]);
      else this.emit('message', msg.v);
    });
  }

  postMessage(value) {
    binding.postToParent(encode('m', value));
  }

  ref() { holdChannel(this, true); return this; }
  unref() { holdChannel(this, false); return this; }
  start() {}
  close() {
    this.removeAllListeners('message');
    holdChannel(this, false);
    this.emit('close');
  }
}

module.exports = { ParentPort };
