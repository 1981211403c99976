// differential: setUncaughtExceptionCaptureCallback takes errors instead of 'uncaughtException'
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e, origin));
process.setUncaughtExceptionCaptureCallback((e) => console.log('capture', e));
console.log(process.hasUncaughtExceptionCaptureCallback());
process.on('uncaughtException', (e, origin) => console.log('listener', e, origin));
try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
for (const bad of [1, 'x', {}, undefined]) {
  try {
    process.setUncaughtExceptionCaptureCallback(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
  throw 3;
}, 1);
throw 2;
