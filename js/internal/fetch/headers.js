'use strict';
// Headers (WHATWG Fetch §5.2): a list of name/value byte strings, exposed sorted and
// combined. Names are kept lower-cased, since every lookup is case-insensitive and
// iteration yields lower-cased names anyway. Set-Cookie values are never combined
// (cookies may contain ", "), so each is stored as its own entry.

const {
  illegalInvocation, requireArgs, toByteString, makeIteratorFactory,
} = require('internal/fetch/webidl');

const kList = Symbol('headers list');   // Map<lowercase name, string[]>
const kGuard = Symbol('headers guard'); // 'none' | 'request' | 'response' | 'immutable'
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// RFC 9110 token characters.
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A value may not hold NUL, CR or LF; leading/trailing HTTP whitespace is dropped.
const badValueRe = /[\0\r\n]/;
const trimRe = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function isValidHeaderName(name) {
  return tokenRe.test(name);
}

function normalizeValue(v) {
  return toByteString(v).replace(trimRe, '');
}

function checkThis(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) throw illegalInvocation();
}

function checkName(name, what) {
  if (!isValidHeaderName(name)) throw new TypeError(`${what}: "${name}" is an invalid header name.`);
}

function checkValue(value, what) {
  if (badValueRe.test(value)) throw new TypeError(`${what}: "${value}" is an invalid header value.`);
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

// Appends without the guard: used by the constructor and by fetch filling a response.
function appendRaw(headers, name, value) {
  const key = name.toLowerCase();
  const list = headers[kList];
  const values = list.get(key);
  if (values === undefined) list.set(key, [value]);
  else values.push(value);
}

function fill(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init instanceof Headers) {
    for (const [k, vs] of init[kList]) headers[kList].set(k, vs.slice());
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const p = [...pair];
      if (p.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
      }
      append(headers, toByteString(p[0]), normalizeValue(p[1]), 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    append(headers, toByteString(key), normalizeValue(init[key]), 'Headers.append');
  }
}

function append(headers, name, value, what) {
  checkName(name, what);
  checkValue(value, what);
  checkMutable(headers);
  appendRaw(headers, name, value);
}

// The sorted-and-combined view the iterators and forEach walk.
function sortedEntries(headers) {
  const out = [];
  const keys = [...headers[kList].keys()].sort();
  for (const k of keys) {
    const vs = headers[kList].get(k);
    if (k === 'set-cookie') {
      for (const v of vs) out.push([k, v]);
    } else {
      out.push([k, vs.join(', ')]);
    }
  }
  return out;
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init !== undefined) fill(this, init);
  }

  append(name, value) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'Headers.append');
    append(this, toByteString(name), normalizeValue(value), 'Headers.append');
  }

  delete(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.delete');
    name = toByteString(name);
    checkName(name, 'Headers.delete');
    checkMutable(this);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.get');
    name = toByteString(name);
    checkName(name, 'Headers.get');
    const vs = this[kList].get(name.toLowerCase());
    return vs === undefined ? null : vs.join(', ');
  }

  has(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.has');
    name = toByteString(name);
    checkName(name, 'Headers.has');
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'Headers.set');
    name = toByteString(name);
    value = normalizeValue(value);
    checkName(name, 'Headers.set');
    checkValue(value, 'Headers.set');
    checkMutable(this);
    this[kList].set(name.toLowerCase(), [value]);
  }

  getSetCookie() {
    checkThis(this);
    const vs = this[kList].get('set-cookie');
    return vs === undefined ? [] : vs.slice();
  }

  keys() {
    checkThis(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return makeIterator(this, 'value');
  }

  entries() {
    checkThis(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    // Re-sorted each step, so changes made by the callback are seen, as in the spec.
    for (let i = 0; ; i++) {
      const entries = sortedEntries(this);
      if (i >= entries.length) break;
      callback.call(thisArg, entries[i][1], entries[i][0], this);
    }
  }

  [customInspect](depth, options, inspect) {
    const obj = {};
    for (const [k, v] of sortedEntries(this)) {
      if (k in obj) obj[k] = Array.isArray(obj[k]) ? [...obj[k], v] : [obj[k], v];
      else obj[k] = v;
    }
    return `Headers ${inspect(obj, options)}`;
  }
}

Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.iterator, { enumerable: false });
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

const makeIterator = makeIteratorFactory('Headers', sortedEntries);

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

function getGuard(headers) {
  return headers[kGuard];
}

// The first value of a header as fetch reads it (content-type, location, ...).
function getRaw(headers, name) {
  const vs = headers[kList].get(name);
  return vs === undefined ? null : vs.join(', ');
}

module.exports = {
  Headers, fill, appendRaw, setGuard, getGuard, getRaw, sortedEntries,
  isValidHeaderName, toByteString, kList,
};
