'use strict';
// Turns a resolved URL of a known format into a ModuleWrap: ES module source, CommonJS
// (a synthetic module whose names come from cjs_lexer), JSON, and builtins.

const fsBinding = internalBinding('fs');
const { ModuleWrap } = internalBinding('module_wrap');
const loaders = require('internal/bootstrap/loaders');
const { fileURLToPath } = require('internal/modules/esm/url');
const cjsLexer = require('internal/modules/esm/cjs_lexer');
const codes = require('internal/modules/esm/errors');

function lazyCJS() {
  return require('internal/modules/cjs/loader');
}

// The text of a file: or data: URL.
function getSource(url) {
  if (url.startsWith('data:')) {
    const comma = url.indexOf(',');
    const meta = url.slice(5, comma);
    const body = url.slice(comma + 1);
    if (meta.endsWith(';base64')) {
      const bin = atobString(body);
      return decodeURIComponent(bin.replace(/[\s\S]/g, (ch) =>
        `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
    }
    return decodeURIComponent(body);
  }
  return stripBOM(fsBinding.readFileUtf8(fileURLToPath(url)));
}

function atobString(s) {
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const ch of s) {
    const v = table.indexOf(ch);
    if (v === -1) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

function stripBOM(s) {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

// V8 10.2 parses import attributes only in their older `assert { ... }` spelling; Node 20
// code writes `with { ... }`. Static imports and re-exports are respelled before
// compiling (same line; later columns on it shift by two). Returns the new source and the
// 1-based lines respelled, where node would print no deprecation warning.
// The declaration must start a line or follow `;`/`}`, so text in strings stays as is.
const kWithClause = /((?:^|[;}])\s*(?:import|export)\b[^;'"`]*?(?:\bfrom\s*)?(['"])[^'"\n]*\2)(\s*)with(\s*\{)/gm;
// import(specifier, { with: { ... } }): the options bag's key, same length change.
const kDynamicWith = /((?:^|[^.\w$'"`])import\s*\((?:[^()'"`]|'[^'\n]*'|"[^"\n]*"|`[^`]*`)*?,\s*\{\s*)with(\s*:)/g;
function lineAt(source, offset) {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function respellWithClauses(source) {
  const lines = new Set();
  if (!source.includes('with')) return { source, lines };
  source = source.replace(kDynamicWith, (match, head, colon, offset) => {
    lines.add(lineAt(source, offset + head.indexOf('import'))); // where stacks place the call
    return `${head}assert${colon}`;
  });
  const out = source.replace(kWithClause, (match, head, quote, space, brace, offset) => {
    let line = 1;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset + head.length; i = source.indexOf('\n', i + 1)) line++;
    lines.add(line);
    // `assert` may not start a line; the line breaks move inside the braces instead.
    const breaks = space.replace(/[^\n]/g, '');
    return `${head} assert${brace}${breaks}`;
  });
  return { source: out, lines };
}

function moduleStrategy(url, source) {
  const respelled = respellWithClauses(source === undefined ? getSource(url) : source);
  const wrap = new ModuleWrap(url, respelled.source, 0, 0);
  wrap.withLines = respelled.lines;
  return wrap;
}

// Named exports of a CommonJS file, following re-exports (`module.exports = require(x)`).
function cjsExportNames(filename, source, seen = new Set()) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  let parsed;
  try {
    parsed = cjsLexer.parse(source === undefined ? fsBinding.readFileUtf8(filename) : source);
  } catch {
    return names;
  }
  for (const n of parsed.exports) names.add(n);
  if (parsed.reexports.length > 0) {
    const Module = lazyCJS();
    const fake = { id: filename, filename, paths: Module._nodeModulePaths(filename.slice(0, filename.lastIndexOf('/'))) };
    for (const spec of parsed.reexports) {
      let resolved;
      try {
        resolved = Module._resolveFilename(spec, fake, false);
      } catch {
        continue;
      }
      // A builtin re-exported adds no names (node's choice: only `default` then).
      if (!resolved.startsWith('/')) continue;
      if (resolved.endsWith('.json') || resolved.endsWith('.node')) continue;
      for (const n of cjsExportNames(resolved, undefined, seen)) names.add(n);
    }
  }
  return names;
}

// CommonJS seen from ESM. `sourceIsGiven`: a customization hook supplied the source,
// which then runs instead of the file's.
function commonjsStrategy(url, source, isMain, sourceIsGiven) {
  // A hook may serve CommonJS under a URL that names no file: the URL is its filename.
  const filename = url.startsWith('file:') ? fileURLToPath(url) : url;
  const names = cjsExportNames(filename, source);
  names.delete('default');
  const exportNames = ['default', ...names];
  return new ModuleWrap(url, exportNames, function evaluateCJS() {
    const Module = lazyCJS();
    let exports;
    const cached = Module._cache[filename];
    if (cached !== undefined && (cached.loaded || !isMain)) {
      exports = cached.exports;
    } else if (sourceIsGiven) {
      const m = new Module(filename, null);
      m.filename = filename;
      m.paths = Module._nodeModulePaths(filename[0] === '/' ?
        filename.slice(0, filename.lastIndexOf('/')) || '/' : process.cwd());
      Module._cache[filename] = m;
      try {
        m._compile(source, filename);
      } catch (err) {
        delete Module._cache[filename];
        throw err;
      }
      m.loaded = true;
      exports = m.exports;
    } else {
      exports = Module._load(filename, null, isMain);
    }
    this.setExport('default', exports);
    if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return;
    for (const name of names) {
      let value;
      try {
        value = exports[name];
      } catch {
        continue;
      }
      this.setExport(name, value);
    }
  });
}

function jsonStrategy(url, given) {
  const source = given === undefined ? getSource(url) : given;
  return new ModuleWrap(url, ['default'], function evaluateJSON() {
    let value;
    try {
      value = JSON.parse(source);
    } catch (err) {
      err.message = `${url.startsWith('file:') ? fileURLToPath(url) : url}: ${err.message}`;
      throw err;
    }
    this.setExport('default', value);
  });
}

function builtinStrategy(url) {
  const id = url.slice(5);
  const exports = loaders.requireBuiltin(id);
  const names = Object.keys(exports).filter((n) => n !== 'default');
  return new ModuleWrap(url, ['default', ...names], function evaluateBuiltin() {
    this.setExport('default', exports);
    for (const name of names) {
      let value;
      try {
        value = exports[name]; // a lazy getter may fail (a part not built): leave it undefined
      } catch {
        continue;
      }
      this.setExport(name, value);
    }
  });
}

function translate(url, format, source, isMain, sourceIsGiven = false) {
  switch (format) {
    case 'module': return moduleStrategy(url, source);
    case 'commonjs': return commonjsStrategy(url, source, isMain, sourceIsGiven);
    case 'json': return jsonStrategy(url, source);
    case 'builtin': return builtinStrategy(url);
    default: throw new codes.ERR_UNKNOWN_MODULE_FORMAT(format, url);
  }
}

module.exports = { translate, getSource, cjsExportNames };
