'use strict';
// util.MIMEType / util.MIMEParams: WHATWG MIME type parsing and serialisation.

const { codes, E } = require('internal/errors');

if (codes.ERR_INVALID_MIME_SYNTAX === undefined) {
  E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
    const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
    return `The MIME syntax for a ${production} in "${str}" is invalid${msg}`;
  }, TypeError);
}

const notTokenCodePoint = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const notQuotedStringCodePoint = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const needsQuoting = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;

function isHTTPWhitespace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function trimHTTPWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isHTTPWhitespace(str[start])) start++;
  while (end > start && isHTTPWhitespace(str[end - 1])) end--;
  return str.slice(start, end);
}

function trimTrailingHTTPWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHTTPWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function invalidIndex(regexp, str) {
  const m = regexp.exec(str);
  return m === null ? -1 : m.index;
}

function encodeValue(value) {
  if (value.length === 0) return '""';
  if (!needsQuoting.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const nameIndex = invalidIndex(notTokenCodePoint, name);
    if (name.length === 0 || nameIndex !== -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('parameter name', name, nameIndex);
    }
    const valueIndex = invalidIndex(notQuotedStringCodePoint, value);
    if (valueIndex !== -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, valueIndex);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let ret = '';
    for (const { 0: key, 1: value } of this.#data) {
      ret += `${ret === '' ? '' : ';'}${key}=${encodeValue(value)}`;
    }
    return ret;
  }

  toJSON() {
    return this.toString();
  }

  // Parameters as the parser finds them: invalid or repeated ones are dropped.
  static parseInto(params, str, position) {
    const data = params.#data;
    const length = str.length;
    while (position < length) {
      position++; // the ';'
      while (position < length && isHTTPWhitespace(str[position])) position++;
      let nameEnd = position;
      while (nameEnd < length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = str.slice(position, nameEnd).toLowerCase();
      position = nameEnd;
      if (position < length && str[position] === ';') continue;
      if (position >= length) break;
      position++; // the '='
      if (position >= length) break;
      let value;
      if (str[position] === '"') {
        value = '';
        position++;
        while (true) {
          let end = position;
          while (end < length && str[end] !== '"' && str[end] !== '\\') end++;
          value += str.slice(position, end);
          position = end;
          if (position >= length) break;
          const quoteOrBackslash = str[position];
          position++;
          if (quoteOrBackslash === '\\') {
            if (position >= length) {
              value += '\\';
              break;
            }
            value += str[position];
            position++;
          } else {
            break;
          }
        }
        while (position < length && str[position] !== ';') position++;
      } else {
        let end = position;
        while (end < length && str[end] !== ';') end++;
        value = trimTrailingHTTPWhitespace(str.slice(position, end));
        position = end;
        if (value === '') continue;
      }
      if (name !== '' && !notTokenCodePoint.test(name) &&
          !notQuotedStringCodePoint.test(value) && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const str = trimHTTPWhitespace(string);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    if (type.length === 0 || notTokenCodePoint.test(type) || slash === -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('type', string, invalidIndex(notTokenCodePoint, type));
    }
    let semicolon = str.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = str.length;
    const subtype = trimTrailingHTTPWhitespace(str.slice(slash + 1, semicolon));
    if (subtype.length === 0 || notTokenCodePoint.test(subtype)) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', string, invalidIndex(notTokenCodePoint, subtype));
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#parameters = new MIMEParams();
    parseParamsInto(this.#parameters, str, semicolon);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const index = invalidIndex(notTokenCodePoint, v);
    if (v.length === 0 || index !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('type', v, index);
    this.#type = v.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const index = invalidIndex(notTokenCodePoint, v);
    if (v.length === 0 || index !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', v, index);
    this.#subtype = v.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const params = `${this.#parameters}`;
    return `${this.#type}/${this.#subtype}${params === '' ? '' : ';'}${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
