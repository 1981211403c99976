// internalBinding('stdio'): process.stdout/stderr writes and tty queries.
//
// Writes are synchronous, as node's are on Linux for files, pipes and terminals: output
// written before process.exit() is never lost. A non-blocking fd that fills up (EAGAIN)
// is waited on with poll().
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
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
// a system error (EPIPE, EBADF, ...) when the write fails.
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
    isolate->ThrowException(UVException(isolate, err, "write"));
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
    isolate->ThrowException(UVException(isolate, err, "write"));
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

}  // namespace

void InitStdioBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "isatty", IsATTY);
  SetMethod(context, target, "getWindowSize", GetWindowSize);
  SetMethod(context, target, "readAllSync", ReadAllSync);
}

}  // namespace nodus
