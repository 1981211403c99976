'use strict';
// Native code from outside core: the plugins core/plugins.cc found at start-up (each
// module id becomes a built-in, `x` and `node:x`, initialised on first require) and
// Node addons loaded through process.dlopen.

const { registerExternal } = require('internal/bootstrap/loaders');

const binding = internalBinding('dlopen');

// Node-API creates Buffers: it needs Buffer.prototype, which only exists once the buffer
// module has loaded, so it is handed over just before native code first runs.
let bufferPrototypeSet = false;
function prepareNative() {
  if (bufferPrototypeSet) return;
  bufferPrototypeSet = true;
  binding.setBufferPrototype(require('buffer').Buffer.prototype);
}

function dlopen(module, filename, flags) {
  prepareNative();
  binding.dlopen(module, filename, flags);
}

function registerPlugin(index, ids) {
  for (let m = 0; m < ids.length; m++) {
    registerExternal(ids[m], function pluginModule(exports, require, module, process,
                                                   internalBinding) {
      prepareNative();
      const native = binding.binding(index);
      const fn = binding.compile(index, m);
      if (fn === null) {
        module.exports = native;
        return;
      }
      fn(exports, require, module, process, internalBinding, native);
    });
  }
}

function setup() {
  process.dlopen = dlopen;
  const plugins = binding.plugins();
  for (let i = 0; i < plugins.length; i++) registerPlugin(i, plugins[i].ids);
}

module.exports = { setup };
