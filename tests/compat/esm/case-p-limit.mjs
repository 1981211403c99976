// p-limit (ESM only): at most 2 tasks at once, results in order.
import pLimit from 'p-limit';

const limit = pLimit(2);
let running = 0;
let peak = 0;
const task = (i) => limit(async () => {
  running++;
  peak = Math.max(peak, running);
  await new Promise((r) => setTimeout(r, 5 * (5 - i)));
  running--;
  return i * i;
});
const results = await Promise.all([0, 1, 2, 3, 4].map(task));
console.log(results, 'peak', peak, 'active', limit.activeCount, 'pending', limit.pendingCount);
