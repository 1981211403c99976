'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel within one thread.
// postMessage clones with structuredClone (transferring ArrayBuffers) and queues the
// copy; deliveries happen from the poll phase through internalBinding('messaging'),
// one callback each. A port receives once a 'message' listener is attached (or start()
// is called); an open, receiving, ref'd port keeps the process alive, as in node.
// Not supported yet: transferring a MessagePort itself, and ports across threads.

const binding = internalBinding('messaging');
const {
  Event, NodeEventTarget, defineEventHandler, kNewListener, kNodeStyleArg,
} = require('internal/event_target');
const { structuredClone } = require('internal/structured_clone');
const { codes } = require('internal/errors');
const { validateObject } = require('internal/validators');

const kIllegal = Symbol('kIllegal');

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// --- MessageEvent ---

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#data = options?.data ?? null;
    this.#origin = `${options?.origin ?? ''}`;
    this.#lastEventId = `${options?.lastEventId ?? ''}`;
    this.#source = options?.source ?? null;
    this.#ports = options?.ports ? [...options.ports] : [];
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#data in self)) {
      throw new codes.ERR_INVALID_THIS('MessageEvent');
    }
  }

  get data() { MessageEvent.#check(this); return this.#data; }
  get origin() { MessageEvent.#check(this); return this.#origin; }
  get lastEventId() { MessageEvent.#check(this); return this.#lastEventId; }
  get source() { MessageEvent.#check(this); return this.#source; }
  get ports() { MessageEvent.#check(this); return this.#ports; }
}
for (const key of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, key, { enumerable: true });
}

function messageEvent(data) {
  const event = new MessageEvent('message', { data });
  event[kNodeStyleArg] = data;
  return event;
}

// --- the delivery queue ---

// Entries: { target, kind: 'message' | 'close', data }
let queue = [];
let batch = [];
let receivers = 0;  // open, started, ref'd endpoints: they keep the loop alive

// Pending deliveries keep the loop alive too (a 'close' after the last receiver went),
// but not messages for a port that never started: nobody would read them.
function updateRef() {
  binding.setRef(receivers > 0 || batch.length > 0 ||
                 queue.some((item) => item.target.started()));
}

function enqueue(target, kind, data) {
  queue.push({ target, kind, data });
  updateRef();
  binding.wake();
}

binding.setup(
  () => {
    // Messages for endpoints that have not started wait in the queue for start().
    const ready = [];
    const waiting = [];
    for (const item of queue) (item.target.started() ? ready : waiting).push(item);
    batch = batch.concat(ready);
    queue = waiting;
    return batch.length;
  },
  () => {
    const item = batch.shift();
    updateRef();
    if (item === undefined) return;
    if (item.kind === 'close') {
      item.target.emitClose();
    } else if (!item.target.closed()) {
      item.target.dispatchEvent(messageEvent(item.data));
    }
  });

function cloneMessage(args, name) {
  if (args.length === 0) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', `Not enough arguments to ${name}.postMessage`);
  }
  let options = args[1];
  if (Array.isArray(options)) options = { transfer: options };
  else if (options !== undefined && options !== null) validateObject(options, 'options');
  return structuredClone(args[0], options);
}

// --- MessagePort ---

class MessagePort extends NodeEventTarget {
  #other = null;
  #started = false;
  #closed = false;
  #refed = true;
  #receiving = false;  // counted in `receivers`

  constructor(key = undefined) {
    if (key !== kIllegal) {
      throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    super();
  }

  static entangle(a, b) {
    a.#other = b;
    b.#other = a;
  }

  postMessage(message, transfer = undefined) {
    const copy = cloneMessage(arguments, 'MessagePort');
    const other = this.#other;
    if (this.#closed || other === null || other.#closed) return;
    enqueue(other, 'message', copy);
  }

  start() {
    if (this.#started || this.#closed) return;
    this.#started = true;
    this.#updateReceiving();
    if (queue.some((item) => item.target === this)) binding.wake();
  }

  close() {
    if (this.#closed) return;
    const other = this.#other;
    this.#closed = true;
    this.#updateReceiving();
    enqueue(this, 'close');
    if (other !== null && !other.#closed) {
      other.#closed = true;
      other.#updateReceiving();
      enqueue(other, 'close');
    }
  }

  ref() {
    this.#refed = true;
    this.#updateReceiving();
    return this;
  }

  unref() {
    this.#refed = false;
    this.#updateReceiving();
    return this;
  }

  hasRef() {
    return this.#refed && this.#started && !this.#closed;
  }

  [kNewListener](type) {
    if (type === 'message') this.start();
  }

  // For the delivery queue.
  started() { return this.#started || this.#closed; }
  closed() { return this.#closed; }
  emitClose() {
    // A closed port's 'close' waits for nobody's start().
    this.dispatchEvent(new Event('close'));
  }

  #updateReceiving() {
    const receiving = this.#started && !this.#closed && this.#refed;
    if (receiving !== this.#receiving) {
      this.#receiving = receiving;
      receivers += receiving ? 1 : -1;
      updateRef();
    }
  }
}
const { entangle } = MessagePort;
delete MessagePort.entangle;
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
for (const key of ['postMessage', 'start', 'ref', 'unref', 'hasRef', 'close']) {
  Object.defineProperty(MessagePort.prototype, key, { enumerable: true });
}
for (const key of ['started', 'closed', 'emitClose']) {
  Object.defineProperty(MessagePort.prototype, key, { enumerable: false });
}

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kIllegal);
    const port2 = new MessagePort(kIllegal);
    entangle(port1, port2);
    Object.defineProperties(this, {
      port1: { value: port1, enumerable: true, configurable: false, writable: false },
      port2: { value: port2, enumerable: true, configurable: false, writable: false },
    });
  }
}

// --- BroadcastChannel: every open channel of a name hears the others ---

const channels = new Map();

class BroadcastChannel extends NodeEventTarget {
  #name;
  #closed = false;
  #refed = true;
  #receiving = false;

  constructor(name) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    let set = channels.get(this.#name);
    if (set === undefined) channels.set(this.#name, set = new Set());
    set.add(this);
  }

  get name() { return this.#name; }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    channels.get(this.#name)?.delete(this);
    this.#updateReceiving();
  }

  postMessage(message) {
    if (this.#closed) {
      const { DOMException } = require('internal/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const copy = cloneMessage(arguments, 'BroadcastChannel');
    for (const other of channels.get(this.#name) ?? []) {
      if (other !== this) enqueue(other, 'message', structuredClone(copy));
    }
  }

  ref() {
    this.#refed = true;
    this.#updateReceiving();
    return this;
  }

  unref() {
    this.#refed = false;
    this.#updateReceiving();
    return this;
  }

  [kNewListener](type) {
    if (type === 'message') this.#updateReceiving(true);
  }

  started() { return true; }
  closed() { return this.#closed; }
  emitClose() {}

  #updateReceiving(listening = this.#receiving || this.listenerCount('message') > 0) {
    const receiving = listening && !this.#closed && this.#refed;
    if (receiving !== this.#receiving) {
      this.#receiving = receiving;
      receivers += receiving ? 1 : -1;
      updateRef();
    }
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
for (const key of ['name', 'close', 'postMessage', 'ref', 'unref']) {
  Object.defineProperty(BroadcastChannel.prototype, key, { enumerable: true });
}
for (const key of ['started', 'closed', 'emitClose']) {
  Object.defineProperty(BroadcastChannel.prototype, key, { enumerable: false });
}

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel };
