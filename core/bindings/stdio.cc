// internalBinding('stdio'): process.stdout/stderr writes and tty queries.
//
// Writes are synchronous, as node's are on Linux for files, pipes and terminals: output
// written before process.exit() is never lost. A non-blocking fd that fills up (EAGAIN)
// is waited on with poll().
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// Returns 0 or a negative errno.
int WriteAll(int fd, const char* data, size_t len) {
  while (len > 0) {
    ssize_t n = ::write(fd, data, len);
    if (n >= 0) {
      data += n;
      len -= static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      struct pollfd p = {fd, POLLOUT, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    return -errno;
  }
  return 0;
}

// writeString(fd, string) / writeBuffer(fd, uint8array): returns bytes written, throws
// node's "write EPIPE" system error (EPIPE, EBADF, ...) when the write fails.
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(1);
  v8::Local<v8::String> s;
  if (!info[1]->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
  int err;
  int written;
  if (s->Length() < 4096) {
    // Short strings (most console.log lines): at most 3 UTF-8 bytes per UTF-16 unit fit
    // a stack buffer, so no allocation and no length pass.
    char buf[3 * 4096];
    written = s->WriteUtf8(isolate, buf, sizeof(buf), nullptr,
                           v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    err = WriteAll(fd, buf, written);
  } else {
    std::string out;
    out.resize(s->Utf8Length(isolate));
    written = s->WriteUtf8(isolate, out.data(), static_cast<int>(out.size()), nullptr,
                           v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    err = WriteAll(fd, out.data(), written);
  }
  if (err < 0) {
    isolate->ThrowException(ErrnoException(isolate, err, "write"));
    return;
  }
  info.GetReturnValue().Set(written);
}

void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(1);
  if (!info[1]->IsArrayBufferView()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "writeBuffer expects a Uint8Array");
    return;
  }
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  int err = WriteAll(fd, data, view->ByteLength());
  if (err < 0) {
    isolate->ThrowException(ErrnoException(isolate, err, "write"));
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(view->ByteLength()));
}

// guessHandleType(fd) -> 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN'
void GuessHandleType(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TTY: type = "TTY"; break;
      case UV_FILE: type = "FILE"; break;
      case UV_NAMED_PIPE: type = "PIPE"; break;
      case UV_TCP: type = "TCP"; break;
      case UV_UDP: type = "UDP"; break;
      default: break;
    }
  }
  info.GetReturnValue().Set(Name(info.GetIsolate(), type));
}

void IsATTY(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

// getWindowSize(fd) -> [columns, rows], or undefined when fd is not a terminal.
void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  struct winsize ws;
  if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0) return;
  v8::Local<v8::Value> v[] = {v8::Integer::New(isolate, ws.ws_col), v8::Integer::New(isolate, ws.ws_row)};
  info.GetReturnValue().Set(v8::Array::New(isolate, v, 2));
}

// readAllSync(fd) -> string: the whole input, for a script given on stdin.
void ReadAllSync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof(buf));
    if (n > 0) { data.append(buf, n); continue; }
    if (n == 0) break;
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      struct pollfd p = {fd, POLLIN, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    isolate->ThrowException(UVException(isolate, -errno, "read"));
    return;
  }
  info.GetReturnValue().Set(Str(isolate, data));
}

// --- stdin: one reader for fd 0, by kind of fd: a tty or a pipe/socket is a libuv
// stream; a regular file is read with uv_fs_read (a file cannot be polled). Each chunk
// goes to JS as an ArrayBuffer through MakeCallback(onread, chunk); end of input is
// onread(null), a read error onread(error). Reading only while JS wants data: a paused
// stdin leaves nothing active, so it does not keep the process alive.

struct StdinReader {
  enum Kind { kNone, kStream, kFile } kind = kNone;
  union {
    uv_tty_t tty;
    uv_pipe_t pipe;
  } stream;
  uv_fs_t req;
  char file_buf[65536];
  bool reading = false;     // JS asked for data
  bool file_busy = false;   // a uv_fs_read is in flight
  bool ended = false;
  bool is_tty = false;
  Runtime* rt = nullptr;
  v8::Global<v8::Function> onread;
};
// Per thread: a worker that reads process.stdin must not reach the main thread's isolate.
thread_local StdinReader* stdin_reader = nullptr;

void DeliverStdin(StdinReader* r, v8::Local<v8::Value> arg) {
  Runtime* rt = r->rt;
  v8::Isolate* isolate = rt->isolate();
  rt->MakeCallback(rt->process_object.Get(isolate), r->onread.Get(isolate), 1, &arg);
}

v8::Local<v8::Value> ChunkFrom(v8::Isolate* isolate, char* data, size_t len, bool owned) {
  std::unique_ptr<v8::BackingStore> store;
  if (owned) {
    store = v8::ArrayBuffer::NewBackingStore(
        data, len, [](void* p, size_t, void*) { std::free(p); }, nullptr);
  } else {
    store = v8::ArrayBuffer::NewBackingStore(isolate, len);
    std::memcpy(store->Data(), data, len);
  }
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

void StdinFileRead(StdinReader* r);

void OnStdinFileRead(uv_fs_t* req) {
  StdinReader* r = static_cast<StdinReader*>(req->data);
  r->file_busy = false;
  ssize_t n = req->result;
  uv_fs_req_cleanup(req);
  v8::Isolate* isolate = r->rt->isolate();
  v8::HandleScope scope(isolate);
  if (n > 0) {
    DeliverStdin(r, ChunkFrom(isolate, r->file_buf, static_cast<size_t>(n), false));
  } else if (n == 0) {
    r->ended = true;
    DeliverStdin(r, v8::Null(isolate));
    return;
  } else {
    r->ended = true;
    DeliverStdin(r, UVException(isolate, static_cast<int>(n), "read"));
    return;
  }
  if (r->reading && !r->ended) StdinFileRead(r);
}

void StdinFileRead(StdinReader* r) {
  if (r->file_busy || r->ended) return;
  r->file_busy = true;
  r->req.data = r;
  uv_buf_t buf = uv_buf_init(r->file_buf, sizeof(r->file_buf));
  int err = uv_fs_read(r->rt->loop(), &r->req, 0, &buf, 1, -1, OnStdinFileRead);
  if (err < 0) {
    r->file_busy = false;
    r->ended = true;
    v8::HandleScope scope(r->rt->isolate());
    DeliverStdin(r, UVException(r->rt->isolate(), err, "read"));
  }
}

void OnStdinAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
  buf->base = static_cast<char*>(std::malloc(suggested));
  buf->len = buf->base ? suggested : 0;
}

void OnStdinStreamRead(uv_stream_t* stream, ssize_t n, const uv_buf_t* buf) {
  StdinReader* r = static_cast<StdinReader*>(stream->data);
  v8::Isolate* isolate = r->rt->isolate();
  v8::HandleScope scope(isolate);
  if (n > 0) {
    DeliverStdin(r, ChunkFrom(isolate, buf->base, static_cast<size_t>(n), true));
    return;
  }
  std::free(buf->base);
  if (n == 0) return;  // EAGAIN: nothing this time
  uv_read_stop(stream);
  r->reading = false;
  r->ended = true;
  DeliverStdin(r, n == UV_EOF ? v8::Local<v8::Value>(v8::Null(isolate))
                               : UVException(isolate, static_cast<int>(n), "read"));
}

// stdinOpen(onread) -> 'TTY' | 'PIPE' | 'FILE' | error string. Idempotent.
void StdinOpen(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  if (stdin_reader == nullptr) {
    if (!info[0]->IsFunction()) return;
    StdinReader* r = new StdinReader();
    r->rt = rt;
    r->onread.Reset(isolate, info[0].As<v8::Function>());
    uv_handle_type type = uv_guess_handle(0);
    int err = 0;
    if (type == UV_FILE) {
      r->kind = StdinReader::kFile;
    } else if (type == UV_TTY) {
      err = uv_tty_init(rt->loop(), &r->stream.tty, 0, 1);
      r->is_tty = true;
      r->kind = StdinReader::kStream;
    } else {
      // Pipes, sockets and anything else that is a stream fd.
      err = uv_pipe_init(rt->loop(), &r->stream.pipe, 0);
      if (err == 0) {
        r->kind = StdinReader::kStream;
        err = uv_pipe_open(&r->stream.pipe, 0);
        if (err < 0) {
          uv_close(reinterpret_cast<uv_handle_t*>(&r->stream.pipe), nullptr);
          r->kind = StdinReader::kNone;
        }
      }
    }
    if (err < 0) {
      info.GetReturnValue().Set(Str(isolate, uv_err_name(err)));
      r->onread.Reset();
      if (r->kind == StdinReader::kNone) delete r;  // a tty/pipe that failed is leaked with its handle
      return;
    }
    if (r->kind == StdinReader::kStream) r->stream.pipe.data = r;
    stdin_reader = r;
  }
  const char* kind = stdin_reader->kind == StdinReader::kFile ? "FILE"
                     : stdin_reader->is_tty                   ? "TTY"
                                                              : "PIPE";
  info.GetReturnValue().Set(Name(isolate, kind));
}

void StdinReadStart(const v8::FunctionCallbackInfo<v8::Value>&) {
  StdinReader* r = stdin_reader;
  if (r == nullptr || r->ended || r->reading) return;
  r->reading = true;
  if (r->kind == StdinReader::kFile) {
    StdinFileRead(r);
  } else {
    uv_read_start(reinterpret_cast<uv_stream_t*>(&r->stream), OnStdinAlloc, OnStdinStreamRead);
  }
}

void StdinReadStop(const v8::FunctionCallbackInfo<v8::Value>&) {
  StdinReader* r = stdin_reader;
  if (r == nullptr || !r->reading) return;
  r->reading = false;
  // A file read already in flight completes and delivers its chunk; no new one starts.
  if (r->kind == StdinReader::kStream) uv_read_stop(reinterpret_cast<uv_stream_t*>(&r->stream));
}

// stdinSetRawMode(bool) -> 0 or a negative errno (only for a tty).
void StdinSetRawMode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StdinReader* r = stdin_reader;
  if (r == nullptr || !r->is_tty) return info.GetReturnValue().Set(UV_EBADF);
  int err = uv_tty_set_mode(&r->stream.tty, info[0]->IsTrue() ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
  info.GetReturnValue().Set(err);
}

void StdinRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StdinReader* r = stdin_reader;
  if (r == nullptr || r->kind != StdinReader::kStream) return;
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(&r->stream);
  if (info[0]->IsFalse()) uv_unref(h);
  else uv_ref(h);
}

}  // namespace

void InitStdioBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "isatty", IsATTY);
  SetMethod(context, target, "getWindowSize", GetWindowSize);
  SetMethod(context, target, "readAllSync", ReadAllSync);
  SetMethod(context, target, "stdinOpen", StdinOpen);
  SetMethod(context, target, "stdinReadStart", StdinReadStart);
  SetMethod(context, target, "stdinReadStop", StdinReadStop);
  SetMethod(context, target, "stdinSetRawMode", StdinSetRawMode);
  SetMethod(context, target, "stdinRef", StdinRef);
}

}  // namespace nodus
