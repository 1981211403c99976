'use strict';
// IPC channels: a parent and the child it started with an 'ipc' stdio entry (fork(), or
// spawn() with 'ipc' in stdio) exchange messages over a socket pair. The bytes are node's,
// so a nodus parent can fork a node child and the other way round:
//   'json'     one JSON text per message, each ended by '\n';
//   'advanced' a 4-byte big-endian length, then V8's serialization of the message (typed
//              arrays and Buffers as host objects, each behind a uint32 0 tag).
// Messages whose `cmd` starts with 'NODE_' are node's internal ones: they are emitted as
// 'internalMessage', never 'message'. Sending handles (sockets, servers) is not supported.

const { StringDecoder } = require('string_decoder');
const { codes: {
  ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED,
  ERR_INVALID_HANDLE_TYPE, ERR_METHOD_NOT_IMPLEMENTED,
} } = require('internal/errors');
const { validateObject } = require('internal/validators');

const UV_EOF = -4095;
// send() returns false once this much is queued and not yet written, as node's does.
const kWriteQueueHighWater = 65536 * 2;

// ---- message formats ----

const json = {
  init(state) {
    state.decoder = new StringDecoder('utf8');
    state.text = '';
  },
  encode(message) {
    return Buffer.from(`${JSON.stringify(message)}\n`, 'utf8');
  },
  // Every complete message in `chunk` (plus what earlier chunks left over).
  *decode(state, chunk) {
    let text = state.text + state.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const line = text.slice(start, nl);
      start = nl + 1;
      yield JSON.parse(line);
    }
    state.text = text.slice(start);
    text = null;
  },
};

let v8;
function lazyV8() {
  if (v8 === undefined) v8 = require('v8');
  return v8;
}

let Serializer;
let Deserializer;
function serializers() {
  if (Serializer !== undefined) return;
  const { DefaultSerializer, DefaultDeserializer } = lazyV8();
  // node tags each host object: 0 for an ArrayBufferView, the only kind sent here.
  Serializer = class extends DefaultSerializer {
    _writeHostObject(object) {
      this.writeUint32(0);
      return super._writeHostObject(object);
    }
  };
  Deserializer = class extends DefaultDeserializer {
    _readHostObject() {
      const tag = this.readUint32();
      if (tag !== 0) throw new Error(`Unsupported host object in an IPC message (tag ${tag})`);
      return super._readHostObject();
    }
  };
}

const advanced = {
  init(state) {
    state.chunks = [];
    state.size = 0;
  },
  encode(message) {
    serializers();
    const ser = new Serializer();
    ser.writeRawBytes(Buffer.alloc(4));
    ser.writeHeader();
    ser.writeValue(message);
    const out = ser.releaseBuffer();
    out.writeUInt32BE(out.length - 4, 0);
    return out;
  },
  *decode(state, chunk) {
    state.chunks.push(chunk);
    state.size += chunk.length;
    while (state.size >= 4) {
      let buf = state.chunks.length === 1 ? state.chunks[0] : Buffer.concat(state.chunks);
      state.chunks = [buf];
      const size = buf.readUInt32BE(0);
      if (buf.length < 4 + size) return;
      serializers();
      const des = new Deserializer(buf.subarray(4, 4 + size));
      des.readHeader();
      const message = des.readValue();
      buf = buf.subarray(4 + size);
      state.chunks = buf.length > 0 ? [buf] : [];
      state.size = buf.length;
      yield message;
    }
  },
};

const formats = { json, advanced };

// ---- the channel ----

function errnoException(status, syscall) {
  const name = binding.errname(status);
  const err = new Error(`${syscall} ${name}`);
  err.errno = status;
  err.code = name;
  err.syscall = syscall;
  return err;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.startsWith('NODE_');
}

let net;
let dgram;
// node's sendable handles; anything else given as a handle is a type error.
function isSendableHandle(handle) {
  net ??= require('net');
  if (handle instanceof net.Socket || handle instanceof net.Server) return true;
  try {
    dgram ??= require('dgram');
    return handle instanceof dgram.Socket;
  } catch {
    return false;
  }
}

// `subprocess.channel` / `process.channel`. The loop is kept alive by the channel in the
// parent until it disconnects; in a child only while it listens for 'message' or
// 'disconnect' (refCounted), unless ref()/unref() was called, which then decides.
class Channel {
  #pipe;
  #refs = 0;
  #explicit = false;

  constructor(pipe, fd) {
    this.#pipe = pipe;
    // The descriptor, in a child (NODE_CHANNEL_FD); undefined in the parent.
    this.fd = fd;
  }

  ref() {
    this.#explicit = true;
    this.#pipe?.ref(true);
  }

  unref() {
    this.#explicit = true;
    this.#pipe?.ref(false);
  }

  _refCounted() {
    if (++this.#refs === 1 && !this.#explicit) this.#pipe?.ref(true);
  }

  _unrefCounted() {
    if (--this.#refs === 0 && !this.#explicit) this.#pipe?.ref(false);
  }

  _detach() {
    this.#pipe = null;
  }
}

// Gives `target` (a ChildProcess, or the process object in a child) send(), disconnect(),
// connected, channel and the 'message'/'internalMessage'/'disconnect' events, over `pipe`.
// `onEnd` runs when the other side closes the channel (not after our own disconnect()).
// Returns the Channel.
function setupChannel(target, pipe, serialization, onEnd, fd) {
  const format = formats[serialization];
  const state = {};
  format.init(state);
  const channel = new Channel(pipe, fd);
  let writes = 0; // write requests not yet completed
  let closeWhenWritten = false;
  let closed = false;

  target.channel = channel;
  target.connected = true;

  function close() {
    if (closed) return;
    closed = true;
    pipe.close();
    channel._detach();
  }

  // Delivery waits a tick, as node's does, so a listener added right after a send in the
  // same tick still sees the answer's messages in order.
  function deliver(message) {
    process.nextTick(() => {
      if (isInternal(message)) target.emit('internalMessage', message);
      else target.emit('message', message);
    });
  }

  const readErr = pipe.readStart((n, chunk) => {
    if (n > 0) {
      for (const message of format.decode(state, chunk)) deliver(message);
      return;
    }
    // The other end closed (or the read failed): the channel is gone either way.
    if (n !== UV_EOF && target.listenerCount('error') > 0) {
      target.emit('error', errnoException(n, 'read'));
    }
    if (target.connected) disconnect();
    else close();
    if (onEnd !== undefined) onEnd();
  });
  if (readErr < 0) process.nextTick(() => target.emit('error', errnoException(readErr, 'read')));

  function afterWrite(callback, status) {
    writes--;
    const err = status < 0 ? errnoException(status, 'write') : null;
    if (typeof callback === 'function') callback(err);
    else if (err !== null) target.emit('error', err);
    if (writes === 0 && closeWhenWritten) close();
  }

  // The channel closes on the next tick, when 'disconnect' is emitted; messages already
  // handed to send() still go out first.
  function disconnect() {
    target.connected = false;
    process.nextTick(() => {
      if (writes > 0) closeWhenWritten = true;
      else close();
      target.channel = null;
      target.emit('disconnect');
    });
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (!this.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle != null) {
      if (!isSendableHandle(handle)) throw new ERR_INVALID_HANDLE_TYPE();
      throw new ERR_METHOD_NOT_IMPLEMENTED('sending handles over an IPC channel');
    }
    const data = format.encode(message);
    writes++;
    const r = pipe.write(data, (status) => afterWrite(callback, status));
    if (r === 0) process.nextTick(afterWrite, callback, 0);
    else if (r < 0) process.nextTick(afterWrite, callback, r);
    return pipe.writeQueueSize() < kWriteQueueHighWater;
  };

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    disconnect();
  };

  return channel;
}

// In a child whose parent passed a channel (NODE_CHANNEL_FD): the process object gets
// send(), disconnect(), connected and channel before the entry script runs.
function setupChild(fd, serialization) {
  const pipe = new binding.Pipe();
  const err = pipe.open(fd);
  if (err < 0) {
    pipe.close();
    return;
  }
  pipe.ref(false);
  const channel = setupChannel(process, pipe, formats[serialization] ? serialization : 'json',
    undefined, fd);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') channel._refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') channel._unrefCounted();
  });
}

module.exports = { setupChannel, setupChild };
