'use strict';
// The deprecated `constants` module: os and fs constants in one object, as node has it
// (crypto's join it once a crypto plugin exists).
const out = {};
for (const id of ['os', 'fs']) {
  let mod;
  try {
    mod = require(id);
  } catch {
    continue;
  }
  const c = mod.constants;
  if (id === 'os') {
    Object.assign(out, c.dlopen, c.errno, c.signals, c.priority);
  } else {
    Object.assign(out, c);
  }
}
module.exports = out;
