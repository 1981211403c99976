// differential: socket.setTimeout switched on and off repeatedly (as an HTTP server does per request) keeps one live timer: it fires once per arming, 0 disarms it, a new delay replaces the old, re-arming inside the 'timeout' handler works
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', () => s.end());
});

const steps = [];
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let fired = 0;
  c.on('timeout', () => {
    fired++;
    steps.push(`timeout ${fired} (timeout=${c.timeout})`);
    if (fired === 1) {
      // Disarm and re-arm from inside the handler, with the same delay.
      c.setTimeout(0);
      c.setTimeout(30);
    } else if (fired === 2) {
      // A different delay replaces the timer.
      c.setTimeout(0);
      c.setTimeout(45);
    } else {
      c.setTimeout(0);
      steps.push(`after disarm timeout=${c.timeout}`);
      // Nothing may fire any more: the end of the connection finishes the test.
      setTimeout(() => c.end(), 120);
    }
  });
  c.on('connect', () => {
    // Toggled many times before it may fire: only the last arming counts.
    for (let i = 0; i < 1000; i++) {
      c.setTimeout(20);
      c.setTimeout(0);
    }
    c.setTimeout(20);
    steps.push(`armed timeout=${c.timeout}`);
  });
  c.on('close', () => {
    steps.push(`close after ${fired} timeouts`);
    server.close();
    console.log(steps.join('\n'));
  });
});
