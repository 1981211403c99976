'use strict';
// util.inspect and util.format. A first version: the full node-compatible formatter
// replaces this (see tests/js/util-inspect-*).

function inspect(value, opts) {
  return formatValue(value, typeof opts === 'object' && opts !== null ? opts : {}, 0, new Set());
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2, colors: false, showHidden: false, breakLength: 80, compact: 3 };

function formatPrimitive(v) {
  switch (typeof v) {
    case 'string': return `'${v.replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'symbol': return v.toString();
    default: return String(v);
  }
}

function formatValue(v, opts, depth, seen) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return formatPrimitive(v);
  if (typeof v[inspect.custom] === 'function') {
    const r = v[inspect.custom](opts.depth ?? 2, opts, inspect);
    return typeof r === 'string' ? r : formatValue(r, opts, depth, seen);
  }
  if (seen.has(v)) return '[Circular *1]';
  if (typeof v === 'function') return `[Function: ${v.name || '(anonymous)'}]`;
  if (v instanceof Error) return v.stack || String(v);
  const max = opts.depth ?? 2;
  if (depth > max) return Array.isArray(v) ? '[Array]' : '[Object]';
  seen.add(v);
  let out;
  if (Array.isArray(v)) {
    const items = v.map((x) => formatValue(x, opts, depth + 1, seen));
    out = items.length === 0 ? '[]' : `[ ${items.join(', ')} ]`;
  } else {
    const keys = Object.keys(v);
    const items = keys.map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : formatPrimitive(k)}: ${formatValue(v[k], opts, depth + 1, seen)}`);
    out = items.length === 0 ? '{}' : `{ ${items.join(', ')} }`;
  }
  seen.delete(v);
  return out;
}

function formatWithOptions(opts, ...args) {
  const first = args[0];
  let str = '';
  let a = 0;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    a = 1;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;
      const c = first[i + 1];
      let rep;
      if (c === '%') {
        str += first.slice(last, i) + '%';
        last = i + 2;
        i++;
        continue;
      }
      if (a >= args.length) continue;
      switch (c) {
        case 's': rep = typeof args[a] === 'string' ? args[a] : formatValue(args[a], opts, 1, new Set()); break;
        case 'd': case 'i': rep = String(c === 'i' ? parseInt(args[a]) : Number(args[a])); break;
        case 'f': rep = String(parseFloat(args[a])); break;
        case 'j': rep = JSON.stringify(args[a]); break;
        case 'o': case 'O': rep = formatValue(args[a], opts, 0, new Set()); break;
        case 'c': rep = ''; break;
        default: continue;
      }
      a++;
      str += first.slice(last, i) + rep;
      last = i + 2;
      i++;
    }
    str += first.slice(last);
  }
  for (; a < args.length; a++) {
    const v = args[a];
    if (str.length > 0 || a > 0) str += ' ';
    str += typeof v === 'string' ? v : formatValue(v, opts, 0, new Set());
  }
  return str;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

module.exports = { inspect, format, formatWithOptions };
