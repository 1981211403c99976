'use strict';
// stream/consumers: read a whole stream (or async iterable) into one value.

async function collect(stream) {
  const chunks = [];
  const decoder = new TextDecoder();
  let text = '';
  let sawString = false;
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      sawString = true;
      text += chunk;
      chunks.push(new TextEncoder().encode(chunk));
    } else {
      chunks.push(chunk);
      text += decoder.decode(chunk, { stream: true });
    }
  }
  if (!sawString) text += decoder.decode();
  return { chunks, text };
}

async function arrayBuffer(stream) {
  const { chunks } = await collect(stream);
  const B = globalThis.Buffer;
  const all = B.concat(chunks.map((c) => (B.isBuffer(c) ? c : B.from(c.buffer, c.byteOffset, c.byteLength))));
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
}

async function buffer(stream) {
  return globalThis.Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  return (await collect(stream)).text;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

async function blob(stream) {
  const { chunks } = await collect(stream);
  return new Blob(chunks);
}

module.exports = { arrayBuffer, blob, buffer, text, json };
