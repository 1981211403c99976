'use strict';
// Promises as async_hooks resources ('PROMISE'), through V8's promise hooks: installed
// while some enabled hook exists, removed when the last is disabled. A promise's id and
// trigger id live on it under symbols; promises made before the hooks were installed
// have none and are not reported.

const binding = internalBinding('async_context');

const kId = Symbol('asyncId');
const kTrigger = Symbol('triggerAsyncId');
const kDestroy = 3;

let installed = false;
let destroyRegistry;

function hooks() {
  return require('internal/async_hooks');
}

function onInit(promise, parent) {
  const h = hooks();
  const id = h.newAsyncId();
  const parentId = parent !== undefined ? parent[kId] : undefined;
  const trigger = parentId !== undefined ? parentId : h.executionAsyncId();
  promise[kId] = id;
  promise[kTrigger] = trigger;
  h.emitInit(id, 'PROMISE', trigger, promise);
  if (h.hookFields[kDestroy] > 0) {
    if (destroyRegistry === undefined) {
      destroyRegistry = new FinalizationRegistry((asyncId) => hooks().queueDestroy(asyncId));
    }
    destroyRegistry.register(promise, id);
  }
}

function onBefore(promise) {
  const id = promise[kId];
  if (id !== undefined) hooks().emitBefore(id, promise[kTrigger], promise);
}

function onAfter(promise) {
  const id = promise[kId];
  if (id !== undefined) hooks().emitAfter(id);
}

function onResolve(promise) {
  const id = promise[kId];
  if (id !== undefined) hooks().emitPromiseResolve(id);
}

function update(anyEnabled) {
  if (anyEnabled === installed) return;
  installed = anyEnabled;
  if (anyEnabled) {
    binding.setAsyncHooksPromiseHooks(onInit, onBefore, onAfter, onResolve);
  } else {
    binding.setAsyncHooksPromiseHooks();
  }
}

module.exports = { update };
