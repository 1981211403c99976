'use strict';
// The util module.

const { codes } = require('internal/errors');
const { inspect, format, formatWithOptions, stripVTControlCharacters } =
  require('internal/util/inspect');
const { promisify, callbackify } = require('internal/util/promisify');
const { debuglog } = require('internal/util/debuglog');
const { deprecate } = require('internal/util/deprecate');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { validateNumber, validateObject } = require('internal/validators');
const types = require('util/types');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

let errorMap;
function lazyErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const [errno, name, message] of internalBinding('util').getErrorMap()) {
      errorMap.set(errno, [name, message]);
    }
  }
  return errorMap;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = lazyErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(lazyErrorMap());
}

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function pad(n) {
  return n.toString().padStart(2, '0');
}
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const t = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

function log(...args) {
  process.stdout.write(`${timestamp()} - ${format(...args)}\n`);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(value) {
  try {
    return require('buffer').Buffer.isBuffer(value);
  } catch {
    return false;
  }
}

const { colors } = require('internal/util/inspect/colors');

function isNodeStream(obj) {
  return obj != null && typeof obj === 'object' &&
    (obj._readableState !== undefined || obj._writableState !== undefined ||
     (typeof obj.write === 'function' && typeof obj.on === 'function') ||
     (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isWebStream(obj) {
  return obj != null && typeof obj === 'object' &&
    ((typeof obj.getReader === 'function' && typeof obj.pipeThrough === 'function') ||
     (typeof obj.getWriter === 'function' && typeof obj.abort === 'function'));
}

// Colors for a stream as node decides them: FORCE_COLOR wins, otherwise a TTY
// whose color depth is above 2 (which honours NO_COLOR and NODE_DISABLE_COLORS).
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return true;
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { validateString, validateBoolean, validateOneOf } = require('internal/validators');
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isNodeStream(stream) && !isWebStream(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = typeof key === 'string' ? colors[key] : undefined;
    if (code == null) validateOneOf(key, 'format', Object.keys(colors));
    if (skipColorize) continue;
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// dotenv syntax, parsed by the same code as --env-file and process.loadEnvFile.
function parseEnv(content) {
  const { validateString } = require('internal/validators');
  validateString(content, 'content');
  return internalBinding('util').parseEnv(content);
}

async function aborted(signal, resource) {
  if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  const { validateAbortSignal } = require('internal/validators');
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { nullable: false, allowFunction: true });
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  parseEnv,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer,
  isDeepStrictEqual,
  isNull(arg) { return arg === null; },
  isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber(arg) { return typeof arg === 'number'; },
  isString(arg) { return typeof arg === 'string'; },
  isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError(e) { return types.isNativeError(e) || e instanceof Error; },
  isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
};

// Parts owned elsewhere or costly to load are attached lazily.
function defineLazy(name, get) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = get();
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
    configurable: true,
    enumerable: true,
  });
}
defineLazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('MIMEType', () => require('internal/util/mime').MIMEType);
defineLazy('MIMEParams', () => require('internal/util/mime').MIMEParams);
defineLazy('transferableAbortSignal', () => (signal) => signal);
defineLazy('transferableAbortController', () => () => new AbortController());
