'use strict';
// requireAs(file, flags, spawnOptions, mode): loads `file` (with require(), so as a
// non-main module) in a fresh process started with `flags`, either directly
// (mode 'child') or from a worker thread of that process (mode 'worker'). Throws with
// the child's output when it does not exit cleanly.

if (require.main !== module) {
  const { spawnSync } = require('child_process');
  module.exports = function requireAs(file, flags = [], spawnOptions = {}, mode = 'child') {
    const r = spawnSync(process.execPath, [...flags, __filename, file, mode],
                        { ...spawnOptions });
    if (r.error) throw r.error;
    if (r.status !== 0 || r.signal !== null) {
      const out = (s) => (s === null || s === undefined ? '' : String(s));
      throw new Error(`${file} loaded as ${mode}: status ${r.status}, signal ${r.signal}\n` +
                      `${out(r.stdout)}${out(r.stderr)}`);
    }
    return r;
  };
} else {
  const [file, mode] = process.argv.slice(2);
  if (mode === 'worker') {
    const { Worker } = require('worker_threads');
    const worker = new Worker(`require(${JSON.stringify(file)});`, { eval: true });
    worker.on('error', (err) => { throw err; });
    worker.on('exit', (code) => { process.exitCode = code; });
  } else {
    require(file);
  }
}
