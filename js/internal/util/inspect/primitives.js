'use strict';
// Escaping of strings and formatting of numbers as util.inspect prints them.

// Escape of every control character (C0 and C1): a string must print on one line
// and never move the terminal's cursor.
const meta = [];
for (let i = 0; i <= 0x9f; i++) {
  if (i < 0x20 || i >= 0x7f) meta[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
}
meta[0x08] = '\\b';
meta[0x09] = '\\t';
meta[0x0a] = '\\n';
meta[0x0c] = '\\f';
meta[0x0d] = '\\r';
meta[0x27] = "\\'";
meta[0x5c] = '\\\\';

const strEscapeSequencesRegExp =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesReplacer = new RegExp(strEscapeSequencesRegExp.source, 'g');
const strEscapeSequencesRegExpSingle =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesReplacerSingle = new RegExp(strEscapeSequencesRegExpSingle.source, 'g');

function escapeFn(str) {
  const code = str.charCodeAt(0);
  return code < meta.length ? meta[code] : `\\u${code.toString(16)}`;
}

// Single quotes unless the string contains one; then double quotes, then backticks
// (when no template substitution could be read into it), else escaped single quotes.
function strEscape(str) {
  let escapeTest = strEscapeSequencesRegExp;
  let escapeReplace = strEscapeSequencesReplacer;
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      escapeTest = strEscapeSequencesRegExpSingle;
      escapeReplace = strEscapeSequencesReplacerSingle;
    }
  }
  if (!escapeTest.test(str)) return `${quote}${str}${quote}`;
  return `${quote}${str.replace(escapeReplace, escapeFn)}${quote}`;
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) result += `${integerString.slice(i, i + 3)}_`;
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  return fn(`${addNumericSeparator(string)}.${addNumericSeparatorEnd(String(number).slice(string.length + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// Escapes a key shown without quotes (non-enumerable names, symbol descriptions):
// the same escapes as in strings, quotes and backslashes included.
function escapeUnquoted(str) {
  return strEscapeSequencesRegExp.test(str) ? str.replace(strEscapeSequencesReplacer, escapeFn) : str;
}

module.exports = { strEscape, escapeUnquoted, formatNumber, formatBigInt };
