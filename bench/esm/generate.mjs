// Writes a tree of N ES modules (default 500) under the given directory: each module
// imports up to 4 children and re-exports a sum, so the whole graph is linked and run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = '/tmp/nodus-esm-bench', count = '500'] = process.argv.slice(2);
const n = Number(count);
mkdirSync(dir, { recursive: true });
for (let i = 0; i < n; i++) {
  const kids = [];
  for (let k = 1; k <= 4; k++) if (i * 4 + k < n) kids.push(i * 4 + k);
  const lines = kids.map((k) => `import { value as v${k} } from './m${k}.mjs';`);
  lines.push(`export const value = 1${kids.map((k) => ` + v${k}`).join('')};`);
  lines.push(`export function describe() { return 'module ${i} of ${n}'; }`);
  writeFileSync(join(dir, `m${i}.mjs`), `${lines.join('\n')}\n`);
}
writeFileSync(join(dir, 'main.mjs'), "import { value } from './m0.mjs';\nconsole.log(value);\n");
