'use strict';
// Error codes of the ES module loader, registered into internal/errors' table (only
// those it does not define yet, so an owner adding one there wins).

const errors = require('internal/errors');
const { codes, E } = errors;

function define(code, message, Base) {
  if (codes[code] === undefined) E(code, message, Base);
}

const importedFrom = (base) => (base ? ` imported from ${base}` : '');

define('ERR_MODULE_NOT_FOUND', (request, base, kind = 'module') =>
  `Cannot find ${kind} '${request}'${importedFrom(base)}`, Error);
define('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) =>
  `Directory import '${path}' is not supported resolving ES modules${importedFrom(base)}`, Error);
define('ERR_UNSUPPORTED_ESM_URL_SCHEME', (protocol) =>
  'Only URLs with a scheme in: file, data, and node are supported by the default ESM ' +
  `loader. Received protocol '${protocol}'`, Error);
define('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) =>
  `Unknown file extension "${ext}" for ${path}`, TypeError);
define('ERR_UNKNOWN_MODULE_FORMAT', (format, url) =>
  `Unknown module format: ${format} for URL ${url}`, RangeError);
define('ERR_IMPORT_ASSERTION_TYPE_MISSING', (url, type) =>
  `Module "${url}" needs an import attribute of type "${type}"`, TypeError);
define('ERR_IMPORT_ASSERTION_TYPE_FAILED', (url, type) =>
  `Module "${url}" is not of type "${type}"`, TypeError);
define('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', (type) =>
  `Import attribute type "${type}" is unsupported`, TypeError);
define('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value) =>
  `Import attribute "${key}" with value "${value}" is not supported`, TypeError);
define('ERR_INVALID_FILE_URL_HOST', 'File URL host %s', TypeError);
define('ERR_REQUIRE_ASYNC_MODULE', (filename, parent) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.';
  if (parent) msg += `\n  From ${parent} `;
  if (filename) msg += `\n  Requiring ${filename} `;
  return msg;
}, Error);
define('ERR_REQUIRE_CYCLE_MODULE', 'Cannot require() ES Module %s in a cycle.', Error);
define('ERR_NETWORK_IMPORT_DISALLOWED', (specifier, parent, reason) =>
  `import of '${specifier}' by ${parent} is not supported: ${reason}`, Error);
define('ERR_LOADER_CHAIN_INCOMPLETE', (hook) =>
  `"${hook}" did not call the next hook in its chain and did not explicitly signal a short ` +
  'circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error);
define('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  const type = value === null ? 'null' : typeof value === 'object' && value.constructor ?
    `instance of ${value.constructor.name}` : `type ${typeof value}`;
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" function ` +
    `but got ${type}.`;
}, TypeError);

module.exports = codes;
