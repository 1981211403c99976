'use strict';
// vm: compiling and running code in the current context or in contextified sandboxes.
// The native half (contexts with interceptors over the sandbox, compiled scripts,
// timeouts) is core/bindings/contextify_vm.cc; this file validates arguments and
// options as node does and turns code caches into Buffers.

const {
  ContextifyScript,
  makeContext,
  isContext: nativeIsContext,
  compileFunctionVm,
} = internalBinding('contextify');
const {
  validateString, validateBoolean, validateObject, validateArray, validateInt32,
  validateUint32, validateOneOf, validateFunction,
} = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const nativeRun = ContextifyScript.prototype.runInContext;
const nativeCreateCachedData = ContextifyScript.prototype.createCachedData;

function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function validateBuffer(value, name) {
  if (!ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
  }
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return nativeIsContext(object);
}

function validateContext(contextifiedObject) {
  validateObject(contextifiedObject, 'contextifiedObject', { allowArray: true, allowFunction: true });
  if (!nativeIsContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

// { timeout, displayErrors, breakOnSigint } of runIn*Context's options.
function runOptions(options) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout: timeout === undefined ? -1 : timeout, displayErrors };
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'symbol') {
      validateFunction(importModuleDynamically, 'options.importModuleDynamically');
    }
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData);
    if (this.cachedData !== undefined) this.cachedData = toBuffer(this.cachedData);
  }

  runInThisContext(options = {}) {
    const { timeout, displayErrors } = runOptions(options);
    return Reflect.apply(nativeRun, this, [null, timeout, displayErrors]);
  }

  runInContext(contextifiedObject, options = {}) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors } = runOptions(options);
    return Reflect.apply(nativeRun, this, [contextifiedObject, timeout, displayErrors]);
  }

  runInNewContext(contextObject, options = {}) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return toBuffer(Reflect.apply(nativeCreateCachedData, this, []));
  }
}

let contextCount = 0;

function createContext(contextObject = {}, options = {}) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${contextCount++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'symbol') {
    validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  }
  makeContext(contextObject, name, strings, wasm);
  return contextObject;
}

// runInNewContext's context options arrive as contextName, contextOrigin, ...
// (validated under those names).
function contextOptions(options) {
  if (options === undefined || typeof options === 'string') return {};
  validateObject(options, 'options');
  const { contextName, contextOrigin, contextCodeGeneration, microtaskMode } = options;
  const out = {};
  if (contextName !== undefined) {
    validateString(contextName, 'options.contextName');
    out.name = contextName;
  }
  if (contextOrigin !== undefined) {
    validateString(contextOrigin, 'options.contextOrigin');
    out.origin = contextOrigin;
  }
  if (contextCodeGeneration !== undefined) {
    validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    out.codeGeneration = contextCodeGeneration;
  }
  if (microtaskMode !== undefined) out.microtaskMode = microtaskMode;
  return out;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' ||
        !nativeIsContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, { nullable: true });
  }
  if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'symbol') {
    validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  }
  const result = compileFunctionVm(code, filename, lineOffset, columnOffset, cachedData,
                                   produceCachedData, parsingContext, contextExtensions,
                                   params || []);
  const fn = result.function;
  if (result.cachedDataRejected !== undefined) fn.cachedDataRejected = result.cachedDataRejected;
  if (produceCachedData) {
    fn.cachedDataProduced = result.cachedDataProduced;
    if (result.cachedData !== undefined) fn.cachedData = toBuffer(result.cachedData);
  }
  return fn;
}

// V8's MeasureMemory needs a delegate per request; an estimate from the heap statistics
// answers the same shape of question ({ total: { jsMemoryEstimate, jsMemoryRange } }).
function measureMemory(options = {}) {
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                      'ExperimentalWarning');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const used = process.memoryUsage().heapUsed;
  return Promise.resolve({ total: { jsMemoryEstimate: used, jsMemoryRange: [used, used] } });
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
