'use strict';
// require() of ES modules, as node 20.19+ does it: a graph without top-level await is
// loaded, linked and evaluated synchronously and require() returns its namespace; a
// graph with top-level await throws ERR_REQUIRE_ASYNC_MODULE.

const { getPackageScope } = require('internal/modules/esm/resolve');

// .js and extensionless files take their format from package.json "type" and syntax.
function isJSOrExtensionless(filename) {
  if (filename.endsWith('.js')) return true;
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  return base.lastIndexOf('.') <= 0;
}

function isTypeModule(filename) {
  if (!isJSOrExtensionless(filename)) return false;
  const scope = getPackageScope(filename);
  return scope !== null && scope.type === 'module';
}

// Whether `err`, thrown while compiling `filename` as CommonJS, means it is an ES module
// (only for files with no "type" field: an explicit "commonjs" keeps the error).
function isModuleSyntaxError(err, filename, source) {
  if (!(err instanceof SyntaxError) || !isJSOrExtensionless(filename)) return false;
  const scope = getPackageScope(filename);
  if (scope !== null && scope.type !== 'none') return false;
  const loader = require('internal/modules/esm/loader');
  if (!loader.detectModuleSyntax(source, filename)) return false;
  loader.warnTypeless(filename, true); // require() decides silently
  return true;
}

function loadESMFromCJS(module, filename) {
  const parent = module.parent;
  const parentFilename = parent && (parent.filename || parent.id);
  const ns = require('internal/modules/esm/loader').requireESM(filename, parentFilename);
  // A module may choose what require() returns with `export { x as 'module.exports' }`.
  module.exports = Object.prototype.hasOwnProperty.call(ns, 'module.exports') ?
    ns['module.exports'] : ns;
}

module.exports = { isTypeModule, isModuleSyntaxError, loadESMFromCJS };
