'use strict';
// The async context: which AsyncLocalStorage stores are visible right now.
//
// A frame is an immutable Map (AsyncLocalStorage instance -> store), or undefined for
// none. Every place that defers a callback (nextTick, timers, immediates, queueMicrotask,
// promise reactions, AsyncResource) captures the frame when the callback is scheduled
// and restores it while the callback runs. Until the first store is used, `active` is
// false and capture() returns undefined, so deferring costs one branch.

const { setPromiseHooks } = internalBinding('async_context');

const kFrame = Symbol('asyncContextFrame');

const state = {
  active: false,   // has any AsyncLocalStorage been used?
  current: undefined,
};

function capture() {
  return state.active ? state.current : undefined;
}

// Runs fn with `frame` as the current frame. Callers on hot paths check state.active
// first and call fn directly when it is false.
function runInFrame(frame, fn, thisArg, args) {
  const prev = state.current;
  state.current = frame;
  try {
    return args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args);
  } finally {
    state.current = prev;
  }
}

// Promise reactions: a promise made while a frame is current (by then(), await, ...)
// remembers it; its reaction job runs in it.
const saved = [];
function onInit(promise) {
  if (state.current !== undefined) promise[kFrame] = state.current;
}
function onBefore(promise) {
  saved.push(state.current);
  state.current = promise[kFrame];
}
function onAfter() {
  state.current = saved.pop();
}

function activate() {
  if (state.active) return;
  state.active = true;
  setPromiseHooks(onInit, onBefore, onAfter);
}

module.exports = { state, capture, runInFrame, activate };
