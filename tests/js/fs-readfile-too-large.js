// differential: readFile/readFileSync refuse a file over 2 GiB with ERR_FS_FILE_TOO_LARGE (a sparse file: nothing is read), and the callback gets the error alone
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.join(process.env.TEST_TMPDIR, 'sparse.bin');
fs.writeFileSync(file, '');
fs.truncateSync(file, 2 ** 31);
for (const enc of [undefined, 'latin1', 'base64']) {
  try {
    fs.readFileSync(file, enc);
  } catch (e) {
    console.log('sync', enc, e.name, e.code, e.message);
  }
}
fs.readFile(file, function(...args) {
  console.log('async', args.length, args[0].name, args[0].code, args[0].message);
  fs.unlinkSync(file);
});
