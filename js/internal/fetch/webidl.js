'use strict';
// The few WebIDL conversions and argument checks the fetch classes share, with the
// messages node gives for them.

// A method called on an object that is not of its class.
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function requireArgs(got, need, what) {
  if (got < need) {
    throw new TypeError(`${what}: ${need} argument${need > 1 ? 's' : ''} required, ` +
      `but ${need > 1 ? 'only ' : ''}${got} found.`);
  }
}

// ByteString: any code unit over 0xFF is an error rather than being mangled.
function toByteString(v) {
  const s = `${v}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
        `${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

// USVString: lone surrogates become U+FFFD.
function toUSVString(v) {
  return `${v}`.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// A WebIDL enum member, or node's TypeError naming the accepted values.
function toEnum(value, allowed, what) {
  const s = `${value}`;
  if (!allowed.includes(s)) {
    throw new TypeError(`${what}: ${s} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return s;
}

module.exports = { illegalInvocation, requireArgs, toByteString, toUSVString, toEnum };

// A WebIDL pair-iterator prototype ("Headers Iterator", "FormData Iterator"): inherits
// from %IteratorPrototype%; each step re-reads the target's entries, so changes made
// during iteration are seen, as the spec's iterators do.
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
function makeIteratorFactory(name, getEntries) {
  const kTarget = Symbol('target');
  const kKind = Symbol('kind');
  const kIndex = Symbol('index');
  const proto = Object.create(IteratorPrototype, {
    next: {
      value: function next() {
        if (this === null || typeof this !== 'object' || !(kTarget in this)) {
          throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
        }
        const entries = getEntries(this[kTarget]);
        const i = this[kIndex];
        if (i >= entries.length) return { value: undefined, done: true };
        this[kIndex] = i + 1;
        const [k, v] = entries[i];
        const kind = this[kKind];
        return { value: kind === 'key' ? k : kind === 'value' ? v : [k, v], done: false };
      },
      writable: true, configurable: true, enumerable: true,
    },
    [Symbol.toStringTag]: { value: `${name} Iterator`, configurable: true },
  });
  return function makeIterator(target, kind) {
    const it = Object.create(proto);
    it[kTarget] = target;
    it[kKind] = kind;
    it[kIndex] = 0;
    return it;
  };
}

module.exports.makeIteratorFactory = makeIteratorFactory;
