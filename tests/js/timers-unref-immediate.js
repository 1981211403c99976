// differential: an unref'd immediate still runs if something else keeps the loop going
'use strict';
setImmediate(() => console.log('unref immediate runs')).unref();
setTimeout(() => console.log('timeout'), 500);
