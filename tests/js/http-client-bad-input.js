// differential
'use strict';
// Bad arguments to http.request throw synchronously with node's codes and messages.
const http = require('http');

const cases = {
  'https url': () => http.request('https://example.invalid/'),
  'bad url': () => http.request('not a url'),
  'protocol option': () => http.request({ protocol: 'ftp:' }),
  'space in path': () => http.request({ path: '/a b' }),
  'control char in path': () => http.request({ path: '/a\u0001' }),
  'method token': () => http.request({ method: 'G T' }),
  'method type': () => http.request({ method: 1 }),
  'host type': () => http.request({ host: 1 }),
  'hostname type': () => http.request({ hostname: {} }),
  'agent type': () => http.request({ agent: 1 }),
  'agent object': () => http.request({ agent: {} }),
  'timeout type': () => http.request({ timeout: '1' }),
  'timeout range': () => http.request({ timeout: -1 }),
  'header name': () => http.request({ headers: { 'a b': 1 } }),
  'header value char': () => http.request({ headers: { a: 'x\ny' } }),
  'header value undefined': () => http.request({ headers: { a: undefined } }),
  'maxHeaderSize': () => http.request({ maxHeaderSize: -1 }),
  'maxHeaderSize type': () => http.request({ maxHeaderSize: '1' }),
  'insecureHTTPParser': () => http.request({ insecureHTTPParser: 1 }),
  'joinDuplicateHeaders': () => http.request({ joinDuplicateHeaders: 'yes' }),
  'signal': () => http.request({ signal: {} }),
  'agent scheduling': () => new http.Agent({ scheduling: 'random' }),
  'agent maxTotalSockets': () => new http.Agent({ maxTotalSockets: 0 }),
  'agent maxTotalSockets type': () => new http.Agent({ maxTotalSockets: '2' }),
};

for (const [name, fn] of Object.entries(cases)) {
  try {
    const req = fn();
    req.on('error', () => {});
    req.destroy();
    console.log(name, 'no throw');
  } catch (err) {
    console.log(name, '->', err.name, err.code, err.message);
  }
}

// After the headers are out, header changes are refused.
const server = http.createServer((req, res) => res.end());
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false });
  req.setHeader('X-Early', '1');
  req.flushHeaders();
  for (const fn of [() => req.setHeader('X-Late', '1'), () => req.removeHeader('X-Early')]) {
    try {
      fn();
    } catch (err) {
      console.log('after flush ->', err.name, err.code, err.message);
    }
  }
  req.end();
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => server.close(() => console.log('closed')));
  });
});
