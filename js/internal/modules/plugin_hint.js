'use strict';
// Why a Node.js built-in module is missing. In nodus, fs, os, net, crypto... come from
// plugins (lib/nodus/plugins/<name>.so); without the plugin, require('fs') fails, and
// the error should tell a node user that it is a plugin that is missing, not their code.

const loaders = require('internal/bootstrap/loaders');

// Node 20's public built-in modules (module.builtinModules without the _stream_* aliases).
const kNodeBuiltins = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises',
  'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32',
  'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises',
  'repl', 'stream', 'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder',
  'sys', 'timers', 'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util',
  'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);

// '' unless `request` (bare or node:) names a Node built-in that no loaded plugin
// provides; then a sentence naming the plugin expected to provide it (by nodus's
// convention, a plugin is named for its module's first segment: fs/promises -> fs).
function missingPluginHint(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (!kNodeBuiltins.has(id) || loaders.canBeRequiredByUsers(id)) return '';
  const plugin = id.split('/')[0];
  return `'${id}' is a Node.js built-in module that nodus loads from the plugin ` +
    `'${plugin}' (${plugin}.so), which was not found in the plugin path ` +
    '(`nodus --plugins` lists the plugins loaded)';
}

// `err` with the hint for `request` added to its message (and stack), if there is one.
function addPluginHint(err, request) {
  const hint = missingPluginHint(request);
  if (hint === '' || err === null || typeof err !== 'object') return err;
  const old = err.message;
  const lines = old.split('\n');
  lines[0] += ` (${hint})`;
  err.message = lines.join('\n');
  if (typeof err.stack === 'string') err.stack = err.stack.replace(old, err.message);
  return err;
}

module.exports = { missingPluginHint, addPluginHint };
