'use strict';
// Load generator for http-soak.js (runs in its own process): `keepalive` sends N
// requests over C keep-alive connections, `close` opens N fresh connections (C at a
// time) with one request each. Every response is checked in full: status line,
// Content-Length and the body the server promised for that URL. Prints a JSON summary.
const net = require('net');

const [mode, port, total, conc] = [process.argv[2], +process.argv[3], +process.argv[4], +process.argv[5]];
let sent = 0;
let ok = 0;
let bad = 0;
let open = 0;
let firstError = null;

function fail(msg) {
  bad++;
  if (!firstError) firstError = msg;
}

// Parses responses off one connection; calls onResponse(body) per complete response.
function makeReader(onResponse) {
  let buf = '';
  return (chunk) => {
    buf += chunk;
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = buf.slice(0, end);
      const m = /\r\ncontent-length: (\d+)/i.exec(head);
      if (!head.startsWith('HTTP/1.1 200 OK') || !m) {
        fail(`bad head: ${JSON.stringify(head.slice(0, 80))}`);
        buf = '';
        return;
      }
      const len = +m[1];
      if (buf.length < end + 4 + len) return;
      const body = buf.slice(end + 4, end + 4 + len);
      buf = buf.slice(end + 4 + len);
      onResponse(body);
    }
  };
}

function finish() {
  console.log(JSON.stringify({ mode, sent, ok, bad, firstError }));
}

if (mode === 'keepalive') {
  for (let c = 0; c < conc; c++) {
    const sock = net.connect(port, '127.0.0.1');
    sock.setEncoding('latin1');
    let expected = null;
    const sendOne = () => {
      if (sent >= total) {
        sock.end();
        return;
      }
      const n = sent++;
      expected = `hello ${n}`;
      sock.write(`GET /${n} HTTP/1.1\r\nHost: soak\r\n\r\n`);
    };
    sock.on('data', makeReader((body) => {
      if (body === expected) ok++;
      else fail(`expected ${expected}, got ${JSON.stringify(body)}`);
      sendOne();
    }));
    sock.on('error', (e) => fail(`socket error ${e.code}`));
    sock.on('close', () => {
      if (--open === 0) finish();
    });
    open++;
    sock.on('connect', sendOne);
  }
} else {
  let done = 0;
  const start = () => {
    if (sent >= total) return;
    const n = sent++;
    const sock = net.connect(port, '127.0.0.1', () => {
      sock.write(`GET /${n} HTTP/1.1\r\nHost: soak\r\nConnection: close\r\n\r\n`);
    });
    sock.setEncoding('latin1');
    let got = false;
    sock.on('data', makeReader((body) => {
      got = true;
      if (body === `hello ${n}`) ok++;
      else fail(`expected hello ${n}, got ${JSON.stringify(body)}`);
    }));
    sock.on('error', (e) => fail(`socket error ${e.code}`));
    sock.on('close', () => {
      if (!got) fail(`no response for ${n}`);
      if (++done === total) finish();
      else start();
    });
  };
  for (let c = 0; c < conc; c++) start();
}
