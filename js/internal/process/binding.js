'use strict';
// process.binding(name): node 20's deprecated door to its internal bindings. The same
// names are accepted (others: "No such module"), and the same ones warn (DEP0111). What
// each returns is nodus's closest binding where one exists (buffer, contextify, fs,
// util, uv, constants, config), else an empty object: code that probes for a binding
// finds it, code that calls node-internal functions on it does not.

const kAllowed = new Set([
  'async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto', 'fs',
  'fs_event_wrap', 'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os',
  'pipe_wrap', 'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap',
  'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib',
]);
const kWarn = new Set(['async_wrap', 'crypto', 'http_parser', 'signal_wrap', 'url', 'v8']);
const kInternal = new Set(['buffer', 'contextify', 'fs', 'util']);

const cache = new Map();

function make(name) {
  if (kInternal.has(name)) return internalBinding(name);
  if (name === 'uv') {
    const util = require('util');
    const out = { errname: (code) => util.getSystemErrorName(code) };
    for (const [code, [uvName]] of util.getSystemErrorMap()) out[`UV_${uvName}`] = code;
    return out;
  }
  if (name === 'constants') {
    let os = {};
    let fs = {};
    try { os = require('os').constants; } catch { /* no os plugin */ }
    try { fs = require('fs').constants; } catch { /* no fs plugin */ }
    return { os, fs, crypto: {}, zlib: {}, trace: {} };
  }
  if (name === 'config') {
    return {
      isDebugBuild: false, hasOpenSSL: false, fipsMode: false, hasIntl: true,
      hasTracing: false, hasNodeOptions: true, hasInspector: false, noBrowserGlobals: false,
      bits: 64, hasDtrace: false,
    };
  }
  return {};
}

function binding(name) {
  name = `${name}`;
  if (!kAllowed.has(name)) throw new Error(`No such module: ${name}`);
  if (kWarn.has(name)) {
    process.emitWarning(`Access to process.binding('${name}') is deprecated.`,
                        'DeprecationWarning', 'DEP0111');
  }
  let b = cache.get(name);
  if (b === undefined) {
    b = make(name);
    cache.set(name, b);
  }
  return b;
}

module.exports = { binding };
