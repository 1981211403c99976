// differential: emitKeypressEvents names keys (letters, digits, control keys, meta chords, CSI/SS3 sequences with modifiers, multibyte characters), including an escape sequence split across chunks
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // a second call changes nothing
input.on('keypress', (s, k) => console.log(JSON.stringify(s), JSON.stringify(k)));
input.write('aA1 \r\n\t\x7f\b\x1b\x01\x1ba\x1b[A\x1b[1;5D\x1bOP\x1b[3~\x1b[Z\x1b\x1b[B');
input.write('\x1b[15~\x1b[24~\x1b[1;2A\x1b[1;3C\x1b[5~\x1b[[A\x1b[a\x1bOa\x1b[2$\x1b[H\x1bOF\x1b[1~\x1b[4~');
input.write('\u20ac\u00e9\u{1F600}\x00\x1a\x1bZ');
input.write(Buffer.from('\u00e9').subarray(0, 1));
input.write(Buffer.from('\u00e9').subarray(1));
input.write('\x1b');
setImmediate(() => input.write('[C'));
