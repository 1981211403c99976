// differential
// import of a file whose extension the ES module loader does not know fails with
// ERR_UNKNOWN_FILE_EXTENSION in any package scope, while require() and import() of the
// same code under a known extension work.
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'esm-unknown-ext-'));
try {
  for (const [sub, pkg] of [['none', null], ['cjs', 'commonjs'], ['esm', 'module']]) {
    mkdirSync(join(dir, sub));
    if (pkg) writeFileSync(join(dir, sub, 'package.json'), JSON.stringify({ type: pkg }));
    writeFileSync(join(dir, sub, 'data.foo'), 'module.exports = "loaded";\n');
    writeFileSync(join(dir, sub, 'data.cjs'), 'module.exports = "loaded";\n');
    for (const file of ['data.foo', 'data.cjs']) {
      try {
        const ns = await import(pathToFileURL(join(dir, sub, file)));
        console.log(sub, file, 'imported', ns.default);
      } catch (err) {
        console.log(sub, file, err.name, err.code, err.message.replace(dir, '<dir>'));
      }
    }
    if (pkg !== 'module') {
      console.log(sub, 'require', createRequire(import.meta.url)(join(dir, sub, 'data.foo')));
    }
  }
} finally {
  rmSync(dir, { recursive: true });
}
