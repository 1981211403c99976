'use strict';
// Object URLs for Blobs: URL.createObjectURL() files a Blob's bytes and type under
// "blob:nodedata:<uuid>", buffer.resolveObjectURL() gives back a new Blob over them,
// URL.revokeObjectURL() forgets them. One registry per thread (a worker's URLs do not
// resolve in its parent). Bad URLs are not errors: resolve answers undefined and revoke
// does nothing, as node's do.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

const entries = new Map();

function newId() {
  // The crypto plugin when present (ids as unguessable as node's); a core without it
  // still gets distinct v4-shaped ids.
  let crypto;
  try { crypto = require('crypto'); } catch { crypto = null; }
  if (crypto !== null) return crypto.randomUUID();
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// The id of a "blob:nodedata:<id>" URL, or undefined for anything else.
function idOf(url) {
  url = `${url}`;  // outside the try: a Symbol throws, as in node
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const split = parsed.pathname.split(':');
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  return split[1];
}

function create(obj) {
  const { Blob, blobSnapshot } = require('internal/buffer/blob');
  if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = newId();
  entries.set(id, blobSnapshot(obj));
  return `blob:nodedata:${id}`;
}

function revoke(url) {
  url = `${url}`;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  // node forgets "<anything>:<id>" paths, not only nodedata ones.
  const split = parsed.pathname.split(':');
  if (split.length === 2) entries.delete(split[1]);
}

function resolve(url) {
  const id = idOf(url);
  if (id === undefined) return undefined;
  const snapshot = entries.get(id);
  if (snapshot === undefined) return undefined;
  return require('internal/buffer/blob').blobFromSnapshot(snapshot);
}

module.exports = { create, revoke, resolve };
