'use strict';
// worker_threads: Worker runs a script (or eval source) in a second runtime on its own
// thread (core/bindings/worker.cc); messages are copied with V8's value serializer.
// stdin/stdout/stderr travel over the same channel (internal/worker/stdio).
// Not supported yet: transferList (values are copied), MessagePorts passed between
// threads, resourceLimits, the env option.

const EventEmitter = require('events');
const path = require('path');
const { encode, decode, binding, startData } = require('internal/worker/serialize');
const stdio = require('internal/worker/stdio');
const { MessageChannel, MessagePort, BroadcastChannel } = require('internal/messaging');
const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer/untransferable');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const info = binding.workerInfo();
const isMainThread = info === undefined;
const threadId = isMainThread ? 0 : info.threadId;
// What the parent sent along: { d: workerData, i: whether worker.stdin exists }.
let workerData = null;
if (!isMainThread) {
  const start = startData();
  if (start.d !== undefined) workerData = start.d;
}
let parentPort = null;
if (!isMainThread) {
  const { ParentPort } = require('internal/worker/port');
  parentPort = new ParentPort();
}

const kRecord = Symbol('kRecord');
const environmentData = new Map();

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    const isEval = !!options.eval;
    let source;
    if (isEval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('filename', 'string', filename);
      }
      source = filename;
    } else {
      if (filename instanceof URL) {
        source = require('url').fileURLToPath(filename);
      } else if (typeof filename === 'string') {
        if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
          throw new ERR_WORKER_PATH(filename);
        }
        source = path.resolve(filename);
      } else {
        throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      }
    }
    if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
      throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
    }
    // The worker's process.execArgv: the given options (a '--' ends them), else the
    // parent's.
    let execArgv = (options.execArgv || process.execArgv).map(String);
    if (execArgv.includes('--')) execArgv = execArgv.slice(0, execArgv.indexOf('--'));
    const data = binding.serialize({ d: options.workerData, i: !!options.stdin, x: execArgv });
    const argv = Array.isArray(options.argv) ? options.argv.map(String) : [];
    this._exited = false;
    this._exitCode = undefined;
    const handle = {
      onmessage: (bytes) => this._onMessage(bytes),
      onexit: (code) => this._onExit(code),
    };
    const started = binding.startWorker(source, isEval, data, argv, handle);
    this.threadId = started.threadId;
    this[kRecord] = started.record;
    stdio.attachParentStdio(this, options, (bytes) => {
      if (!this._exited) binding.postToWorker(this[kRecord], bytes);
    });
    this.resourceLimits = {};
  }

  _onMessage(bytes) {
    let msg;
    try {
      msg = decode(bytes);
    } catch (err) {
      this.emit('messageerror', err);
      return;
    }
    if (msg.t === 'm') this.emit('message', msg.v);
    else if (msg.t === 's') stdio.onWorkerOutput(this, msg.v[0], msg.v[1]);
    else if (msg.t === 'o') this.emit('online');
    else if (msg.t === 'e') this.emit('error', msg.v);
  }

  _onExit(code) {
    this._exited = true;
    this._exitCode = code;
    this.threadId = -1;
    stdio.endParentStdio(this);
    this.emit('exit', code);
  }

  postMessage(value) {
    if (this._exited) return;
    binding.postToWorker(this[kRecord], encode('m', value));
  }

  terminate(callback) {
    if (this._exited) {
      if (typeof callback === 'function') process.nextTick(callback, null, this._exitCode);
      return Promise.resolve(this._exitCode);
    }
    binding.terminate(this[kRecord]);
    return new Promise((resolve) => {
      this.once('exit', (code) => {
        if (typeof callback === 'function') callback(null, code);
        resolve(code);
      });
    });
  }

  ref() { binding.setRef(this[kRecord], true); }
  unref() { binding.setRef(this[kRecord], false); }
}


function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function receiveMessageOnPort(port) {
  if (port && typeof port.receiveMessage === 'function') return port.receiveMessage();
  return undefined;
}

module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext(port) { return port; },
  receiveMessageOnPort,
  resourceLimits: {},
  threadId,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
