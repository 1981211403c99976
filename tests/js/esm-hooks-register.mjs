// differential
// module.register(): customization hooks chain (resolve/load, short circuits, sources).
import { register } from 'node:module';

register('../fixtures/esm/hooks/virtual-loader.mjs', import.meta.url, { data: { prefix: 'n=' } });
register('../fixtures/esm/hooks/logging-loader.mjs', import.meta.url);

console.log((await import('virtual:answer')).default);
console.log((await import('../fixtures/esm/hooks/target.mjs')).default);
console.log((await import('virtual:cjs')).default);
console.log((await import('node:path')).default.basename('/a/b.txt'));
try {
  await import('forgets-next');
} catch (e) {
  console.log(e.code, e.message);
}
for (const line of (await import('virtual:log')).default) console.log(line);
