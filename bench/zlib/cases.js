'use strict';
// One zlib benchmark case over the files made by ./run: gzip or gunzip, sync or
// streamed (file -> zlib stream -> sink, through fs streams).
const fs = require('fs');
const zlib = require('zlib');
const [kind, dir] = process.argv.slice(2);
const text = `${dir}/text.bin`;
const packed = `${dir}/text.gz`;

function stream(src, transform) {
  let total = 0;
  fs.createReadStream(src, { highWaterMark: 64 * 1024 })
    .pipe(transform)
    .on('data', (c) => { total += c.length; })
    .on('end', () => { if (total === 0) process.exit(1); });
}

switch (kind) {
  case 'gzipSync': {
    if (zlib.gzipSync(fs.readFileSync(text)).length === 0) process.exit(1);
    break;
  }
  case 'gunzipSync': {
    if (zlib.gunzipSync(fs.readFileSync(packed)).length === 0) process.exit(1);
    break;
  }
  case 'gzipStream': stream(text, zlib.createGzip()); break;
  case 'gunzipStream': stream(packed, zlib.createGunzip()); break;
  default: throw new Error(`unknown case ${kind}`);
}
