'use strict';
// Module customization hooks: module.register() and --experimental-loader. Each hooks
// module may export `initialize(data)`, `resolve(specifier, context, nextResolve)` and
// `load(url, context, nextLoad)`; the last registered runs first and may call next* to
// defer to the one before, down to the default resolve and load. Node runs hooks on a
// separate thread; nodus runs them on the main thread, between module loads, which
// keeps their observable contract (async functions, chaining, short circuits).

const codes = require('internal/modules/esm/errors');
const { pathToFileURL } = require('internal/modules/esm/url');

const resolveChain = []; // { fn, name }
const loadChain = [];

function active() {
  return resolveChain.length > 0 || loadChain.length > 0;
}

function chainIncomplete(name, hook) {
  return new codes.ERR_LOADER_CHAIN_INCOMPLETE(`${name} '${hook}'`);
}

function isObject(v) {
  return v !== null && typeof v === 'object';
}

// Runs a chain from its last hook down to `fallback`, checking what each one returns.
// As node does, the chain must end in the default step or a `shortCircuit: true`; that
// is checked once the outermost hook has returned, and blames the hook that stopped.
function runChain(chain, hookName, fallback, validate) {
  return async (input, context) => {
    const meta = { finished: false, culprit: undefined };
    const step = (index) => async (stepInput, stepContext) => {
      if (index < 0) {
        meta.finished = true;
        return fallback(stepInput, stepContext);
      }
      const { fn, name } = chain[index];
      let nextCalled = false;
      const next = (nextInput, nextContext) => {
        nextCalled = true;
        return step(index - 1)(nextInput,
          nextContext === undefined ? stepContext : { ...stepContext, ...nextContext });
      };
      const result = await fn(stepInput, stepContext, next);
      validate(result, name);
      if (result.shortCircuit === true) meta.finished = true;
      else if (!nextCalled && meta.culprit === undefined) meta.culprit = name;
      return result;
    };
    const result = await step(chain.length - 1)(input, context);
    if (!meta.finished) throw chainIncomplete(meta.culprit, hookName);
    return result;
  };
}

function validateResolve(result, name) {
  if (!isObject(result)) {
    throw new codes.ERR_INVALID_RETURN_VALUE('an object', `${name} 'resolve' hook's nextResolve()`, result);
  }
  // An absolute URL (a scheme first): relative paths and the like are refused.
  if (typeof result.url !== 'string' || !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(result.url)) {
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', `${name} 'resolve'`, 'url',
      result.url);
  }
}

function validateLoad(result, name) {
  if (!isObject(result)) {
    throw new codes.ERR_INVALID_RETURN_VALUE('an object', `${name} 'load' hook's nextLoad()`, result);
  }
  const { format, source } = result;
  // ES module and JSON text must come as a string or bytes (never a String object, an
  // array, or something to stringify); CommonJS and builtins may leave it to the loader.
  if (format === 'module' || format === 'json') {
    if (typeof source !== 'string' && !(source instanceof ArrayBuffer) &&
        !(source instanceof SharedArrayBuffer) && !ArrayBuffer.isView(source)) {
      throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE(
        'a string, an ArrayBuffer, or a TypedArray', `${name} 'load'`, 'source', source);
    }
  }
}

// resolve(specifier, parentURL, attributes, defaultResolve) -> Promise<{ url, format }>
function resolve(specifier, parentURL, attributes, defaultResolve, conditions) {
  // Copies: what a hook does to the context it was given must not leak back.
  const context = { conditions: [...conditions], importAttributes: { ...attributes }, parentURL };
  return runChain(resolveChain, 'resolve', defaultResolve, validateResolve)(specifier, context);
}

// load(url, format, attributes, defaultLoad) -> Promise<{ format, source }>
function load(url, format, attributes, defaultLoad, conditions) {
  const context = { conditions: [...conditions], format, importAttributes: { ...attributes } };
  return runChain(loadChain, 'load', defaultLoad, validateLoad)(url, context);
}

// Source as hooks may give it: string, ArrayBuffer, or a typed array of UTF-8.
function sourceToString(source) {
  if (typeof source === 'string') return source;
  let bytes;
  if (source instanceof ArrayBuffer || source instanceof SharedArrayBuffer) {
    bytes = new Uint8Array(source);
  } else if (ArrayBuffer.isView(source)) {
    bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  } else {
    return undefined;
  }
  if (typeof TextDecoder === 'function') return new TextDecoder().decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
  }
  try {
    return decodeURIComponent(escape(out));
  } catch {
    return out;
  }
}

// module.register(specifier[, parentURL][, options])
function register(specifier, parentURL = undefined, options = undefined) {
  if (isObject(parentURL) && typeof parentURL.href !== 'string') {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (isObject(parentURL)) parentURL = parentURL.href;
  if (parentURL === undefined) parentURL = 'data:';
  if (typeof specifier === 'object' && specifier !== null && typeof specifier.href === 'string') {
    specifier = specifier.href;
  }
  const loader = require('internal/modules/esm/loader');
  const { resolve: resolveSpecifier } = require('internal/modules/esm/resolve');
  const url = resolveSpecifier(`${specifier}`, parentURL);
  const record = loader.loadGraph(url, {});
  loader.evaluate(record);
  // A hooks module that failed to run must not half-work.
  const { kErrored } = internalBinding('module_wrap');
  if (record.wrap.getStatus() === kErrored) throw record.wrap.getError();
  const ns = record.wrap.getNamespace();
  const name = specifier;
  if (typeof ns.initialize === 'function') ns.initialize(options && options.data);
  if (typeof ns.resolve === 'function') resolveChain.push({ fn: ns.resolve, name });
  if (typeof ns.load === 'function') loadChain.push({ fn: ns.load, name });
}

// --experimental-loader <specifier>: register() relative to the cwd, with node's warning.
function registerFromFlag(specifier) {
  process.emitWarning('`--experimental-loader` may be removed in the future; instead use ' +
    "`register()`:\n--import 'data:text/javascript,import { register } from \"node:module\"; " +
    'import { pathToFileURL } from "node:url"; ' +
    `register(${JSON.stringify(specifier)}, pathToFileURL("./"));'`, 'ExperimentalWarning');
  register(specifier, `${pathToFileURL(process.cwd())}/`);
}

module.exports = { active, resolve, load, register, registerFromFlag, sourceToString };
