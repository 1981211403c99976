'use strict';
// async_hooks' machinery: the registry of enabled hooks, the execution stack behind
// executionAsyncId()/triggerAsyncId()/executionAsyncResource(), and the emitters that
// native resources (core/bindings/async_wrap.cc) and AsyncResource call.
//
// Ids and the counts of enabled hooks live in typed arrays shared with native code, so
// that with no hook enabled, native callbacks only write two numbers and never call here.

const binding = internalBinding('async_context');
const { asyncIdFields, hookFields } = binding;

// Field indexes; the same enums as core/bindings/async_wrap.h.
const kExecutionAsyncId = 0;
const kTriggerAsyncId = 1;
const kAsyncIdCounter = 2;
const kInit = 0;
const kBefore = 1;
const kAfter = 2;
const kDestroy = 3;
const kPromiseResolve = 4;
const kTotals = 5;
const kTrackResources = 6;
const kUsingDomains = 7;

const kHookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

// Enabled hooks, per kind. Replaced (never mutated) when a hook is enabled or disabled,
// so a hook that enables or disables hooks while they are being called does not change
// the list being walked, as in node.
let active = { init: [], before: [], after: [], destroy: [], promiseResolve: [] };
const enabledHooks = new Set();

// The execution stack: for each entered scope, the ids it replaced and its resource.
const idStack = [];
const resourceStack = [];
const topLevelResource = {};

function newAsyncId() {
  return ++asyncIdFields[kAsyncIdCounter];
}

function executionAsyncId() {
  return asyncIdFields[kExecutionAsyncId];
}

function triggerAsyncId() {
  return asyncIdFields[kTriggerAsyncId];
}

function executionAsyncResource() {
  // From now on scopes entered by native code keep their resource here too.
  hookFields[kTrackResources] = 1;
  const n = resourceStack.length;
  return n === 0 ? topLevelResource : resourceStack[n - 1];
}

function pushAsyncContext(asyncId, triggerId, resource) {
  idStack.push(asyncIdFields[kExecutionAsyncId], asyncIdFields[kTriggerAsyncId]);
  resourceStack.push(resource);
  asyncIdFields[kExecutionAsyncId] = asyncId;
  asyncIdFields[kTriggerAsyncId] = triggerId;
}

function popAsyncContext(asyncId) {
  if (resourceStack.length === 0) return;
  resourceStack.pop();
  asyncIdFields[kTriggerAsyncId] = idStack.pop();
  asyncIdFields[kExecutionAsyncId] = idStack.pop();
}

// An exception thrown by a hook ends the process, as in node: hooks cannot be left
// half-run, and 'uncaughtException' does not see it.
function fatal(err) {
  const text = err !== null && typeof err === 'object' && typeof err.stack === 'string' ?
    err.stack : String(err);
  process._rawDebug(text);
  process.exit(1);
}

function callHooks(list, kind, a, b, c, d) {
  for (let i = 0; i < list.length; i++) {
    const hook = list[i];
    try {
      hook._callbacks[kind].call(hook, a, b, c, d);
    } catch (err) {
      fatal(err);
    }
  }
}

function emitInit(asyncId, type, triggerId, resource) {
  if (hookFields[kInit] > 0) callHooks(active.init, 'init', asyncId, type, triggerId, resource);
}

// Set by the domain module: callbacks of resources with a `domain` run inside it.
let domainHooks = null;
const domainStack = [];

function setDomainHooks(fns) {
  domainHooks = fns;
  hookFields[kTrackResources] = 1;
  hookFields[kUsingDomains] = 1;
}

// asyncId 0: a Node-API callback without an async context (only its receiver's domain
// matters; the ids stay what they are and no hooks run).
function emitBefore(asyncId, triggerId, resource) {
  if (asyncId === 0) {
    pushAsyncContext(asyncIdFields[kExecutionAsyncId], asyncIdFields[kTriggerAsyncId], resource);
  } else {
    pushAsyncContext(asyncId, triggerId, resource);
  }
  if (domainHooks !== null) domainStack.push(domainHooks.enter(resource));
  if (asyncId !== 0 && hookFields[kBefore] > 0) callHooks(active.before, 'before', asyncId);
}

// `threw`: the callback ended with an exception, which its caller now handles; a domain
// it entered stays entered so that the uncaught-exception handler finds it (as node).
function emitAfter(asyncId, threw) {
  if (asyncId !== 0 && hookFields[kAfter] > 0) callHooks(active.after, 'after', asyncId);
  if (domainHooks !== null) {
    const d = domainStack.pop();
    if (d !== undefined && !threw) domainHooks.exit(d);
  }
  popAsyncContext(asyncId);
}

function emitDestroyNow(ids) {
  if (hookFields[kDestroy] === 0) return;
  const list = active.destroy;
  for (let i = 0; i < ids.length; i++) callHooks(list, 'destroy', ids[i]);
}

// Destroy hooks are emitted asynchronously, as node's (a resource may be destroyed from
// a garbage-collection finalizer).
function queueDestroy(asyncId) {
  if (hookFields[kDestroy] > 0) binding.queueDestroy(asyncId);
}

function emitPromiseResolve(asyncId) {
  if (hookFields[kPromiseResolve] > 0) {
    callHooks(active.promiseResolve, 'promiseResolve', asyncId);
  }
}

let callbacksInstalled = false;
function installNativeCallbacks() {
  if (callbacksInstalled) return;
  callbacksInstalled = true;
  binding.setCallbacks({
    init: emitInit,
    before: emitBefore,
    after: emitAfter,
    destroy: emitDestroyNow,
  });
}
// Native scopes consult these callbacks as soon as resources are tracked, hooks or not.
installNativeCallbacks();

function rebuild() {
  const next = { init: [], before: [], after: [], destroy: [], promiseResolve: [] };
  for (const hook of enabledHooks) {
    for (const name of kHookNames) {
      if (hook._callbacks[name] !== undefined) next[name].push(hook);
    }
  }
  active = next;
  hookFields[kInit] = next.init.length;
  hookFields[kBefore] = next.before.length;
  hookFields[kAfter] = next.after.length;
  hookFields[kDestroy] = next.destroy.length;
  hookFields[kPromiseResolve] = next.promiseResolve.length;
  hookFields[kTotals] = next.init.length + next.before.length + next.after.length +
    next.destroy.length + next.promiseResolve.length;
  require('internal/async_hooks_promises').update(enabledHooks.size > 0, hookFields);
}

function enableHook(hook) {
  if (enabledHooks.has(hook)) return;
  enabledHooks.add(hook);
  rebuild();
}

function disableHook(hook) {
  if (!enabledHooks.has(hook)) return;
  enabledHooks.delete(hook);
  rebuild();
}

module.exports = {
  newAsyncId,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  emitInit,
  emitBefore,
  emitAfter,
  emitPromiseResolve,
  queueDestroy,
  enableHook,
  disableHook,
  setDomainHooks,
  hookFields,
  kInit,
  kDestroy,
};
