'use strict';
// A fastify app with a JSON route (and a route with a params schema) served on loopback,
// fetched with http.get / http.request.
const http = require('http');
const fastify = require('fastify')({ logger: false });

fastify.get('/json', async () => ({ hello: 'world', n: 42 }));
fastify.post('/echo/:id', {
  schema: { params: { type: 'object', properties: { id: { type: 'integer' } } } },
}, async (req) => ({ id: req.params.id, body: req.body }));

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const { port } = fastify.server.address();
    const req = http.request({ host: '127.0.0.1', port, method, path,
      headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], text }));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

fastify.listen({ port: 0, host: '127.0.0.1' }, async (err) => {
  if (err) throw err;
  console.log(await call('GET', '/json'));
  console.log(await call('POST', '/echo/7', { a: [1, 2] }));
  console.log(await call('POST', '/echo/x', { a: 1 }));
  console.log(await call('GET', '/missing'));
  await fastify.close();
  console.log('closed');
});
