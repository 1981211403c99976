'use strict';
// The ES module loader: one module map (URL -> record) shared by static imports,
// import(), require(esm) and the entry point, so every file is evaluated once.
//
// Loading is synchronous (the sources are read with blocking calls): resolve, read and
// compile the whole graph, link it, instantiate, then evaluate, which returns a promise
// that is already settled unless the graph has top-level await. import() defers all of
// that to a microtask so that its module body never runs before the code after it.

const binding = internalBinding('module_wrap');
const { ModuleWrap, kInstantiated, kEvaluating, kEvaluated, kErrored } = binding;
const {
  resolve, getFormat, commonJSHint, getPackageScope, kDefaultConditions,
} = require('internal/modules/esm/resolve');
const { translate, getSource } = require('internal/modules/esm/translators');
const { pathToFileURL, fileURLToPath, resolveURL } = require('internal/modules/esm/url');
const codes = require('internal/modules/esm/errors');
// The runtime's own setImmediate: a test that mocks the global one (mock.timers) must
// not stall module loading.
function internalSetImmediate(fn) {
  return require('internal/timers').setImmediate(fn);
}

const moduleMap = new Map(); // url -> { url, format, wrap, promise } or { url, error }
let loadingForRequire = false; // require(esm) refuses some imports import() would try

// The URL a script or module names itself by (V8's resource name): module URLs as they
// are, CommonJS file paths as file: URLs, "[eval]" and friends relative to the cwd.
function referrerURL(name) {
  if (typeof name !== 'string' || name === '') return `${pathToFileURL(process.cwd())}/`;
  if (/^(file|node|data):/.test(name)) return name;
  if (name[0] === '/') return pathToFileURL(name);
  // As the URL parser makes it ("[eval1]" keeps its brackets).
  return resolveURL(`./${name}`, `${pathToFileURL(process.cwd())}/`);
}

function validateAttributes(url, format, attributes) {
  let type;
  for (const key of Object.keys(attributes)) {
    if (key !== 'type') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key]);
    type = attributes[key];
  }
  if (format === 'json') {
    if (type === 'json') return;
    if (type === undefined) throw new codes.ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
  }
  if (type === undefined) return;
  if (type !== 'json') throw new codes.ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  throw new codes.ERR_IMPORT_ASSERTION_TYPE_FAILED(url, 'json');
}

// Whether `source` (of a file with no "type") is an ES module: it is when it does not
// compile as CommonJS for a reason only module syntax explains.
function detectModuleSyntax(source, filename) {
  if (!/\b(import|export|await)\b/.test(source)) return false;
  return binding.containsModuleSyntax(source, filename);
}

// node's nudge when a package.json without "type" governs a file import found to be
// ESM (not for the entry point, nor inside node_modules, nor after require() decided).
const warnedTypeless = new Set();
function warnTypeless(filename, quiet = false) {
  if (quiet) warnedTypeless.add(filename);
  if (filename.includes('/node_modules/') || warnedTypeless.has(filename)) return;
  const scope = getPackageScope(filename);
  if (scope === null) return;
  warnedTypeless.add(filename);
  process.emitWarning(`Module type of ${pathToFileURL(filename)} is not specified and it ` +
    "doesn't parse as CommonJS.\nReparsing as ES module because module syntax was " +
    'detected. This incurs a performance overhead.\nTo eliminate this warning, add ' +
    `"type": "module" to ${scope.path}.`, 'Warning', 'MODULE_TYPELESS_PACKAGE_JSON');
}

function resolveFormat(url, isMain) {
  let format = getFormat(url);
  let source;
  if (format === 'commonjs-or-module') {
    const filename = fileURLToPath(url);
    source = getSource(url);
    format = detectModuleSyntax(source, filename) ? 'module' : 'commonjs';
    if (format === 'module' && !isMain) warnTypeless(filename);
  } else if (format === null) {
    if (url.startsWith('data:')) {
      const m = /^data:([^,;]*)/.exec(url);
      throw new codes.ERR_UNKNOWN_MODULE_FORMAT(m ? m[1] : '', url);
    }
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    throw new codes.ERR_UNKNOWN_FILE_EXTENSION(dot > slash ? path.slice(dot) : '', path);
  }
  return { format, source };
}

// Resolves with node's "Did you mean" hint on a module that CommonJS rules would find.
function resolveWithHint(specifier, parentURL, conditions) {
  try {
    return resolve(specifier, parentURL, conditions);
  } catch (err) {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
      const hint = commonJSHint(specifier, parentURL);
      if (hint) {
        const { message, stack } = err;
        err.message += hint;
        if (typeof stack === 'string') err.stack = stack.replace(message, err.message);
      }
    }
    throw err;
  }
}

// Emits the warning node's V8 prints for the `assert` keyword of import attributes
// (V8 10.2 knows no `with`, so every attribute here came with `assert`).
function warnAssertKeyword(where) {
  process.emitWarning(`${where} 'assert' is deprecated in import statements and support ` +
    "will be removed in a future version; use 'with' instead", 'V8');
}

// The record for `url`, its whole static graph compiled and linked. `created` collects
// the records made by this call so that a failure can forget them.
function getRecord(url, attributes, created, isMain = false) {
  let record = moduleMap.get(url);
  if (record !== undefined) {
    // A file that failed to compile fails every import with the same error, as node's.
    if (record.error !== undefined) throw record.error;
    validateAttributes(url, record.format, attributes);
    return record;
  }
  const { format, source } = resolveFormat(url, isMain);
  validateAttributes(url, format, attributes);
  let wrap;
  try {
    wrap = translate(url, format, source, isMain);
  } catch (err) {
    if (err instanceof SyntaxError) moduleMap.set(url, { url, format, error: err });
    throw err;
  }
  record = { url, format, wrap, promise: undefined };
  moduleMap.set(url, record);
  created.push(url);
  if (format === 'module') {
    const links = { __proto__: null };
    for (const req of wrap.getRequests()) {
      if (req.specifier in links) continue;
      if (Object.keys(req.attributes).length > 0 && !wrap.withLines?.has(req.line)) {
        warnAssertKeyword(`${url}:${req.line}`);
      }
      if (loadingForRequire && /^https?:/.test(req.specifier)) {
        throw new codes.ERR_NETWORK_IMPORT_DISALLOWED(req.specifier, url,
          'ES modules cannot be loaded by require() from the network');
      }
      const depURL = resolveWithHint(req.specifier, url);
      links[req.specifier] = getRecord(depURL, req.attributes, created).wrap;
    }
    wrap.link(links);
  }
  return record;
}

// V8 says a CommonJS module lacks a name; node explains why and how to get at it.
function explainMissingCJSExport(err) {
  const m = err instanceof SyntaxError &&
    /^The requested module '(.+)' does not provide an export named '(.+)'$/.exec(err.message);
  if (!m) return;
  const arrow = internalBinding('errors').getArrow(err);
  if (typeof arrow !== 'string') return;
  const [where, line] = arrow.split('\n');
  const importer = where.slice(0, where.lastIndexOf(':'));
  let dep;
  try {
    dep = moduleMap.get(resolve(m[1], importer));
  } catch {
    return;
  }
  if (dep === undefined || dep.format !== 'commonjs') return;
  const names = /import\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}/.exec(line);
  // The example destructuring only when the import fits on its line, as node.
  const example = names ?
    `const { ${names[1].trim().replace(/\s+as\s+/g, ': ')} } = pkg;\n` : '';
  const message = `Named export '${m[2]}' not found. The requested module '${m[1]}' is a ` +
    'CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:\n' +
    `\nimport pkg from '${m[1]}';\n${example}`;
  const stack = err.stack;
  err.message = message;
  if (typeof stack === 'string') err.stack = stack.replace(m[0], message);
}

function loadGraph(url, attributes = {}, isMain = false) {
  const created = [];
  try {
    const record = getRecord(url, attributes, created, isMain);
    if (record.wrap.getStatus() < kInstantiated) record.wrap.instantiate();
    return record;
  } catch (err) {
    explainMissingCJSExport(err);
    for (const u of created) moduleMap.delete(u);
    throw err;
  }
}

// Gives an error thrown by module code (which reaches us as a rejection, without V8's
// message) node's "url:line / source / caret" header, from its first stack frame.
function decorateFromStack(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return;
  const frame = /^\s+at (?:.*\()?((?:file:\/\/|\/).*?):(\d+):(\d+)\)?$/m.exec(err.stack);
  if (!frame) return;
  try {
    const file = frame[1].startsWith('file:') ? fileURLToPath(frame[1]) : frame[1];
    const text = internalBinding('fs').readFileUtf8(file, true);
    if (text === undefined) return;
    const src = text.split('\n')[frame[2] - 1];
    if (src === undefined) return;
    const col = Number(frame[3]) - 1;
    binding.setArrow(err, `${frame[1]}:${frame[2]}\n${src}\n${' '.repeat(col)}^\n`);
  } catch {
    // no header then
  }
}

function evaluate(record) {
  if (record.promise === undefined) {
    record.promise = record.wrap.evaluate();
    // The caller decides what an error means; never an unhandled rejection by itself.
    if (record.promise instanceof Promise) record.promise.catch(() => {});
  }
  return record.promise;
}

// --- with customization hooks (module.register): the same steps, asynchronous ---

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function hooks() {
  return require('internal/modules/esm/hooks');
}

function defaultResolve(specifier, context) {
  const conditions = Array.isArray(context.conditions) ? context.conditions : kDefaultConditions;
  const url = resolveWithHint(specifier, context.parentURL, conditions);
  let format;
  try {
    format = getFormat(url);
  } catch {
    format = undefined;
  }
  return { url, format: format === 'commonjs-or-module' || format === 'builtin' ? undefined : format };
}

function defaultLoad(url, context) {
  if (!/^(file|data|node):/.test(url)) {
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME(url.slice(0, url.indexOf(':') + 1));
  }
  let format = context.format;
  let source;
  if (format == null || format === 'commonjs-or-module') {
    const r = resolveFormat(url, false);
    format = r.format;
    source = r.source;
  }
  // As node's default load: no source for builtins or CommonJS (require reads it), a
  // Buffer of the file for the rest (a string while nodus has no Buffer).
  if (format === 'builtin') return { format, source: null };
  if (format === 'commonjs') return { format, source: undefined };
  if (source === undefined) source = getSource(url);
  return { format, source: typeof Buffer === 'function' ? Buffer.from(source) : source };
}

async function getRecordAsync(url, attributes, created, isMain, formatHint, presetSource) {
  let record = moduleMap.get(url);
  if (record !== undefined) {
    if (record.error !== undefined) throw record.error;
    validateAttributes(url, record.format, attributes);
    return record;
  }
  // -e / stdin code is the entry's source as given, not something to load.
  const loaded = presetSource !== undefined ? { format: 'module', source: presetSource } :
    await hooks().load(url, formatHint, attributes, defaultLoad, kDefaultConditions);
  const format = loaded.format;
  if (typeof format !== 'string') {
    throw new codes.ERR_UNKNOWN_MODULE_FORMAT(format, url);
  }
  let source = loaded.source == null ? undefined : hooks().sourceToString(loaded.source);
  if (source === undefined && format !== 'commonjs' && format !== 'builtin') {
    if (format !== 'module' && format !== 'json') throw new codes.ERR_UNKNOWN_MODULE_FORMAT(format, url);
    source = getSource(url);
  }
  validateAttributes(url, format, attributes);
  let wrap;
  try {
    wrap = translate(url, format, source, isMain, loaded.source != null);
  } catch (err) {
    if (err instanceof SyntaxError) moduleMap.set(url, { url, format, error: err });
    throw err;
  }
  record = { url, format, wrap, promise: undefined };
  moduleMap.set(url, record);
  created.push(url);
  if (format === 'module') {
    const links = { __proto__: null };
    for (const req of wrap.getRequests()) {
      if (req.specifier in links) continue;
      if (Object.keys(req.attributes).length > 0 && !wrap.withLines?.has(req.line)) {
        warnAssertKeyword(`${url}:${req.line}`);
      }
      const r = await hooks().resolve(req.specifier, url, req.attributes, defaultResolve, kDefaultConditions);
      // A resolve hook may settle the import attributes (e.g. add type: 'json').
      const attrs = isObjectLike(r.importAttributes) ? r.importAttributes : req.attributes;
      links[req.specifier] = (await getRecordAsync(r.url, attrs, created, false, r.format)).wrap;
    }
    wrap.link(links);
  }
  return record;
}

// One asynchronous load at a time, so that no graph is instantiated half linked.
let asyncQueue = Promise.resolve();
function loadGraphAsync(url, attributes, isMain, formatHint, presetSource) {
  const run = async () => {
    const created = [];
    try {
      const record = await getRecordAsync(url, attributes, created, isMain, formatHint, presetSource);
      if (record.wrap.getStatus() < kInstantiated) record.wrap.instantiate();
      return record;
    } catch (err) {
      explainMissingCJSExport(err);
      for (const u of created) moduleMap.delete(u);
      throw err;
    }
  };
  const p = asyncQueue.then(run);
  asyncQueue = p.catch(() => {});
  return p;
}

async function importWithHooks(specifier, parentURL, attributes) {
  const r = await hooks().resolve(specifier, parentURL, attributes, defaultResolve, kDefaultConditions);
  const attrs = isObjectLike(r.importAttributes) ? r.importAttributes : attributes;
  const record = await loadGraphAsync(r.url, attrs, false, r.format);
  await evaluate(record);
  return record.wrap.getNamespace();
}

// import(specifier) from the script or module named `referrer`.
function importModuleDynamically(specifier, referrer, attributes) {
  const parentURL = referrerURL(referrer);
  if (hooks().active()) {
    return new Promise((res) => internalSetImmediate(res))
      .then(() => importWithHooks(`${specifier}`, parentURL, attributes));
  }
  if (Object.keys(attributes).length > 0) {
    // The caller's position: the first stack frame outside the runtime.
    for (const line of new Error().stack.split('\n').slice(1)) {
      const frame = /\((.*):(\d+):\d+\)$|at (.*):(\d+):\d+$/.exec(line);
      const file = frame && (frame[1] || frame[3]);
      if (file && !file.startsWith('node:')) {
        // Not for a `with` that was respelled for V8 (node warns only for `assert`).
        const respelled = moduleMap.get(file)?.wrap?.withLines;
        if (!respelled || !respelled.has(Number(frame[2] || frame[4]))) {
          warnAssertKeyword(`${file}:${frame[2] || frame[4]}`);
        }
        break;
      }
    }
  }
  // A module not loaded yet comes after the current macrotask, as node's asynchronous
  // file reads make it: ticks and microtasks queued by the importer run before the
  // imported module's body. One already in the map is linked and run in microtasks.
  let url;
  try {
    url = resolveWithHint(`${specifier}`, parentURL);
  } catch (err) {
    return Promise.reject(err);
  }
  // CommonJS and builtins load synchronously in node too (no tick between).
  const known = moduleMap.get(url);
  let quick = known !== undefined;
  if (!quick) {
    try {
      const format = getFormat(url);
      quick = format === 'commonjs' || format === 'builtin';
    } catch {
      quick = false;
    }
  }
  const ready = quick ? Promise.resolve() : new Promise((res) => internalSetImmediate(res));
  return ready.then(() => {
    const record = loadGraph(url, attributes);
    return Promise.resolve(evaluate(record)).then(() => record.wrap.getNamespace());
  });
}

function initializeImportMeta(wrap, meta) {
  const url = wrap.url;
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = filename.slice(0, filename.lastIndexOf('/')) || '/';
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    try {
      return resolveWithHint(`${specifier}`, url);
    } catch (err) {
      // A missing file still has a URL; only unresolvable packages are errors.
      if (err && err.code === 'ERR_MODULE_NOT_FOUND' && err.url) return err.url;
      if (err && err.code === 'ERR_UNSUPPORTED_DIR_IMPORT' && err.url) return err.url;
      throw err;
    }
  };
  meta.url = url;
}

// Whether this 'exit' comes from a process.exit() call (which ends the program as asked,
// top-level await or not) rather than from the loop running dry.
function exitingExplicitly() {
  return /\n\s+at (?:process\.)?exit \(node:internal\/bootstrap\/node:/.test(new Error().stack);
}

// Runs the ES module at `url` as the program's entry. Errors are uncaught exceptions;
// a top-level await still pending when the loop runs dry makes the exit code 13.
function runEntry(url) {
  const { triggerUncaughtException } = internalBinding('errors');
  let settled = false;
  const onExit = () => {
    if (!settled && !exitingExplicitly() &&
        (process.exitCode === undefined || process.exitCode === 0)) {
      process.exitCode = 13;
    }
  };
  process.on('exit', onExit);
  if (hooks().active()) {
    hooks().resolve(url, undefined, {}, defaultResolve, kDefaultConditions)
      .then((r) => loadGraphAsync(r.url, {}, true, r.format))
      .then((record) => evaluate(record))
      .then(() => {
        settled = true;
      }, (err) => {
        settled = true;
        triggerUncaughtException(err, false);
      });
    return;
  }
  let record;
  try {
    record = loadGraph(url, {}, true);
  } catch (err) {
    settled = true;
    triggerUncaughtException(err, false);
    return;
  }
  // Evaluation starts in a microtask, as node's does: nextTick callbacks the module
  // queues run only once the microtasks it starts (import() of CommonJS...) are done.
  Promise.resolve().then(() => evaluate(record)).then(() => {
    settled = true;
  }, (err) => {
    settled = true;
    triggerUncaughtException(err, false);
  });
}

// Evaluates source text as the ES module entry (--input-type=module with -e or stdin).
function runSource(source, name) {
  const url = referrerURL(name);
  const { triggerUncaughtException } = internalBinding('errors');
  let record;
  if (hooks().active()) {
    let settled = false;
    process.on('exit', () => {
      if (!settled && !exitingExplicitly() &&
        (process.exitCode === undefined || process.exitCode === 0)) process.exitCode = 13;
    });
    loadGraphAsync(url, {}, true, 'module', source).then((r) => evaluate(r)).then(() => {
      settled = true;
    }, (err) => {
      settled = true;
      triggerUncaughtException(err, false);
    });
    return;
  }
  try {
    const wrap = translate(url, 'module', source, true);
    record = { url, format: 'module', wrap, promise: undefined };
    moduleMap.set(url, record);
    const created = [];
    const links = { __proto__: null };
    for (const req of wrap.getRequests()) {
      if (req.specifier in links) continue;
      const depURL = resolveWithHint(req.specifier, url);
      links[req.specifier] = getRecord(depURL, req.attributes, created).wrap;
    }
    wrap.link(links);
    wrap.instantiate();
  } catch (err) {
    triggerUncaughtException(err, false);
    return;
  }
  let settled = false;
  process.on('exit', () => {
    if (!settled && !exitingExplicitly() &&
        (process.exitCode === undefined || process.exitCode === 0)) process.exitCode = 13;
  });
  Promise.resolve().then(() => evaluate(record)).then(() => {
    settled = true;
  }, (err) => {
    settled = true;
    triggerUncaughtException(err, false);
  });
}

// require() of an ES module (node 20.19+): synchronous graphs only.
function requireESM(filename, parentFilename) {
  const url = pathToFileURL(filename);
  const existing = moduleMap.get(url);
  if (existing !== undefined && existing.wrap !== undefined && existing.wrap.getStatus() === kEvaluating) {
    throw new codes.ERR_REQUIRE_CYCLE_MODULE(filename);
  }
  let record;
  loadingForRequire = true;
  try {
    record = loadGraph(url, {});
  } finally {
    loadingForRequire = false;
  }
  // Even once import() has evaluated it, a graph with top-level await stays refused.
  if (record.wrap.isGraphAsync()) {
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  evaluate(record);
  if (record.wrap.getStatus() === kErrored) {
    const err = record.wrap.getError();
    decorateFromStack(err);
    throw err;
  }
  const ns = record.wrap.getNamespace();
  if (!('default' in ns) || '__esModule' in ns) return ns;
  // Like node, a module with a default export is seen by require() through a facade that
  // adds `__esModule: true`, so transpiled CommonJS consumers pick `default`.
  if (record.facade === undefined) {
    const facade = new ModuleWrap(`${url}#require-facade`,
      "export * from 'original'; export { default } from 'original'; export const __esModule = true;", 0, 0);
    facade.link({ __proto__: null, original: record.wrap });
    facade.instantiate();
    facade.evaluate();
    record.facade = facade;
  }
  return record.facade.getNamespace();
}

function setup() {
  binding.setImportModuleDynamicallyCallback(importModuleDynamically);
  binding.setInitializeImportMetaObjectCallback(initializeImportMeta);
}

module.exports = {
  setup, runEntry, runSource, requireESM, importModuleDynamically, initializeImportMeta,
  loadGraph, evaluate,
  detectModuleSyntax, referrerURL, moduleMap, warnTypeless,
};
