'use strict';
// pending: tar needs the crypto plugin (rename to case-tar.js when it lands; passes with crypto stubbed).
// node-tar (on minizlib, which drives zlib's _handle and _processChunk directly): a
// gzipped tarball made from a tree, listed, extracted, and made again as a stream.
const tar = require('tar');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-tar-'));
const src = path.join(root, 'src');
fs.mkdirSync(path.join(src, 'docs/deep'), { recursive: true });
fs.writeFileSync(path.join(src, 'README.md'), '# hello\n'.repeat(200));
fs.writeFileSync(path.join(src, 'docs/a.txt'), 'alpha beta gamma '.repeat(5000));
fs.writeFileSync(path.join(src, 'docs/deep/bin.dat'), Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 31) & 255)));
const mtime = new Date('2020-01-02T03:04:05Z');

function digest(buf) {
  let h = 0x811c9dc5;
  for (const b of buf) h = Math.imul(h ^ b, 16777619) >>> 0;
  return `${buf.length}:${h.toString(16)}`;
}

(async () => {
  try {
    const file = path.join(root, 'out.tgz');
    await tar.c({ gzip: true, file, cwd: src, portable: true, mtime }, ['README.md', 'docs']);
    // The tar inside is byte-exact; the gzip around it depends on the zlib build.
    console.log('tar bytes', digest(zlib.gunzipSync(fs.readFileSync(file))));
    const listed = [];
    await tar.t({ file, onentry: (e) => listed.push(`${e.path} ${e.size}`) });
    console.log('listing', listed);
    const dest = path.join(root, 'dest');
    fs.mkdirSync(dest);
    await tar.x({ file, cwd: dest });
    for (const f of ['README.md', 'docs/a.txt', 'docs/deep/bin.dat']) {
      console.log('extracted', f, fs.readFileSync(path.join(dest, f)).equals(fs.readFileSync(path.join(src, f))));
    }
    // Streaming create piped into a streaming extract, brotli-free gzip both ways.
    const dest2 = path.join(root, 'dest2');
    fs.mkdirSync(dest2);
    await new Promise((resolve, reject) => {
      tar.c({ gzip: { level: 1 }, cwd: src, portable: true, mtime }, ['docs'])
        .pipe(tar.x({ cwd: dest2 }))
        .on('finish', resolve)
        .on('error', reject);
    });
    console.log('piped', fs.readdirSync(path.join(dest2, 'docs')).sort());
    // Sync mode uses zlib synchronously.
    tar.c({ gzip: true, file: path.join(root, 'sync.tgz'), cwd: src, sync: true, portable: true, mtime }, ['README.md']);
    const syncList = [];
    tar.t({ file: path.join(root, 'sync.tgz'), sync: true, onentry: (e) => syncList.push(e.path) });
    console.log('sync', syncList);
    // A corrupt archive is an error, not a crash.
    const bad = fs.readFileSync(file);
    bad.fill(0x41, 30, 200);
    fs.writeFileSync(path.join(root, 'bad.tgz'), bad);
    await tar.t({ file: path.join(root, 'bad.tgz'), strict: true }).then(
      () => console.log('corrupt: no error'), (err) => console.log('corrupt:', err.code));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
})();
