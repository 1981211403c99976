'use strict';
// readline/promises: the Interface with a promise-returning question(), and Readline,
// which queues cursor moves for one write on commit().

const { codes, AbortError } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateInteger } = require('internal/validators');
const {
  Interface: BaseInterface, kQuestion, kQuestionCancel,
} = require('internal/readline/interface');
const {
  cursorToSequence, moveCursorSequence, clearLineSequence, kClearScreenDown,
} = require('internal/readline/callbacks');

class Interface extends BaseInterface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
    // Here a completer may also answer with a promise.
    const userCompleter = input && input.input ? input.completer : completer;
    if (typeof userCompleter === 'function' && userCompleter.length !== 2) {
      this.completer = (line, cb) => {
        let result;
        try {
          result = userCompleter(line);
        } catch (err) {
          cb(err);
          return;
        }
        Promise.resolve(result).then((value) => cb(null, value), cb);
      };
    }
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options !== null && typeof options === 'object' && options.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function isWritableStream(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function' &&
    typeof stream.on === 'function';
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options && options.autoCommit !== undefined) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #push(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#push(cursorToSequence(x, y == null ? undefined : y));
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#push(moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#push(clearLineSequence(dir));
    return this;
  }

  clearScreenDown() {
    this.#push(kClearScreenDown);
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
