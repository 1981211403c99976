'use strict';
// stream/consumers: read a whole stream (or async iterable) into one value.
// Bytes go through a Blob, which takes any chunk a Blob part may be (strings,
// views, ArrayBuffers, Blobs); only text() decodes, chunk by chunk.

async function blob(stream) {
  const parts = [];
  for await (const chunk of stream) parts.push(chunk);
  return new Blob(parts);
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return globalThis.Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    out += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  // A multi-byte character cut off at the end becomes U+FFFD here.
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
