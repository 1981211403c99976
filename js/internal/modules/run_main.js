'use strict';
// The program's entry: which loader runs it (ES modules for .mjs, .js under
// "type": "module", and typeless .js written in module syntax; CommonJS otherwise), and
// the isolate hooks ES modules need from the first line of user code (import(),
// import.meta), which load the ES module loader only when first used.

const binding = internalBinding('module_wrap');
const path = require('path');

function esmLoader() {
  return require('internal/modules/esm/loader');
}

function setupESMHooks() {
  binding.setImportModuleDynamicallyCallback((specifier, referrer, attributes) =>
    esmLoader().importModuleDynamically(specifier, referrer, attributes));
  binding.setInitializeImportMetaObjectCallback((wrap, meta) =>
    esmLoader().initializeImportMeta(wrap, meta));
}

// Whether the resolved entry file runs as an ES module.
function shouldUseESMLoader(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const base = path.basename(filename);
  const ext = base.lastIndexOf('.') > 0 ? base.slice(base.lastIndexOf('.')) : '';
  if (ext !== '.js' && ext !== '') return false;
  const { getPackageScope } = require('internal/modules/esm/resolve');
  const scope = getPackageScope(filename);
  const type = scope === null ? 'none' : scope.type;
  if (type === 'module') return true;
  if (type === 'commonjs') return false;
  const source = internalBinding('fs').readFileUtf8(filename, true);
  if (source === undefined) return false;
  return esmLoader().detectModuleSyntax(source, filename);
}

// Runs the script `main` (as given on the command line).
function executeUserEntryPoint(main) {
  const Module = require('internal/modules/cjs/loader');
  const resolved = path.resolve(main);
  let filename = Module._findPath(resolved, null, true);
  if (filename && shouldUseESMLoader(filename)) {
    const { pathToFileURL } = require('internal/modules/esm/url');
    esmLoader().runEntry(pathToFileURL(filename));
    return;
  }
  Module._load(resolved, null, true);
}

// --check of an entry that runs as an ES module: compile it as one (not run). Returns
// false when the entry is CommonJS, for the CommonJS check to do.
function checkModuleSyntax(main) {
  const Module = require('internal/modules/cjs/loader');
  const filename = Module._findPath(path.resolve(main), null, true);
  if (!filename || !shouldUseESMLoader(filename)) return false;
  const { ModuleWrap } = binding;
  const source = internalBinding('fs').readFileUtf8(filename);
  new ModuleWrap(filename, source, 0, 0); // eslint-disable-line no-new (node names the path)
  return true;
}

// -e / stdin code with --input-type=module.
function evalModule(source, name) {
  esmLoader().runSource(source, name);
}

// core/cli.cc passes --experimental-loader X among the --import entries as this prefix + X.
const kLoaderPrefix = '--experimental-loader=';

// --import: each module (resolved like an import from the cwd) is loaded and evaluated
// in order; `then` runs once all have settled. A failure is an uncaught exception.
function runImports(specifiers, then) {
  const loader = esmLoader();
  const { resolve } = require('internal/modules/esm/resolve');
  const { pathToFileURL } = require('internal/modules/esm/url');
  const { triggerUncaughtException } = internalBinding('errors');
  const parentURL = `${pathToFileURL(process.cwd())}/`;
  let i = 0;
  const next = () => {
    while (i < specifiers.length) {
      let promise;
      const spec = specifiers[i++];
      try {
        if (spec.startsWith(kLoaderPrefix)) {
          require('internal/modules/esm/hooks').registerFromFlag(spec.slice(kLoaderPrefix.length));
          continue;
        }
        const record = loader.loadGraph(resolve(spec, parentURL));
        promise = loader.evaluate(record);
      } catch (err) {
        triggerUncaughtException(err, false);
        return;
      }
      const { getPromiseDetails } = internalBinding('util');
      const details = getPromiseDetails(promise);
      if (details && details[0] === 0) {
        promise.then(next, (err) => triggerUncaughtException(err, false));
        return;
      }
      if (details && details[0] === 2) {
        triggerUncaughtException(details[1], false);
        return;
      }
    }
    then();
  };
  next();
}

module.exports = { checkModuleSyntax, runImports, setupESMHooks, executeUserEntryPoint, shouldUseESMLoader, evalModule };
