'use strict';
// @parcel/watcher: threadsafe functions (events delivered from the watcher's thread),
// async work (subscribe/unsubscribe/getEventsSince/writeSnapshot promises).
const watcher = require('@parcel/watcher');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-watcher-'));

function waitFor(events, predicate) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no event')), 5000);
    const check = () => {
      if (predicate()) {
        clearTimeout(timer);
        resolve();
      } else {
        setTimeout(check, 20);
      }
    };
    check();
  });
}

(async () => {
  const seen = [];
  const sub = await watcher.subscribe(dir, (err, events) => {
    if (err) throw err;
    for (const e of events) seen.push(`${e.type} ${path.basename(e.path)}`);
  });
  fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
  await waitFor(seen, () => seen.includes('create a.txt'));
  fs.unlinkSync(path.join(dir, 'a.txt'));
  await waitFor(seen, () => seen.includes('delete a.txt'));
  await sub.unsubscribe();
  console.log('events:', seen.filter((e) => e.endsWith('a.txt')).join(', '));

  const snapshot = path.join(os.tmpdir(), `nodus-watcher-snap-${process.pid}`);
  await watcher.writeSnapshot(dir, snapshot);
  fs.writeFileSync(path.join(dir, 'b.txt'), 'b');
  const since = await watcher.getEventsSince(dir, snapshot);
  console.log('since snapshot:', since.map((e) => `${e.type} ${path.basename(e.path)}`).join(', '));
  fs.rmSync(snapshot, { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  await watcher.subscribe('/nonexistent-nodus-dir', () => {}).catch((e) => console.log('error:', e.message));
})();
