'use strict';
// The Body mixin (Fetch §5.3) shared by Request and Response: extracting a body from
// what the caller passed, exposing it as a ReadableStream, and consuming it once.
//
// A body made from bytes keeps the bytes (`source`) and builds its stream only when
// `.body` is read, so `await new Response('x').text()` never touches streams; a body
// from a stream or from the network has only the stream.

const { Blob } = require('buffer');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { kState: kStreamState } = require('internal/webstreams/util');
const { FormData, encodeMultipart, parseMultipart } = require('internal/fetch/formdata');
const { illegalInvocation } = require('internal/fetch/webidl');

const kBody = Symbol('body');       // { stream, source, length } | null
const kHeaders = Symbol('headers'); // the owner's Headers, for Content-Type

const encoder = new TextEncoder();

function isDisturbed(stream) {
  return stream[kStreamState].disturbed;
}

function isLocked(stream) {
  return stream.locked;
}

// A byte stream over a list of Uint8Arrays and Blobs, read one part per pull; a
// Blob gives one chunk per part of it, through its own stream(), as node's
// fetch does.
function streamFromParts(parts) {
  let i = 0;
  let blobReader = null;
  const finish = (controller) => {
    controller.close();
    // A byte stream's pending BYOB request must be answered after close.
    if (controller.byobRequest) controller.byobRequest.respond(0);
  };
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      for (;;) {
        if (blobReader !== null) {
          const { value, done } = await blobReader.read();
          if (!done) {
            controller.enqueue(value);
            return;
          }
          blobReader = null;
        }
        if (i >= parts.length) return finish(controller);
        const part = parts[i++];
        if (part instanceof Blob) {
          blobReader = part.stream().getReader();
          continue;
        }
        // Copy: enqueue transfers the buffer, and a source is read again by clones.
        if (part.byteLength > 0) controller.enqueue(part.slice());
        if (i >= parts.length) finish(controller);
        return;
      }
    },
    cancel(reason) {
      if (blobReader !== null) return blobReader.cancel(reason);
    },
  });
}

// The spec's "extract a body": returns { body, type } where type is the Content-Type
// to default to (or null).
function extractBody(object) {
  if (typeof object === 'string') {
    const bytes = encoder.encode(object);
    return { body: { stream: null, source: [bytes], length: bytes.byteLength }, type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    const bytes = encoder.encode(object.toString());
    return {
      body: { stream: null, source: [bytes], length: bytes.byteLength },
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (object instanceof ArrayBuffer || Object.prototype.toString.call(object) === '[object SharedArrayBuffer]') {
    const bytes = new Uint8Array(object.slice(0));
    return { body: { stream: null, source: [bytes], length: bytes.byteLength }, type: null };
  }
  if (ArrayBuffer.isView(object)) {
    const bytes = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
    return { body: { stream: null, source: [bytes], length: bytes.byteLength }, type: null };
  }
  if (object instanceof Blob) {
    return { body: { stream: null, source: [object], length: object.size }, type: object.type || null };
  }
  if (object instanceof FormData) {
    const { parts, length, boundary } = encodeMultipart(object);
    return { body: { stream: null, source: parts, length }, type: `multipart/form-data; boundary=${boundary}` };
  }
  if (object instanceof ReadableStream) {
    if (isDisturbed(object) || isLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: { stream: object, source: null, length: null }, type: null };
  }
  return extractBody(`${object}`);
}

function bodyStream(body) {
  if (body.stream === null) body.stream = streamFromParts(body.source);
  return body.stream;
}

function bodyUsed(owner) {
  const body = owner[kBody];
  if (body === null) return false;
  if (body.stream !== null) return isDisturbed(body.stream);
  return body.consumed === true;
}

function isUnusable(owner) {
  const body = owner[kBody];
  return body !== null && (bodyUsed(owner) || (body.stream !== null && isLocked(body.stream)));
}

async function readAllParts(parts) {
  const chunks = [];
  for (const p of parts) chunks.push(p instanceof Blob ? new Uint8Array(await p.arrayBuffer()) : p);
  return concat(chunks);
}

function concat(chunks) {
  if (chunks.length === 1) return chunks[0].slice();
  let length = 0;
  for (const c of chunks) length += c.byteLength;
  const out = new Uint8Array(length);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.byteLength;
  }
  return out;
}

async function readAllStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
  }
  return chunks.length === 0 ? new Uint8Array(0) : concat(chunks);
}

// The spec's "fully read": all the bytes, marking the body used.
function readAll(owner) {
  const body = owner[kBody];
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (body.stream === null) {
    body.consumed = true;
    return readAllParts(body.source);
  }
  return readAllStream(body.stream);
}

function mimeType(owner) {
  const { getRaw } = require('internal/fetch/headers');
  return getRaw(owner[kHeaders], 'content-type');
}

const decoder = new TextDecoder();

const consumers = {
  arrayBuffer: (bytes) => bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer :
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  bytes: (bytes) => bytes,
  text: (bytes) => decoder.decode(bytes),
  json: (bytes) => JSON.parse(decoder.decode(bytes)),
  blob: (bytes, owner) => {
    const type = mimeType(owner);
    return new Blob([bytes], { type: type === null ? '' : type });
  },
  formData: (bytes, owner) => {
    const type = mimeType(owner) || '';
    const essence = type.split(';')[0].trim().toLowerCase();
    if (essence === 'multipart/form-data') {
      const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
      if (m === null) throw new TypeError('Failed to parse body as FormData.');
      return parseMultipart(bytes, m[1] || m[2]);
    }
    if (essence === 'application/x-www-form-urlencoded') {
      const fd = new FormData();
      for (const [k, v] of new URLSearchParams(decoder.decode(bytes))) fd.append(k, v);
      return fd;
    }
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  },
};

function consume(owner, kind) {
  if (owner === null || typeof owner !== 'object' || !(kBody in owner)) {
    return Promise.reject(illegalInvocation());
  }
  if (isUnusable(owner)) {
    return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  }
  return readAll(owner).then((bytes) => consumers[kind](bytes, owner));
}

// The Body mixin's members, installed on Request and Response prototypes.
function installBodyMixin(cls) {
  const methods = {
    blob() { return consume(this, 'blob'); },
    arrayBuffer() { return consume(this, 'arrayBuffer'); },
    text() { return consume(this, 'text'); },
    json() { return consume(this, 'json'); },
    formData() { return consume(this, 'formData'); },
    bytes() { return consume(this, 'bytes'); },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(cls.prototype, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

// Accessors for `body` and `bodyUsed`, each class defines them in its own order.
function getBody(owner) {
  const body = owner[kBody];
  return body === null ? null : bodyStream(body);
}

// The spec's "clone a body": a stream body is teed, the owner keeping one branch.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { stream: null, source: body.source, length: body.length };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { stream: b, source: null, length: body.length };
}

module.exports = {
  kBody, kHeaders, extractBody, installBodyMixin, getBody, bodyUsed, isUnusable,
  cloneBody, bodyStream, isDisturbed, readAll,
};
