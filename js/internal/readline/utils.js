'use strict';
// CSI`...`: builds an ANSI control sequence from a template (CSI`${n}G` is ESC [ n G),
// with the fixed clearing sequences as properties. Shared by readline's cursor helpers.

const kEscape = '\x1b';

function CSI(strings, ...args) {
  let ret = `${kEscape}[`;
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
}

CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

module.exports = { CSI };
