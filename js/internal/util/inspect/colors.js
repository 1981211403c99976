'use strict';
// ANSI styles for util.inspect's `colors` option: inspect.colors maps a color name to
// its [open, close] SGR codes, inspect.styles maps a value kind to a color name.

const colors = { __proto__: null };
function define(name, open, close) {
  colors[name] = [open, close];
}
define('reset', 0, 0);
define('bold', 1, 22);
define('dim', 2, 22);
define('italic', 3, 23);
define('underline', 4, 24);
define('blink', 5, 25);
define('inverse', 7, 27);
define('hidden', 8, 28);
define('strikethrough', 9, 29);
define('doubleunderline', 21, 24);
define('black', 30, 39);
define('red', 31, 39);
define('green', 32, 39);
define('yellow', 33, 39);
define('blue', 34, 39);
define('magenta', 35, 39);
define('cyan', 36, 39);
define('white', 37, 39);
define('bgBlack', 40, 49);
define('bgRed', 41, 49);
define('bgGreen', 42, 49);
define('bgYellow', 43, 49);
define('bgBlue', 44, 49);
define('bgMagenta', 45, 49);
define('bgCyan', 46, 49);
define('bgWhite', 47, 49);
define('framed', 51, 54);
define('overlined', 53, 55);
define('gray', 90, 39);
define('redBright', 91, 39);
define('greenBright', 92, 39);
define('yellowBright', 93, 39);
define('blueBright', 94, 39);
define('magentaBright', 95, 39);
define('cyanBright', 96, 39);
define('whiteBright', 97, 39);
define('bgGray', 100, 49);
define('bgRedBright', 101, 49);
define('bgGreenBright', 102, 49);
define('bgYellowBright', 103, 49);
define('bgBlueBright', 104, 49);
define('bgMagentaBright', 105, 49);
define('bgCyanBright', 106, 49);
define('bgWhiteBright', 107, 49);

// Aliases are non-enumerable accessors, so listing inspect.colors shows each color once.
function defineAlias(alias, name) {
  Object.defineProperty(colors, alias, {
    get() { return this[name]; },
    set(value) { this[name] = value; },
    configurable: true,
    enumerable: false,
  });
}
defineAlias('blackBright', 'gray');
defineAlias('grey', 'gray');
defineAlias('faint', 'dim');
defineAlias('crossedout', 'strikethrough');
defineAlias('strikeThrough', 'strikethrough');
defineAlias('crossedOut', 'strikethrough');
defineAlias('conceal', 'hidden');
defineAlias('swapColors', 'inverse');
defineAlias('swapcolors', 'inverse');
defineAlias('doubleUnderline', 'doubleunderline');
defineAlias('bgBlackBright', 'bgGray');
defineAlias('bgGrey', 'bgGray');

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function removeColors(str) {
  return str.indexOf('\u001b') === -1 && str.indexOf('\u009b') === -1 ? str : str.replace(ansi, '');
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansi, '');
}

module.exports = { colors, styles, stylizeWithColor, stylizeNoColor, removeColors, stripVTControlCharacters };
