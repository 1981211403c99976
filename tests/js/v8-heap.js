// differential: v8 heap statistics have node's shapes (field names, number types), cachedDataVersionTag is a stable number, setFlagsFromString validates, startupSnapshot reports no snapshot build
'use strict';
const v8 = require('v8');

const stats = v8.getHeapStatistics();
console.log(Object.keys(stats), Object.values(stats).every((n) => typeof n === 'number' && n >= 0));
console.log(stats.used_heap_size <= stats.total_heap_size, stats.heap_size_limit > 0);
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.length > 0, Object.keys(spaces[0]));
console.log(spaces.some((s) => s.space_name === 'old_space'), spaces.some((s) => s.space_name === 'new_space'));
console.log(spaces.every((s) => typeof s.space_name === 'string' && typeof s.space_size === 'number'));
const code = v8.getHeapCodeStatistics();
console.log(Object.keys(code), Object.values(code).every((n) => typeof n === 'number'));
const tag = v8.cachedDataVersionTag();
console.log(typeof tag, Number.isInteger(tag), tag === v8.cachedDataVersionTag());
v8.setFlagsFromString('--allow-natives-syntax');
for (const bad of [1, undefined, {}]) {
  try { v8.setFlagsFromString(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(v8.startupSnapshot.isBuildingSnapshot());
try { v8.startupSnapshot.addSerializeCallback(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
