'use strict';
// domain (deprecated in node, still used by older npm code): error routing for a group
// of callbacks and emitters. A domain is entered around run()/bind()/intercept()
// callbacks, around callbacks scheduled while it is active (timers, immediates,
// nextTick), around events of emitters that belong to it, and around Node-API
// callbacks whose resource has a `domain`. An error thrown there, or an 'error' event
// nobody listens to, goes to the domain's 'error' listeners.
//
// Loading this module changes process-wide behaviour, as in node: it wraps EventEmitter
// and the scheduling functions, and holds the uncaught-exception capture callback while
// a domain is entered. Known differences: promise reactions do not carry the domain; an
// uncaught error thrown while a domain without 'error' listeners is entered is reported
// without its source arrow.

const EventEmitter = require('events');
const hooks = require('internal/async_hooks');
const { codes: { ERR_UNHANDLED_ERROR } } = require('internal/errors');

const stack = [];

function current() {
  return stack.length === 0 ? null : stack[stack.length - 1];
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    stack.push(this);
    domainModule.active = process.domain = this;
    captureUncaught(true);
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    // undefined (not null) once the stack is empty, as node.
    domainModule.active = process.domain = stack[stack.length - 1];
    if (stack.length === 0) captureUncaught(false);
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    // A domain added to one of its own descendants would make a cycle.
    if (ee instanceof Domain) {
      for (let d = this; d; d = d.domain) {
        if (d === ee) return;
      }
    }
    Object.defineProperty(ee, 'domain', {
      __proto__: null, configurable: true, enumerable: false, value: this, writable: true,
    });
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const index = this.members.indexOf(ee);
    if (index !== -1) this.members.splice(index, 1);
  }

  run(fn, ...args) {
    this.enter();
    const ret = Reflect.apply(fn, this, args);
    this.exit();
    return ret;
  }

  bind(cb) {
    const self = this;
    function bound(...args) {
      self.enter();
      const ret = Reflect.apply(cb, this, args);
      self.exit();
      return ret;
    }
    bound.domain = this;
    return bound;
  }

  intercept(cb) {
    const self = this;
    function intercepted(err, ...args) {
      if (err) {
        if (typeof err === 'object' || typeof err === 'function') {
          err.domainBound = cb;
          err.domainThrown = false;
          err.domain = self;
        }
        self.emit('error', err);
        return;
      }
      self.enter();
      const ret = Reflect.apply(cb, this, args);
      self.exit();
      return ret;
    }
    return intercepted;
  }

  // An uncaught error while this domain is active: true when an 'error' listener took it.
  // Uncaught errors end the current callback, so no domain stays entered afterwards.
  _errorHandler(er) {
    if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
      er.domain = this;
      er.domainThrown = true;
    }
    clearStack();
    if (this.listenerCount('error') === 0) return false;
    return this.emit('error', er);
  }
}

function clearStack() {
  stack.length = 0;
  domainModule.active = process.domain = null;
  captureUncaught(false);
}

// Uncaught errors are captured only while a domain is entered (an error thrown inside
// one leaves it entered); otherwise node's usual report, with its source arrow, applies.
let capturing = false;
function captureUncaught(on) {
  if (on === capturing) return;
  if (on) {
    try {
      process.setUncaughtExceptionCaptureCallback(onUncaught);
      capturing = true;
    } catch {
      // The program set its own capture callback: it keeps it.
    }
  } else {
    process.setUncaughtExceptionCaptureCallback(null);
    capturing = false;
  }
}

// Runs fn inside `domain`; left entered when fn throws, so that the uncaught-exception
// handler finds the domain the error came from.
function runIn(domain, fn, thisArg, args) {
  domain.enter();
  const ret = Reflect.apply(fn, thisArg, args);
  domain.exit();
  return ret;
}

// --- uncaught errors ---

function fatal(er) {
  const { formatUncaught } = require('internal/process/uncaught');
  let text;
  try {
    text = formatUncaught(er);
  } catch {
    text = String(er);
  }
  internalBinding('stdio').writeString(2, `${text}\n\nNode.js ${process.version}\n`);
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // as node: an error in an 'exit' listener here is not reported.
    }
  }
  const code = process.exitCode;
  process.reallyExit(code === undefined || code === null ? 1 : code | 0);
}

function onUncaught(er) {
  const d = current();
  if (d !== null && d._errorHandler(er)) return;
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', er, 'uncaughtException');
    return;
  }
  fatal(er);
}

// --- process-wide wiring, once ---

function wrapScheduler(owner, name, callbackIndex) {
  const original = owner[name];
  if (typeof original !== 'function' || original.__domainWrapped) return;
  const wrapped = function(...args) {
    const d = current();
    const cb = args[callbackIndex];
    if (d !== null && typeof cb === 'function') {
      args[callbackIndex] = function(...cbArgs) { return runIn(d, cb, this, cbArgs); };
    }
    return Reflect.apply(original, this, args);
  };
  Object.defineProperty(wrapped, 'name', { __proto__: null, value: original.name });
  wrapped.__domainWrapped = true;
  // Symbols too: setTimeout's util.promisify.custom must survive the wrapping.
  for (const key of Object.keys(original)) wrapped[key] = original[key];
  for (const sym of Object.getOwnPropertySymbols(original)) {
    Object.defineProperty(wrapped, sym, Object.getOwnPropertyDescriptor(original, sym));
  }
  owner[name] = wrapped;
}

function install() {
  process.domain = null;

  const init = EventEmitter.init;
  EventEmitter.usingDomains = true;
  EventEmitter.init = function(opts) {
    Reflect.apply(init, this, [opts]);
    const d = current();
    if (d !== null && !(this instanceof Domain) && this.domain === undefined) {
      Object.defineProperty(this, 'domain', {
        __proto__: null, configurable: true, enumerable: false, value: d, writable: true,
      });
    }
  };
  const emit = EventEmitter.prototype.emit;
  EventEmitter.prototype.emit = function(type, ...args) {
    const d = this.domain;
    if (!d || this instanceof Domain || !(d instanceof Domain)) {
      return Reflect.apply(emit, this, [type, ...args]);
    }
    if (type === 'error' && this.listenerCount('error') === 0) {
      // A falsy payload (none, null, false) still reaches the domain as an Error, so its
      // 'error' listeners always get something they can read a stack from, as in node.
      const er = args[0] || new ERR_UNHANDLED_ERROR();
      if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
        er.domainEmitter = this;
        er.domain = d;
        er.domainThrown = false;
      }
      d.emit('error', er);
      return false;
    }
    return runIn(d, emit, this, [type, ...args]);
  };

  const timers = require('timers');
  for (const owner of [globalThis, timers]) {
    wrapScheduler(owner, 'setTimeout', 0);
    wrapScheduler(owner, 'setInterval', 0);
    wrapScheduler(owner, 'setImmediate', 0);
  }
  wrapScheduler(process, 'nextTick', 0);
  hooks.setDomainHooks({
    enter(resource) {
      const d = resource !== null && typeof resource === 'object' ? resource.domain : undefined;
      if (d instanceof Domain) {
        d.enter();
        return d;
      }
      return undefined;
    },
    exit(d) { d.exit(); },
  });
}

function create() {
  return new Domain();
}

const domainModule = module.exports = {
  Domain,
  active: null,
  create,
  createDomain: create,
  _stack: stack,
};

install();
