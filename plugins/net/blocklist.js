'use strict';
// net.SocketAddress and net.BlockList. Addresses are compared as 128-bit numbers with
// IPv4 mapped into ::ffff:0:0/96, so an IPv4 rule also matches the mapped IPv6 form and
// the other way round, as in node.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS },
} = require('internal/errors');
const { validateObject, validateString, validateUint32, validateInt32 } =
  require('internal/validators');
const { validatePort } = require('internal/net/util');

const kAddress = Symbol('kAddress');
const kValue = Symbol('kValue');
const kRules = Symbol('kRules');
const V4_MAPPED = 0xffff00000000n;

// [canonical text, 128-bit value] of an address of the family, or null.
function parseAddress(address, family) {
  const bytes = binding.ipBytes(address, family === 'ipv6' ? 6 : 4);
  if (!bytes) return null;
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  if (bytes.length === 4) value |= V4_MAPPED;
  return [binding.ipString(bytes), value];
}

class SocketAddress {
  static isSocketAddress(value) {
    return value !== null && typeof value === 'object' && value[kAddress] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(family, 'options.family');
    const lower = family.toLowerCase();
    if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', family);
    family = lower;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const parsed = parseAddress(address, family);
    if (!parsed) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = { address: parsed[0], port: port | 0, family, flowlabel };
    this[kValue] = parsed[1];
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

// A SocketAddress from a BlockList argument (string + family, or a SocketAddress).
function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  // SocketAddress checks the family, naming it options.family as node does.
  return new SocketAddress({ address: value, family });
}

function label(family) {
  return family === 'ipv6' ? 'IPv6' : 'IPv4';
}

class BlockList {
  static isBlockList(value) {
    return value !== null && typeof value === 'object' && value[kRules] !== undefined;
  }

  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, family, 'address');
    this[kRules].unshift({
      text: `Address: ${label(sa.family)} ${sa.address}`, lo: sa[kValue], hi: sa[kValue],
    });
  }

  addRange(start, end, family = 'ipv4') {
    const a = toSocketAddress(start, family, 'start');
    const b = toSocketAddress(end, family, 'end');
    if (a[kValue] > b[kValue]) throw new ERR_INVALID_ARG_VALUE('start', a, 'must come before end');
    this[kRules].unshift({
      text: `Range: ${label(a.family)} ${a.address}-${b.address}`, lo: a[kValue], hi: b[kValue],
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    let sa;
    if (SocketAddress.isSocketAddress(network)) {
      sa = network;
      family = sa.family;
    } else {
      validateString(network, 'network');
    }
    const v6 = typeof family === 'string' && family.toLowerCase() === 'ipv6';
    validateInt32(prefix, 'prefix', 0, v6 ? 128 : 32);
    if (!sa) sa = new SocketAddress({ address: network, family });
    family = sa.family;
    const bits = BigInt(family === 'ipv6' ? prefix : prefix + 96);
    const hostMask = (1n << (128n - bits)) - 1n;
    const lo = sa[kValue] & ~hostMask & ((1n << 128n) - 1n);
    this[kRules].unshift({
      text: `Subnet: ${label(family)} ${sa.address}/${prefix}`, lo, hi: lo | hostMask,
    });
  }

  check(address, family = 'ipv4') {
    let sa;
    if (SocketAddress.isSocketAddress(address)) {
      sa = address;
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        sa = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const v = sa[kValue];
    return this[kRules].some((r) => v >= r.lo && v <= r.hi);
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }
}

module.exports = { SocketAddress, BlockList };
