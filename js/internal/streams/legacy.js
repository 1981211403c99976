'use strict';
// The old (streams0) Stream base class: an EventEmitter with a simple pipe() that
// only knows 'data', 'end', 'drain', 'close' and 'error'. Readable and Writable
// inherit from it so that `instanceof Stream` holds for every stream.

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

// Streams start with empty slots for their common events (see Readable): only the
// events that have listeners are named.
Stream.prototype.eventNames = function eventNames() {
  const events = this._events;
  const names = [];
  if (events === undefined) return names;
  for (const key of Reflect.ownKeys(events)) {
    const value = events[key];
    if (typeof value === 'function' || (Array.isArray(value) && value.length > 0)) names.push(key);
  }
  return names;
};

Stream.prototype.pipe = function(dest, options) {
  const source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  // Only the last pipe to a stdio stream may end it; nobody ends stdio.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  function onerror(er) {
    cleanup();
    // Some emitters (old or mocked) lack listenerCount: count by hand.
    const count = typeof this.listenerCount === 'function' ? this.listenerCount('error') :
      EE.listenerCount ? EE.listenerCount(this, 'error') : (this.listeners('error') || []).length;
    if (count === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// Puts fn before the other listeners of `event`, also on emitters that predate
// prependListener.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}

module.exports = { Stream, prependListener };
