// differential
'use strict';
// TextDecoder.decode() with input that is not bytes: node's wording differs by
// decoder (whole-buffer UTF-8 says "list", streaming and UTF-16 say "input",
// whole-buffer Latin-1 orders the types its own way).

for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'latin1']) {
  for (const options of [undefined, { stream: true }, { stream: false }]) {
    for (const fatal of [false, true]) {
      for (const input of [5, 'x', {}, null]) {
        try {
          new TextDecoder(encoding, { fatal }).decode(input, options);
          console.log(encoding, 'decoded', input);
        } catch (e) {
          console.log(encoding, JSON.stringify(options), fatal, typeof input, e.name, e.code, e.message);
        }
      }
    }
  }
}
