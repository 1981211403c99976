'use strict';
// Runs the program's entry: -e/-p code, a script file, or a script on stdin.

const binding = internalBinding('process');
const opts = binding.options;

// -e/-p code sees the built-in modules as globals (`fs.readFileSync(...)`, `os.cpus()`),
// as node's: each name is a getter that loads the module on first use, and assigning the
// name replaces it with an ordinary global. Names the global object already has
// (console, process, ...) are left alone.
function addBuiltinGlobals() {
  const { builtinModules } = require('module');
  for (const name of builtinModules) {
    if (name.startsWith('_') || name.includes('/') || name in globalThis) continue;
    const setReal = (value) => {
      Object.defineProperty(globalThis, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
    };
    Object.defineProperty(globalThis, name, {
      get() {
        const lib = require(name);
        // Later reads skip require(); the setter stays so assignment still works.
        Object.defineProperty(globalThis, name, {
          get: () => lib, set: setReal, enumerable: false, configurable: true,
        });
        return lib;
      },
      set: setReal,
      enumerable: false,
      configurable: true,
    });
  }
}

function evalScript(name, source) {
  const Module = require('internal/modules/cjs/loader');
  const { runInThisContext } = internalBinding('contextify');
  const path = require('path');
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  globalThis.require = Module.createRequire(module.filename);
  // node's stacks for -e/stdin code pass through a frame "[eval]-wrapper:6:24" (an
  // anonymous function at that spot); programs and tests see it, so nodus has it too.
  const wrapper = runInThisContext(
    `(function (run) {\n\n\n\n\n${' '.repeat(16)}return run();\n})`, `${name}-wrapper`);
  const result = wrapper(() => runInThisContext(source, name));
  if (opts.printEval) {
    const { inspect } = require('internal/util/inspect');
    console.log(typeof result === 'string' ? result : inspect(result));
  }
}

// A process started with an 'ipc' stdio entry (child_process.fork) finds its end of the
// channel in NODE_CHANNEL_FD; like node, it takes both variables out of its environment
// and has process.send() before any user code runs. Without the child_process plugin
// there is nothing to speak the channel with, and the variables stay.
function setupIpcChannel() {
  const fdText = process.env.NODE_CHANNEL_FD;
  if (fdText === undefined || !require('internal/bootstrap/loaders').exists('child_process')) return;
  const fd = Number.parseInt(fdText, 10);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (fd >= 0) require('child_process')._forkChild(fd, serialization);
}

function runMain() {
  // The script's argv entry is made absolute (resolved, not realpath'd) before anything
  // runs, as node does: a program that re-spawns itself with process.argv[1] from another
  // cwd must still find its file.
  if (!opts.hasEval && opts.script !== '' && !opts.forceStdin &&
      typeof process.argv[1] === 'string' && !process.argv[1].startsWith('-')) {
    process.argv[1] = require('path').resolve(process.argv[1]);
  }
  setupIpcChannel();
  const Module = require('internal/modules/cjs/loader');
  // ESM (issue #8): import() and import.meta hooks, before any user code runs.
  require('internal/modules/run_main').setupESMHooks();
  for (const id of opts.preload) Module._preloadModule(id);
  // ESM (issue #8): --import modules run first; the entry waits for their top-level await.
  if (opts.imports && opts.imports.length > 0) {
    require('internal/modules/run_main').runImports(opts.imports, () => runEntry(Module));
    return;
  }
  runEntry(Module);
}

function runEntry(Module) {
  if (opts.test) {
    // --test: the script and its arguments are test files or directories.
    const files = opts.script !== '' ? process.argv.slice(1) : [];
    require('internal/test_runner/runner').run(files);
    return;
  }
  if (opts.hasEval) {
    addBuiltinGlobals();
    if (opts.inputType === 'module') {
      require('internal/modules/run_main').evalModule(opts.evalSource, '[eval1]');
      return;
    }
    evalScript('[eval]', opts.evalSource);
    return;
  }
  if (opts.script !== '' && !opts.forceStdin) {
    if (opts.checkSyntax) {
      // ESM (issue #8): an ES module entry is checked as a module.
      if (require('internal/modules/run_main').checkModuleSyntax(opts.script)) return;
      Module._checkSyntax(opts.script);
      return;
    }
    Module.runMain(opts.script);
    return;
  }
  const source = internalBinding('stdio').readAllSync(0);
  if (opts.checkSyntax) {
    // -c with the program on stdin: compile it as a CommonJS module body, run nothing.
    internalBinding('contextify').compileFunction(
      source, '[stdin]', ['exports', 'require', 'module', '__filename', '__dirname']);
    return;
  }
  if (opts.inputType === 'module') {
    require('internal/modules/run_main').evalModule(source, '[eval1]');
    return;
  }
  evalScript('[stdin]', source);
}

module.exports = { runMain };
