// internalBinding('fs'): the few synchronous file calls the module loader needs before
// (and without) the fs plugin. The fs module itself is plugins/fs.
#include <fcntl.h>

#include <string>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// internalModuleStat(path) -> 0 file, 1 directory, negative errno otherwise.
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8 path(info.GetIsolate(), info[0]);
  uv_fs_t req;
  int r = uv_fs_stat(nullptr, &req, *path, nullptr);
  if (r == 0) r = S_ISDIR(req.statbuf.st_mode) ? 1 : 0;
  uv_fs_req_cleanup(&req);
  info.GetReturnValue().Set(r);
}

// Reads a whole file; returns a libuv error code (0 on success).
int ReadWhole(const char* path, std::string* out) {
  uv_fs_t req;
  int fd = uv_fs_open(nullptr, &req, path, O_RDONLY | O_CLOEXEC, 0, nullptr);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  int err = 0;
  char buf[65536];
  for (;;) {
    uv_buf_t b = uv_buf_init(buf, sizeof(buf));
    int n = uv_fs_read(nullptr, &req, fd, &b, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (n < 0) { err = n; break; }
    if (n == 0) break;
    out->append(buf, n);
  }
  uv_fs_close(nullptr, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  return err;
}

// readFileUtf8(path[, missingOk]) -> string; throws ENOENT & co, or returns undefined
// for a missing file (or a directory) when missingOk (package.json lookups).
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 path(isolate, info[0]);
  std::string data;
  int err = ReadWhole(*path, &data);
  if (err != 0) {
    // A package.json that is a directory counts as missing, as in node.
    if (info[1]->IsTrue() && (err == UV_ENOENT || err == UV_ENOTDIR || err == UV_EISDIR)) return;
    isolate->ThrowException(UVException(isolate, err, err == UV_EISDIR ? "read" : "open", *path));
    return;
  }
  // A BOM is not part of the text (node strips it for .js and .json).
  size_t start = data.size() >= 3 && data.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  v8::Local<v8::String> s;
  if (!v8::String::NewFromUtf8(isolate, data.data() + start, v8::NewStringType::kNormal,
                               static_cast<int>(data.size() - start))
           .ToLocal(&s))
    return;
  info.GetReturnValue().Set(s);
}

// realpath(path) -> string; throws like fs.realpathSync.native.
void Realpath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 path(isolate, info[0]);
  uv_fs_t req;
  int r = uv_fs_realpath(nullptr, &req, *path, nullptr);
  if (r < 0) {
    uv_fs_req_cleanup(&req);
    isolate->ThrowException(UVException(isolate, r, "realpath", *path));
    return;
  }
  info.GetReturnValue().Set(Str(isolate, static_cast<const char*>(req.ptr)));
  uv_fs_req_cleanup(&req);
}

// isSymlink(path) -> true when lstat says the path itself is a symbolic link (the loader
// then needs a full realpath; otherwise its folder's cached real path is enough).
void IsSymlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8 path(info.GetIsolate(), info[0]);
  uv_fs_t req;
  int r = uv_fs_lstat(nullptr, &req, *path, nullptr);
  bool link = r == 0 && S_ISLNK(req.statbuf.st_mode);
  uv_fs_req_cleanup(&req);
  info.GetReturnValue().Set(link);
}

// decorateErrorStack(err): puts the "file:line / source / caret" header recorded for a
// compile error at the top of err.stack, as node does for a syntax error in a required
// file, and marks the error decorated so the uncaught-exception report does not print it
// twice (the arrow itself stays readable, as in node).
void DecorateErrorStack(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsObject()) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> err = info[0].As<v8::Object>();
  v8::Local<v8::Value> arrow = Runtime::From(isolate)->GetArrow(err);
  if (!arrow->IsString() || arrow.As<v8::String>()->Length() == 0) return;
  v8::Local<v8::Value> stack;
  if (!err->Get(context, Name(isolate, "stack")).ToLocal(&stack) || !stack->IsString()) return;
  v8::Local<v8::String> decorated = v8::String::Concat(
      isolate, v8::String::Concat(isolate, arrow.As<v8::String>(), Str(isolate, "\n")),
      stack.As<v8::String>());
  if (err->Set(context, Name(isolate, "stack"), decorated).IsNothing()) return;
  v8::Local<v8::Private> key = v8::Private::ForApi(isolate, Name(isolate, "nodus:decorated"));
  static_cast<void>(err->SetPrivate(context, key, v8::True(isolate)).IsNothing());
}

}  // namespace

void InitFsBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "realpath", Realpath);
  SetMethod(context, target, "isSymlink", IsSymlink);
  SetMethod(context, target, "decorateErrorStack", DecorateErrorStack);
}

}  // namespace nodus
