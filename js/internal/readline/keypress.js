'use strict';
// emitKeypressEvents: turns a byte stream from a terminal into 'keypress' events
// (str, { sequence, name, ctrl, meta, shift[, code] }). A generator holds the state of a
// partly received escape sequence, so a sequence split across 'data' chunks is still one
// key; a lone ESC becomes the 'escape' key after the interface's escapeCodeTimeout.

const { StringDecoder } = require('string_decoder');

const kDecoder = Symbol('keypressDecoder');
const kEscapeTimeout = Symbol('escapeTimeout');
const ESC = '\x1b';

// Escape-sequence codes (after ESC, without modifiers) and the keys they name.
const kCodeNames = {
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4', '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[Z': 'tab',
};
// Codes that carry an implied modifier (rxvt's shifted and control variants).
const kShiftCodes = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const kCtrlCodes = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

const isDigit = (ch) => ch >= '0' && ch <= '9';

// Length in UTF-16 units of the code point at i.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function* keyParser(emit) {
  for (;;) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === ESC) {
      escaped = true;
      s += (ch = yield);
      if (ch === ESC) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // SS3: ESC O [modifier] letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // CSI: ESC [ [[] params final. Linux consoles double the bracket for F1-F5.
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const start = s.length - 1;
        // Parameters: up to two numbers separated by ';', then one final character.
        let guard = 0;
        while ((isDigit(ch) || ch === ';') && guard++ < 16) s += (ch = yield);
        const cmd = s.slice(start);
        let m;
        if ((m = /^(\d\d?)(?:;(\d))?([~^$])$/.exec(cmd))) {
          code += m[1] + m[3];
          modifier = (Number(m[2]) || 1) - 1;
        } else if ((m = /^(?:1;)?(\d)?([A-Za-z])$/.exec(cmd))) {
          code += m[2];
          modifier = (Number(m[1]) || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      // Unknown sequences are named with the string 'undefined', as node names them.
      key.name = Object.prototype.hasOwnProperty.call(kCodeNames, code) ? kCodeNames[code] : 'undefined';
      if (kShiftCodes.has(code)) key.shift = true;
      if (kCtrlCodes.has(code)) key.ctrl = true;
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === ESC) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Control letters: ^@ is '`', ^A is 'a', ...
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by something unnamed: a meta chord; ESC alone (flushed) is escape.
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      emit(escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      emit(s, key);
    }
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  let parser = makeParser();
  let pendingEscape = false;

  function makeParser() {
    const gen = keyParser((s, key) => stream.emit('keypress', s, key));
    gen.next();
    return gen;
  }

  function feed(ch) {
    try {
      parser.next(ch);
    } catch (err) {
      // A throwing 'keypress' listener kills the generator; start a fresh one.
      parser = makeParser();
      throw err;
    }
  }

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kDecoder].write(input);
    if (!string) return;
    clearTimeout(stream[kEscapeTimeout]);
    iface._sawKeyPress = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const ch of string) {
      length += ch.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      feed(ch);
      pendingEscape = ch === ESC;
    }
    if (pendingEscape && iface.escapeCodeTimeout) {
      // An interface waits so long for the rest of an escape sequence, then takes ESC
      // as the escape key; a bare stream waits for more input however long it takes.
      stream[kEscapeTimeout] = setTimeout(() => {
        pendingEscape = false;
        feed('');
      }, iface.escapeCodeTimeout);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, charLengthAt };
