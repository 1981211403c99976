'use strict';
// A worker's stdio travels over its channel to the parent, as in node: inside the worker
// process.stdout/stderr are Writables whose chunks become 's' messages, and process.stdin
// is a Readable fed by the parent's worker.stdin; on the parent's side worker.stdout and
// worker.stderr are Readables (piped on to the parent's own stdout/stderr unless the
// Worker was made with stdout/stderr: true), and worker.stdin, with `stdin: true`, a
// Writable. Messages and stdio share one ordered queue, so what a worker wrote before a
// postMessage arrives before that message.
//
// Wire format: encode('s', [fd, chunk]) with fd 0, 1 or 2 and chunk a string or bytes;
// a null chunk ends the stream (stdin only: the worker's stdout/stderr end when it exits).

const { encode, binding, holdChannel, startData } = require('internal/worker/serialize');

function toBuffer(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// A Writable whose chunks go to `post(fd, chunk)` (strings stay strings when UTF-8).
function makeSender(fd, post) {
  const { Writable } = require('stream');
  const send = (chunk, encoding) => {
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunk = Buffer.from(chunk, encoding);
    }
    post(fd, chunk);
  };
  return new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      send(chunk, encoding);
      callback();
    },
    writev(chunks, callback) {
      for (let i = 0; i < chunks.length; i++) send(chunks[i].chunk, chunks[i].encoding);
      callback();
    },
    final(callback) {
      if (fd === 0) post(fd, null);
      callback();
    },
  });
}

// A Readable that is pushed to from the channel; reading never asks for more.
function makeReceiver() {
  const { Readable } = require('stream');
  return new Readable({ read() {} });
}

// --- worker side ---

let workerStdin;
// Chunks of stdin that came before the worker first touched process.stdin.
let earlyStdin = [];

// Called at the worker's bootstrap: the three streams are made on first use.
function setupWorkerStdio() {
  const lazily = (name, make) => {
    let stream;
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (stream === undefined) stream = make();
        return stream;
      },
    });
  };
  const post = (fd, chunk) => binding.postToParent(encode('s', [fd, chunk]));
  lazily('stdout', () => makeSender(1, post));
  lazily('stderr', () => makeSender(2, post));
  lazily('stdin', () => {
    const { Readable } = require('stream');
    // Being read keeps the worker alive until the parent ends worker.stdin.
    workerStdin = new Readable({
      read() { holdChannel(workerStdin, true); },
    });
    workerStdin.once('end', () => holdChannel(workerStdin, false));
    if (!startData().i) earlyStdin.push(null);
    const early = earlyStdin;
    earlyStdin = null;
    for (let i = 0; i < early.length; i++) onStdinChunk(early[i]);
    return workerStdin;
  });
}

// A chunk of the parent's worker.stdin (null: ended).
function onStdinChunk(chunk) {
  if (earlyStdin !== null) earlyStdin.push(chunk);
  else workerStdin.push(chunk === null ? null : toBuffer(chunk));
}

// --- parent side ---

// Gives `worker` its stdin/stdout/stderr per `options`; `postToWorker(bytes)` sends to it.
function attachParentStdio(worker, options, postToWorker) {
  worker.stdout = makeReceiver();
  worker.stderr = makeReceiver();
  worker.stdin = options.stdin ?
    makeSender(0, (fd, chunk) => postToWorker(encode('s', [fd, chunk]))) : null;
  // Forwarded chunk by chunk: the parent's stdio writes synchronously, and a pipe() per
  // worker would add listeners to process.stdout for every worker alive.
  if (!options.stdout) worker.stdout.on('data', (chunk) => process.stdout.write(chunk));
  if (!options.stderr) worker.stderr.on('data', (chunk) => process.stderr.write(chunk));
}

// An 's' message from the worker.
function onWorkerOutput(worker, fd, chunk) {
  const stream = fd === 1 ? worker.stdout : worker.stderr;
  stream.push(toBuffer(chunk));
}

// The worker has exited: nothing more can come.
function endParentStdio(worker) {
  worker.stdout.push(null);
  worker.stderr.push(null);
}

module.exports = {
  setupWorkerStdio, onStdinChunk, attachParentStdio, onWorkerOutput, endParentStdio,
};
