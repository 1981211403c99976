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

// -e / stdin code with --input-type=module.
function evalModule(source, name) {
  esmLoader().runSource(source, name);
}

module.exports = { setupESMHooks, executeUserEntryPoint, shouldUseESMLoader, evalModule };
