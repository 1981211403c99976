'use strict';
// Helpers for the v8.GCProfiler tests: profile for a while, then check the shape of
// what stop() returned.
const assert = require('assert');
const { GCProfiler } = require('v8');

function collectGCProfile({ duration }) {
  const profiler = new GCProfiler();
  profiler.start();
  return new Promise((resolve) => setTimeout(() => resolve(profiler.stop()), duration));
}

const kHeapKeys = [
  'externalMemory', 'heapSizeLimit', 'mallocedMemory', 'peakMallocedMemory',
  'totalAvailableSize', 'totalGlobalHandlesSize', 'totalHeapSize', 'totalHeapSizeExecutable',
  'totalPhysicalSize', 'usedGlobalHandlesSize', 'usedHeapSize',
];
const kSpaceKeys = ['physicalSpaceSize', 'spaceAvailableSize', 'spaceName', 'spaceSize', 'spaceUsedSize'];

function checkGCProfile(data) {
  assert.ok(data.version > 0);
  assert.ok(data.startTime >= 0);
  assert.ok(data.endTime >= 0);
  assert.ok(Array.isArray(data.statistics));
  if (data.statistics.length === 0) return;
  const first = data.statistics[0];
  assert.strictEqual(typeof first.gcType, 'string');
  assert.ok(first.cost >= 0);
  for (const sample of [first.beforeGC, first.afterGC]) {
    assert.strictEqual(typeof sample, 'object');
    for (const key of kHeapKeys) assert.ok(sample.heapStatistics[key] >= 0, key);
    const space = sample.heapSpaceStatistics[0];
    for (const key of kSpaceKeys) {
      if (key === 'spaceName') assert.strictEqual(typeof space[key], 'string');
      else assert.ok(space[key] >= 0, key);
    }
  }
}

async function testGCProfiler() {
  checkGCProfile(await collectGCProfile({ duration: 5000 }));
}

module.exports = { collectGCProfile, checkGCProfile, testGCProfiler };
