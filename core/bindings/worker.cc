// internalBinding('worker'): worker_threads. A Worker is a second Runtime (its own
// isolate, context and libuv loop) on its own thread, started with Options that name the
// worker's script or eval source. Parent and worker exchange messages as bytes of V8's
// value serializer through a mutex-protected queue each way, each side woken by a
// uv_async_t on its own loop. js/worker_threads.js and js/internal/worker/ build the
// node API on top.
#include <uv.h>

#include <atomic>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bindings.h"
#include "cli.h"
#include "platform.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

using Bytes = std::vector<uint8_t>;

std::atomic<int> next_thread_id{1};

// Shared by the parent's Worker object and the worker thread; freed when both are done.
struct WorkerRecord {
  int thread_id = 0;
  Options options;  // the worker Runtime keeps a reference: lives here
  Bytes worker_data;
  bool has_worker_data = false;

  std::mutex mutex;
  std::deque<Bytes> to_worker;
  std::deque<Bytes> to_parent;
  bool exited = false;
  int exit_code = 0;
  bool terminate_requested = false;

  // Parent side (parent loop thread only).
  Runtime* parent = nullptr;
  uv_async_t parent_async;
  v8::Global<v8::Object> handle;  // JS object with onmessage/onexit
  bool parent_closed = false;

  // Worker side: set by the worker thread under `mutex` once they exist.
  v8::Isolate* isolate = nullptr;
  Runtime* runtime = nullptr;
  uv_loop_t* loop = nullptr;
  uv_async_t* worker_async = nullptr;
  v8::Global<v8::Function> on_message;  // worker isolate

  std::thread thread;
};

// The record of the worker running on this thread (nullptr on the main thread).
thread_local WorkerRecord* current_worker = nullptr;

// --- serialization ---

// SharedArrayBuffers cross threads by reference: the serializer writes an id under which
// the backing store waits here until the receiving side takes it.
std::mutex shared_mutex;
std::map<uint32_t, std::shared_ptr<v8::BackingStore>> shared_stores;
uint32_t next_shared_id = 1;

class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(v8::Isolate* isolate) : isolate_(isolate) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> err = v8::Exception::Error(message);
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    if (err->IsObject()) {
      (void)err.As<v8::Object>()->Set(context, Name(isolate_, "name"), Name(isolate_, "DataCloneError"));
      (void)err.As<v8::Object>()->Set(context, Name(isolate_, "code"), v8::Integer::New(isolate_, 25));
    }
    isolate_->ThrowException(err);
  }
  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate*, v8::Local<v8::SharedArrayBuffer> sab) override {
    std::lock_guard<std::mutex> lock(shared_mutex);
    uint32_t id = next_shared_id++;
    shared_stores[id] = sab->GetBackingStore();
    return v8::Just(id);
  }

 private:
  v8::Isolate* isolate_;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override {
    std::shared_ptr<v8::BackingStore> store;
    {
      std::lock_guard<std::mutex> lock(shared_mutex);
      auto it = shared_stores.find(id);
      if (it == shared_stores.end()) return {};
      store = it->second;
      shared_stores.erase(it);
    }
    return v8::SharedArrayBuffer::New(isolate, store);
  }
};

void Serialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  SerializerDelegate delegate(isolate);
  v8::ValueSerializer serializer(isolate, &delegate);
  serializer.WriteHeader();
  bool ok;
  if (!serializer.WriteValue(context, info[0]).To(&ok) || !ok) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second,
      [](void* p, size_t, void*) { free(p); }, nullptr);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, data.second));
}

void Deserialize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[0]->IsArrayBufferView()) return;
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  Bytes bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  DeserializerDelegate delegate;
  v8::ValueDeserializer deserializer(isolate, bytes.data(), bytes.size(), &delegate);
  bool ok;
  if (!deserializer.ReadHeader(context).To(&ok) || !ok) return;
  v8::Local<v8::Value> value;
  if (deserializer.ReadValue(context).ToLocal(&value)) info.GetReturnValue().Set(value);
}

Bytes BytesOf(v8::Local<v8::Value> v) {
  Bytes out;
  if (!v->IsArrayBufferView()) return out;
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  out.resize(view->ByteLength());
  view->CopyContents(out.data(), out.size());
  return out;
}

v8::Local<v8::Value> ToJs(v8::Isolate* isolate, const Bytes& bytes) {
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, bytes.size());
  if (!bytes.empty()) memcpy(store->Data(), bytes.data(), bytes.size());
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  return v8::Uint8Array::New(ab, 0, bytes.size());
}

// --- parent side ---

void OnParentAsync(uv_async_t* async) {
  auto* rec = static_cast<WorkerRecord*>(async->data);
  if (rec->parent_closed) return;
  Runtime* rt = rec->parent;
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = rt->context();
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Object> handle = rec->handle.Get(isolate);
  for (;;) {
    Bytes msg;
    {
      std::lock_guard<std::mutex> lock(rec->mutex);
      if (rec->to_parent.empty()) break;
      msg = std::move(rec->to_parent.front());
      rec->to_parent.pop_front();
    }
    v8::Local<v8::Value> fn;
    if (!handle->Get(context, Name(isolate, "onmessage")).ToLocal(&fn) || !fn->IsFunction()) continue;
    v8::Local<v8::Value> args[] = {ToJs(isolate, msg)};
    rt->MakeCallback(handle, fn.As<v8::Function>(), 1, args);
  }
  bool exited;
  int code;
  {
    std::lock_guard<std::mutex> lock(rec->mutex);
    exited = rec->exited;
    code = rec->exit_code;
  }
  if (!exited) return;
  rec->parent_closed = true;
  if (rec->thread.joinable()) rec->thread.join();
  uv_close(reinterpret_cast<uv_handle_t*>(&rec->parent_async), nullptr);
  v8::Local<v8::Value> fn;
  if (handle->Get(context, Name(isolate, "onexit")).ToLocal(&fn) && fn->IsFunction()) {
    v8::Local<v8::Value> args[] = {v8::Integer::New(isolate, code)};
    rt->MakeCallback(handle, fn.As<v8::Function>(), 1, args);
  }
  // The record stays allocated: the worker's isolate and loop are not torn down either
  // (see WorkerMain), and the JS handle may still be asked for its threadId.
}

// --- worker side ---

void OnWorkerAsync(uv_async_t* async) {
  auto* rec = static_cast<WorkerRecord*>(async->data);
  Runtime* rt = rec->runtime;
  if (rt == nullptr) return;
  bool terminate;
  {
    std::lock_guard<std::mutex> lock(rec->mutex);
    terminate = rec->terminate_requested;
  }
  if (terminate) {
    rt->RequestStop(1);
    return;
  }
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = rt->context();
  v8::Context::Scope context_scope(context);
  for (;;) {
    Bytes msg;
    {
      std::lock_guard<std::mutex> lock(rec->mutex);
      if (rec->to_worker.empty() || rec->on_message.IsEmpty()) break;
      msg = std::move(rec->to_worker.front());
      rec->to_worker.pop_front();
    }
    v8::Local<v8::Value> args[] = {ToJs(isolate, msg)};
    rt->MakeCallback(context->Global(), rec->on_message.Get(isolate), 1, args);
    if (rt->stop_requested()) return;
  }
}

void WorkerMain(WorkerRecord* rec) {
  current_worker = rec;
  // Left behind with the isolate (see below): V8's background sweeper still frees the
  // isolate's ArrayBuffer backing stores through it after this thread has returned.
  v8::ArrayBuffer::Allocator* allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator;
  v8::Isolate* isolate = v8::Isolate::New(params);
  auto* loop = new uv_loop_t;
  uv_loop_init(loop);
  auto* async = new uv_async_t;
  uv_async_init(loop, async, OnWorkerAsync);
  async->data = rec;
  uv_unref(reinterpret_cast<uv_handle_t*>(async));  // parentPort listeners ref it
  int code;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    auto* runtime = new Runtime(rec->options, isolate, loop);
    {
      std::lock_guard<std::mutex> lock(rec->mutex);
      rec->isolate = isolate;
      rec->runtime = runtime;
      rec->loop = loop;
      rec->worker_async = async;
      if (rec->terminate_requested) runtime->RequestStop(1);
    }
    code = runtime->Run();
    if (runtime->stop_requested()) code = runtime->stop_code();
    {
      // terminate() wins, also when it stopped the bootstrap itself.
      std::lock_guard<std::mutex> lock(rec->mutex);
      if (rec->terminate_requested) code = 1;
    }
    runtime->RunCleanupHooks();
    platform::Detach(isolate);
    std::lock_guard<std::mutex> lock(rec->mutex);
    rec->runtime = nullptr;
  }
  // The isolate and loop are left behind, not disposed: objects of native addons and
  // plugins may still refer to them, and a worker's exit must not crash the process.
  {
    std::lock_guard<std::mutex> lock(rec->mutex);
    rec->exited = true;
    rec->exit_code = code;
  }
  uv_async_send(&rec->parent_async);
}

// new WorkerHandle(script, isEval, workerData|undefined, argv[], handle)
//   handle gets onmessage(bytes) and onexit(code); returns { threadId }.
void StartWorker(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Runtime* rt = Runtime::From(isolate);
  if (!info[0]->IsString() || !info[4]->IsObject()) return;
  auto* rec = new WorkerRecord();
  rec->thread_id = next_thread_id++;
  rec->options = rt->options();
  rec->options.preload.clear();
  rec->options.imports.clear();
  rec->options.script_args.clear();
  rec->options.print_eval = false;
  rec->options.check_syntax = false;
  rec->options.force_stdin = false;
  Utf8 source(isolate, info[0]);
  if (info[1]->IsTrue()) {
    rec->options.has_eval = true;
    rec->options.eval_source = source.str();
    rec->options.script.clear();
  } else {
    rec->options.has_eval = false;
    rec->options.eval_source.clear();
    rec->options.script = source.str();
  }
  if (info[2]->IsArrayBufferView()) {
    rec->worker_data = BytesOf(info[2]);
    rec->has_worker_data = true;
  }
  if (info[3]->IsArray()) {
    v8::Local<v8::Array> argv = info[3].As<v8::Array>();
    for (uint32_t i = 0; i < argv->Length(); i++) {
      v8::Local<v8::Value> v;
      if (argv->Get(context, i).ToLocal(&v)) rec->options.script_args.push_back(Utf8(isolate, v).str());
    }
  }
  rec->parent = rt;
  rec->handle.Reset(isolate, info[4].As<v8::Object>());
  uv_async_init(rt->loop(), &rec->parent_async, OnParentAsync);
  rec->parent_async.data = rec;
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetValue(context, out, "threadId", v8::Integer::New(isolate, rec->thread_id));
  SetValue(context, out, "record", v8::External::New(isolate, rec));
  rec->thread = std::thread(WorkerMain, rec);
  info.GetReturnValue().Set(out);
}

WorkerRecord* RecordOf(v8::Local<v8::Value> v) {
  return v->IsExternal() ? static_cast<WorkerRecord*>(v.As<v8::External>()->Value()) : nullptr;
}

// postToWorker(record, bytes)
void PostToWorker(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = RecordOf(info[0]);
  if (rec == nullptr) return;
  std::lock_guard<std::mutex> lock(rec->mutex);
  if (rec->exited) return;
  rec->to_worker.push_back(BytesOf(info[1]));
  if (rec->worker_async != nullptr) uv_async_send(rec->worker_async);
}

// terminate(record): stops the worker's JS and loop; it then exits with code 1.
void Terminate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = RecordOf(info[0]);
  if (rec == nullptr) return;
  std::lock_guard<std::mutex> lock(rec->mutex);
  if (rec->exited || rec->terminate_requested) return;
  rec->terminate_requested = true;
  if (rec->isolate != nullptr) rec->isolate->TerminateExecution();
  if (rec->worker_async != nullptr) uv_async_send(rec->worker_async);
}

// setRef(record, bool): whether the running worker keeps the parent's loop alive.
void SetParentRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = RecordOf(info[0]);
  if (rec == nullptr || rec->parent_closed) return;
  auto* h = reinterpret_cast<uv_handle_t*>(&rec->parent_async);
  if (info[1]->IsTrue()) uv_ref(h); else uv_unref(h);
}

// --- called inside a worker ---

// workerInfo() -> undefined on the main thread, else { threadId, workerData? }
void WorkerInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = current_worker;
  if (rec == nullptr) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetValue(context, out, "threadId", v8::Integer::New(isolate, rec->thread_id));
  if (rec->has_worker_data) SetValue(context, out, "workerData", ToJs(isolate, rec->worker_data));
  info.GetReturnValue().Set(out);
}

// postToParent(bytes)
void PostToParent(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = current_worker;
  if (rec == nullptr) return;
  {
    std::lock_guard<std::mutex> lock(rec->mutex);
    rec->to_parent.push_back(BytesOf(info[0]));
  }
  uv_async_send(&rec->parent_async);
}

// setMessageHandler(fn): parentPort's deliveries.
void SetMessageHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = current_worker;
  if (rec == nullptr || !info[0]->IsFunction()) return;
  rec->on_message.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  if (rec->worker_async != nullptr) uv_async_send(rec->worker_async);
}

// setPortRef(bool): a parentPort with 'message' listeners keeps the worker alive.
void SetPortRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WorkerRecord* rec = current_worker;
  if (rec == nullptr || rec->worker_async == nullptr) return;
  auto* h = reinterpret_cast<uv_handle_t*>(rec->worker_async);
  if (info[0]->IsTrue()) uv_ref(h); else uv_unref(h);
}

// exitThread(code): process.exit() inside a worker ends only the worker.
void ExitThread(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Runtime* rt = Runtime::From(info.GetIsolate());
  int code = info[0]->IsInt32() ? info[0].As<v8::Int32>()->Value() : 0;
  rt->RequestStop(code);
  v8::Isolate* isolate = info.GetIsolate();
  isolate->TerminateExecution();
  // Termination is noticed at V8's next interrupt check: make that happen now, so the
  // caller of process.exit() does not go on running.
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> ignored;
  if (v8::Script::Compile(context, Name(isolate, "(function () {})()")).ToLocal(&script))
    (void)script->Run(context).ToLocal(&ignored);
}

}  // namespace

void InitWorkerBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "serialize", Serialize);
  SetMethod(context, target, "deserialize", Deserialize);
  SetMethod(context, target, "startWorker", StartWorker);
  SetMethod(context, target, "postToWorker", PostToWorker);
  SetMethod(context, target, "terminate", Terminate);
  SetMethod(context, target, "setRef", SetParentRef);
  SetMethod(context, target, "workerInfo", WorkerInfo);
  SetMethod(context, target, "postToParent", PostToParent);
  SetMethod(context, target, "setMessageHandler", SetMessageHandler);
  SetMethod(context, target, "setPortRef", SetPortRef);
  SetMethod(context, target, "exitThread", ExitThread);
}

}  // namespace nodus
