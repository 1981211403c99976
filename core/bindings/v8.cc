// internalBinding('v8'): what the v8 module needs from the engine — heap statistics,
// flags, the cached-data version tag, and Serializer/Deserializer objects over V8's
// ValueSerializer/ValueDeserializer whose host-object and error hooks call back into JS
// (_writeHostObject, _readHostObject, _getDataCloneError, _getSharedArrayBufferId), so
// js/v8.js can write node's Buffer/TypedArray format byte for byte.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <v8-profiler.h>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// Heap statistics fill caller-owned Float64Arrays (one allocation per binding, not per
// call), in the order js/v8.js names the fields.
void UpdateHeapStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsFloat64Array()) return;
  v8::Local<v8::Float64Array> out = info[0].As<v8::Float64Array>();
  if (out->Length() < 14) return;
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  double values[] = {
      static_cast<double>(s.total_heap_size()),
      static_cast<double>(s.total_heap_size_executable()),
      static_cast<double>(s.total_physical_size()),
      static_cast<double>(s.total_available_size()),
      static_cast<double>(s.used_heap_size()),
      static_cast<double>(s.heap_size_limit()),
      static_cast<double>(s.malloced_memory()),
      static_cast<double>(s.peak_malloced_memory()),
      static_cast<double>(s.does_zap_garbage()),
      static_cast<double>(s.number_of_native_contexts()),
      static_cast<double>(s.number_of_detached_contexts()),
      static_cast<double>(s.total_global_handles_size()),
      static_cast<double>(s.used_global_handles_size()),
      static_cast<double>(s.external_memory()),
  };
  std::memcpy(static_cast<char*>(out->Buffer()->Data()) + out->ByteOffset(), values, sizeof(values));
}

// [[name, size, used, available, physical], ...] for every space.
void HeapSpaceStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  size_t n = isolate->NumberOfHeapSpaces();
  v8::Local<v8::Array> result = v8::Array::New(isolate, static_cast<int>(n));
  for (size_t i = 0; i < n; i++) {
    v8::HeapSpaceStatistics s;
    if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
    v8::Local<v8::Value> row[] = {
        Str(isolate, s.space_name()),
        v8::Number::New(isolate, static_cast<double>(s.space_size())),
        v8::Number::New(isolate, static_cast<double>(s.space_used_size())),
        v8::Number::New(isolate, static_cast<double>(s.space_available_size())),
        v8::Number::New(isolate, static_cast<double>(s.physical_space_size())),
    };
    if (result->Set(context, static_cast<uint32_t>(i), v8::Array::New(isolate, row, 5)).IsNothing()) return;
  }
  info.GetReturnValue().Set(result);
}

void HeapCodeStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HeapCodeStatistics s;
  isolate->GetHeapCodeAndMetadataStatistics(&s);
  v8::Local<v8::Value> row[] = {
      v8::Number::New(isolate, static_cast<double>(s.code_and_metadata_size())),
      v8::Number::New(isolate, static_cast<double>(s.bytecode_and_metadata_size())),
      v8::Number::New(isolate, static_cast<double>(s.external_script_source_size())),
      v8::Number::New(isolate, static_cast<double>(s.cpu_profiler_metadata_size())),
  };
  info.GetReturnValue().Set(v8::Array::New(isolate, row, 4));
}

void CachedDataVersionTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(info.GetIsolate(),
                                                         v8::ScriptCompiler::CachedDataVersionTag()));
}

void SetFlagsFromString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsString()) return;
  Utf8 flags(info.GetIsolate(), info[0]);
  v8::V8::SetFlagsFromString(*flags, flags.length());
}

// ---- Heap snapshots ----

// Collects V8's JSON serialization of a snapshot into a string, or writes it to a file
// descriptor the JS side opened (so open errors are node's fs errors).
class SnapshotOutput : public v8::OutputStream {
 public:
  explicit SnapshotOutput(int fd) : fd_(fd) {}
  void EndOfStream() override {}
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    if (fd_ < 0) {
      text_.append(data, static_cast<size_t>(size));
      return kContinue;
    }
    while (size > 0) {
      ssize_t n = ::write(fd_, data, static_cast<size_t>(size));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_ = errno;
        return kAbort;
      }
      data += n;
      size -= static_cast<int>(n);
    }
    return kContinue;
  }
  const std::string& text() const { return text_; }
  int error() const { return error_; }

 private:
  int fd_;
  int error_ = 0;
  std::string text_;
};

// Takes a snapshot and serializes it; the snapshot is deleted right after, so repeated
// calls do not keep earlier ones alive.
int TakeSnapshot(v8::Isolate* isolate, bool numeric, SnapshotOutput* out) {
  v8::HeapProfiler* profiler = isolate->GetHeapProfiler();
  const v8::HeapSnapshot* snapshot = profiler->TakeHeapSnapshot(nullptr, nullptr, true, numeric);
  if (snapshot == nullptr) return -1;
  snapshot->Serialize(out, v8::HeapSnapshot::kJSON);
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
  return out->error();
}

// heapSnapshot(exposeNumericValues) -> the snapshot JSON as a string.
void HeapSnapshot(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  SnapshotOutput out(-1);
  if (TakeSnapshot(isolate, info[0]->BooleanValue(isolate), &out) != 0) return;
  v8::Local<v8::String> text;
  if (!v8::String::NewFromUtf8(isolate, out.text().data(), v8::NewStringType::kNormal,
                               static_cast<int>(out.text().size()))
           .ToLocal(&text)) {
    return;
  }
  info.GetReturnValue().Set(text);
}

// writeHeapSnapshot(fd, exposeNumericValues) -> 0 or the errno of a failed write.
void WriteHeapSnapshot(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int32_t fd;
  if (!info[0]->Int32Value(isolate->GetCurrentContext()).To(&fd) || fd < 0) return;
  SnapshotOutput out(fd);
  info.GetReturnValue().Set(TakeSnapshot(isolate, info[1]->BooleanValue(isolate), &out));
}

// ---- GCProfiler ----

// Heap numbers around each GC between start() and stop(), for v8.GCProfiler.
struct HeapNumbers {
  std::vector<double> heap;  // the fields js/v8.js names, in its order
  std::vector<std::pair<std::string, std::vector<double>>> spaces;
};

HeapNumbers SampleHeap(v8::Isolate* isolate) {
  HeapNumbers out;
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  out.heap = {
      static_cast<double>(s.total_heap_size()), static_cast<double>(s.total_heap_size_executable()),
      static_cast<double>(s.total_physical_size()), static_cast<double>(s.total_available_size()),
      static_cast<double>(s.total_global_handles_size()),
      static_cast<double>(s.used_global_handles_size()), static_cast<double>(s.used_heap_size()),
      static_cast<double>(s.heap_size_limit()), static_cast<double>(s.malloced_memory()),
      static_cast<double>(s.external_memory()), static_cast<double>(s.peak_malloced_memory()),
  };
  for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
    v8::HeapSpaceStatistics space;
    if (!isolate->GetHeapSpaceStatistics(&space, i)) continue;
    out.spaces.push_back({space.space_name(),
                          {static_cast<double>(space.space_size()),
                           static_cast<double>(space.space_used_size()),
                           static_cast<double>(space.space_available_size()),
                           static_cast<double>(space.physical_space_size())}});
  }
  return out;
}

const char* GCTypeName(v8::GCType type) {
  switch (type) {
    case v8::kGCTypeScavenge: return "Scavenge";
    case v8::kGCTypeMinorMarkCompact: return "MinorMarkCompact";
    case v8::kGCTypeMarkSweepCompact: return "MarkSweepCompact";
    case v8::kGCTypeIncrementalMarking: return "IncrementalMarking";
    case v8::kGCTypeProcessWeakCallbacks: return "ProcessWeakCallbacks";
    default: return "Unknown";
  }
}

class GCProfilerWrap {
 public:
  GCProfilerWrap(v8::Isolate* isolate, v8::Local<v8::Object> self) : isolate_(isolate), self_(isolate, self) {
    self_.SetWeak(this, OnGone, v8::WeakCallbackType::kParameter);
  }
  ~GCProfilerWrap() { Stop(); }

  static GCProfilerWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Object> self = info.This();
    if (self->InternalFieldCount() < 1) return nullptr;
    return static_cast<GCProfilerWrap*>(self->GetAlignedPointerFromInternalField(0));
  }

  void Start() {
    if (running_) return;
    running_ = true;
    records_.clear();
    start_ms_ = NowMs();
    isolate_->AddGCPrologueCallback(Prologue, this);
    isolate_->AddGCEpilogueCallback(Epilogue, this);
  }

  bool Stop() {
    if (!running_) return false;
    running_ = false;
    end_ms_ = NowMs();
    isolate_->RemoveGCPrologueCallback(Prologue, this);
    isolate_->RemoveGCEpilogueCallback(Epilogue, this);
    return true;
  }

  // [startTime, endTime, [type, cost, beforeHeap, beforeSpaces, afterHeap, afterSpaces]...]
  v8::Local<v8::Value> Result() {
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    v8::Local<v8::Array> list = v8::Array::New(isolate_);
    for (const Record& r : records_) {
      v8::Local<v8::Value> row[] = {
          Str(isolate_, r.type), v8::Number::New(isolate_, r.cost_us), Numbers(r.before.heap),
          Spaces(r.before), Numbers(r.after.heap), Spaces(r.after),
      };
      if (list->Set(context, list->Length(), v8::Array::New(isolate_, row, 6)).IsNothing()) break;
    }
    v8::Local<v8::Value> out[] = {v8::Number::New(isolate_, start_ms_), v8::Number::New(isolate_, end_ms_), list};
    return v8::Array::New(isolate_, out, 3);
  }

 private:
  struct Record {
    const char* type;
    double cost_us = 0;
    uint64_t began = 0;
    HeapNumbers before, after;
  };

  static double NowMs() {
    uv_timeval64_t tv;
    if (uv_gettimeofday(&tv) != 0) return 0;
    return static_cast<double>(tv.tv_sec) * 1000 + static_cast<double>(tv.tv_usec) / 1000;
  }

  static void Prologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<GCProfilerWrap*>(data);
    Record r;
    r.type = GCTypeName(type);
    r.began = uv_hrtime();
    r.before = SampleHeap(isolate);
    self->records_.push_back(std::move(r));
  }

  static void Epilogue(v8::Isolate* isolate, v8::GCType, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<GCProfilerWrap*>(data);
    if (self->records_.empty()) return;
    Record& r = self->records_.back();
    r.cost_us = static_cast<double>(uv_hrtime() - r.began) / 1000;
    r.after = SampleHeap(isolate);
  }

  v8::Local<v8::Array> Numbers(const std::vector<double>& values) {
    std::vector<v8::Local<v8::Value>> items;
    for (double v : values) items.push_back(v8::Number::New(isolate_, v));
    return v8::Array::New(isolate_, items.data(), items.size());
  }

  v8::Local<v8::Array> Spaces(const HeapNumbers& n) {
    std::vector<v8::Local<v8::Value>> items;
    for (const auto& space : n.spaces) {
      v8::Local<v8::Value> pair[] = {Str(isolate_, space.first), Numbers(space.second)};
      items.push_back(v8::Array::New(isolate_, pair, 2));
    }
    return v8::Array::New(isolate_, items.data(), items.size());
  }

  static void OnGone(const v8::WeakCallbackInfo<GCProfilerWrap>& data) {
    data.GetParameter()->self_.Reset();
    data.SetSecondPassCallback(Delete);
  }
  static void Delete(const v8::WeakCallbackInfo<GCProfilerWrap>& data) { delete data.GetParameter(); }

  v8::Isolate* isolate_;
  v8::Global<v8::Object> self_;
  bool running_ = false;
  double start_ms_ = 0;
  double end_ms_ = 0;
  std::vector<Record> records_;
};

void GCProfilerNew(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall()) return;
  auto* wrap = new GCProfilerWrap(info.GetIsolate(), info.This());
  info.This()->SetAlignedPointerInInternalField(0, wrap);
}

void GCProfilerStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (GCProfilerWrap* w = GCProfilerWrap::From(info)) w->Start();
}

// stop() -> the samples, or undefined when the profiler was not running.
void GCProfilerStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
  GCProfilerWrap* w = GCProfilerWrap::From(info);
  if (w == nullptr || !w->Stop()) return;
  info.GetReturnValue().Set(w->Result());
}

// Calls obj[name](...args); empty when it threw (the exception stays pending).
v8::MaybeLocal<v8::Value> CallMethod(v8::Isolate* isolate, v8::Local<v8::Object> obj, const char* name,
                                     int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> fn;
  if (!obj->Get(context, Name(isolate, name)).ToLocal(&fn)) return {};
  if (!fn->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        Str(isolate, std::string("this.") + name + " is not a function")));
    return {};
  }
  return fn.As<v8::Function>()->Call(context, obj, argc, argv);
}

// ---- Serializer ----

class SerializerWrap : public v8::ValueSerializer::Delegate {
 public:
  SerializerWrap(v8::Isolate* isolate, v8::Local<v8::Object> self)
      : isolate_(isolate), self_(isolate, self), serializer_(isolate, this) {
    self_.SetWeak(this, OnGone, v8::WeakCallbackType::kParameter);
  }

  static SerializerWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Object> self = info.This();
    if (self->InternalFieldCount() < 1) return nullptr;
    return static_cast<SerializerWrap*>(self->GetAlignedPointerFromInternalField(0));
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    if (CallMethod(isolate_, self_.Get(isolate_), "_getDataCloneError", 1, argv).ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    v8::Local<v8::Value> argv[] = {object};
    v8::Local<v8::Value> ignored;
    if (!CallMethod(isolate, self_.Get(isolate), "_writeHostObject", 1, argv).ToLocal(&ignored)) {
      return v8::Nothing<bool>();
    }
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> sab) override {
    v8::Local<v8::Object> self = self_.Get(isolate);
    v8::Local<v8::Value> fn;
    if (!self->Get(isolate->GetCurrentContext(), Name(isolate, "_getSharedArrayBufferId")).ToLocal(&fn)) {
      return v8::Nothing<uint32_t>();
    }
    if (!fn->IsFunction()) {
      return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, sab);
    }
    v8::Local<v8::Value> argv[] = {sab};
    v8::Local<v8::Value> id;
    if (!fn.As<v8::Function>()->Call(isolate->GetCurrentContext(), self, 1, argv).ToLocal(&id)) {
      return v8::Nothing<uint32_t>();
    }
    return id->Uint32Value(isolate->GetCurrentContext());
  }

  void* ReallocateBufferMemory(void* old_buffer, size_t size, size_t* actual_size) override {
    *actual_size = size;
    return std::realloc(old_buffer, size);
  }
  void FreeBufferMemory(void* buffer) override { std::free(buffer); }

  v8::ValueSerializer& serializer() { return serializer_; }

 private:
  // The serializers hold V8 state (an identity map registered with the heap), so they
  // are deleted in the second pass, outside the GC, not in the first.
  static void OnGone(const v8::WeakCallbackInfo<SerializerWrap>& data) {
    data.GetParameter()->self_.Reset();
    data.SetSecondPassCallback(Delete);
  }
  static void Delete(const v8::WeakCallbackInfo<SerializerWrap>& data) { delete data.GetParameter(); }

  v8::Isolate* isolate_;
  v8::Global<v8::Object> self_;
  v8::ValueSerializer serializer_;
};

void SerializerNew(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    ThrowCodeError(isolate, "TypeError", "ERR_CONSTRUCT_CALL_REQUIRED",
                   "Class constructor Serializer cannot be invoked without 'new'");
    return;
  }
  auto* wrap = new SerializerWrap(isolate, info.This());
  info.This()->SetAlignedPointerInInternalField(0, wrap);
}

#define UNWRAP_SERIALIZER(var)                 \
  SerializerWrap* var = SerializerWrap::From(info); \
  if (var == nullptr) return;

void SerializerWriteHeader(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  w->serializer().WriteHeader();
}

void SerializerWriteValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  bool ok;
  if (w->serializer().WriteValue(info.GetIsolate()->GetCurrentContext(), info[0]).To(&ok)) {
    info.GetReturnValue().Set(ok);
  }
}

void SerializerReleaseBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  v8::Isolate* isolate = info.GetIsolate();
  std::pair<uint8_t*, size_t> data = w->serializer().Release();
  // The bytes move into an ArrayBuffer that frees them with the serializer's allocator.
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second, [](void* p, size_t, void*) { std::free(p); }, nullptr);
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void SerializerTransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  v8::Isolate* isolate = info.GetIsolate();
  uint32_t id;
  if (!info[0]->Uint32Value(isolate->GetCurrentContext()).To(&id)) return;
  if (!info[1]->IsArrayBuffer()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer");
    return;
  }
  w->serializer().TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
}

void SerializerWriteUint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  uint32_t value;
  if (!info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&value)) return;
  w->serializer().WriteUint32(value);
}

void SerializerWriteUint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint32_t hi, lo;
  if (!info[0]->Uint32Value(context).To(&hi) || !info[1]->Uint32Value(context).To(&lo)) return;
  w->serializer().WriteUint64((static_cast<uint64_t>(hi) << 32) | lo);
}

void SerializerWriteDouble(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  double value;
  if (!info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).To(&value)) return;
  w->serializer().WriteDouble(value);
}

void SerializerWriteRawBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  if (!info[0]->IsArrayBufferView()) {
    ThrowCodeError(info.GetIsolate(), "TypeError", "ERR_INVALID_ARG_TYPE",
                   "The \"source\" argument must be an instance of Buffer, TypedArray, or DataView.");
    return;
  }
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  std::vector<uint8_t> bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  w->serializer().WriteRawBytes(bytes.data(), bytes.size());
}

void SerializerSetTreatViews(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_SERIALIZER(w);
  w->serializer().SetTreatArrayBufferViewsAsHostObjects(info[0]->BooleanValue(info.GetIsolate()));
}

// ---- Deserializer ----

class DeserializerWrap : public v8::ValueDeserializer::Delegate {
 public:
  // Owns a copy of the bytes: the caller's buffer may change or go away meanwhile.
  DeserializerWrap(v8::Isolate* isolate, v8::Local<v8::Object> self, std::vector<uint8_t> bytes)
      : isolate_(isolate),
        self_(isolate, self),
        bytes_(std::move(bytes)),
        deserializer_(isolate, bytes_.data(), bytes_.size(), this) {
    self_.SetWeak(this, OnGone, v8::WeakCallbackType::kParameter);
  }

  static DeserializerWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    v8::Local<v8::Object> self = info.This();
    if (self->InternalFieldCount() < 1) return nullptr;
    return static_cast<DeserializerWrap*>(self->GetAlignedPointerFromInternalField(0));
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    // V8 10.2 reads values under a no-JavaScript scope, host objects included (later V8s
    // lift it for them); the hook is JS (_readHostObject), so allow it for this call.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::Local<v8::Value> result;
    if (!CallMethod(isolate, self_.Get(isolate), "_readHostObject", 0, nullptr).ToLocal(&result)) {
      return {};
    }
    if (!result->IsObject()) {
      isolate->ThrowException(v8::Exception::TypeError(
          Str(isolate, "readHostObject must return an object")));
      return {};
    }
    return result.As<v8::Object>();
  }

  v8::ValueDeserializer& deserializer() { return deserializer_; }
  const uint8_t* data() const { return bytes_.data(); }

 private:
  // The serializers hold V8 state (an identity map registered with the heap), so they
  // are deleted in the second pass, outside the GC, not in the first.
  static void OnGone(const v8::WeakCallbackInfo<DeserializerWrap>& data) {
    data.GetParameter()->self_.Reset();
    data.SetSecondPassCallback(Delete);
  }
  static void Delete(const v8::WeakCallbackInfo<DeserializerWrap>& data) { delete data.GetParameter(); }

  v8::Isolate* isolate_;
  v8::Global<v8::Object> self_;
  std::vector<uint8_t> bytes_;
  v8::ValueDeserializer deserializer_;
};

void DeserializerNew(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    ThrowCodeError(isolate, "TypeError", "ERR_CONSTRUCT_CALL_REQUIRED",
                   "Class constructor Deserializer cannot be invoked without 'new'");
    return;
  }
  if (!info[0]->IsArrayBufferView()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "buffer must be a TypedArray or a DataView");
    return;
  }
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  std::vector<uint8_t> bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  auto* wrap = new DeserializerWrap(isolate, info.This(), std::move(bytes));
  info.This()->SetAlignedPointerInInternalField(0, wrap);
}

#define UNWRAP_DESERIALIZER(var)                       \
  DeserializerWrap* var = DeserializerWrap::From(info); \
  if (var == nullptr) return;

void DeserializerReadHeader(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  bool ok;
  if (w->deserializer().ReadHeader(info.GetIsolate()->GetCurrentContext()).To(&ok)) {
    info.GetReturnValue().Set(ok);
  }
}

void DeserializerReadValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  v8::Local<v8::Value> value;
  if (w->deserializer().ReadValue(info.GetIsolate()->GetCurrentContext()).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

void DeserializerTransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  v8::Isolate* isolate = info.GetIsolate();
  uint32_t id;
  if (!info[0]->Uint32Value(isolate->GetCurrentContext()).To(&id)) return;
  if (info[1]->IsArrayBuffer()) {
    w->deserializer().TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
  } else if (info[1]->IsSharedArrayBuffer()) {
    w->deserializer().TransferSharedArrayBuffer(id, info[1].As<v8::SharedArrayBuffer>());
  } else {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                   "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
  }
}

void DeserializerGetWireFormatVersion(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  info.GetReturnValue().Set(w->deserializer().GetWireFormatVersion());
}

void ThrowReadFailed(v8::Isolate* isolate, const char* what) {
  isolate->ThrowException(v8::Exception::Error(Str(isolate, std::string(what) + "() failed")));
}

void DeserializerReadUint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  uint32_t value;
  if (!w->deserializer().ReadUint32(&value)) return ThrowReadFailed(info.GetIsolate(), "ReadUint32");
  info.GetReturnValue().Set(value);
}

void DeserializerReadUint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  v8::Isolate* isolate = info.GetIsolate();
  uint64_t value;
  if (!w->deserializer().ReadUint64(&value)) return ThrowReadFailed(isolate, "ReadUint64");
  v8::Local<v8::Value> parts[] = {
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value)),
  };
  info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void DeserializerReadDouble(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  double value;
  if (!w->deserializer().ReadDouble(&value)) return ThrowReadFailed(info.GetIsolate(), "ReadDouble");
  info.GetReturnValue().Set(value);
}

// _readRawBytes(length) -> offset of the bytes within the input; js/v8.js slices its own
// reference to the input there.
void DeserializerReadRawBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  UNWRAP_DESERIALIZER(w);
  v8::Isolate* isolate = info.GetIsolate();
  int64_t length;
  if (!info[0]->IntegerValue(isolate->GetCurrentContext()).To(&length)) return;
  if (length < 0) length = 0;
  const void* data;
  if (!w->deserializer().ReadRawBytes(static_cast<size_t>(length), &data)) {
    return ThrowReadFailed(isolate, "ReadRawBytes");
  }
  info.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(data) - w->data()));
}

struct MethodEntry {
  const char* name;
  v8::FunctionCallback fn;
};

v8::Local<v8::Function> MakeClass(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                                  v8::FunctionCallback ctor, const MethodEntry* methods, size_t count) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, ctor);
  tmpl->SetClassName(Name(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  for (size_t i = 0; i < count; i++) {
    tmpl->PrototypeTemplate()->Set(
        Name(isolate, methods[i].name),
        v8::FunctionTemplate::New(isolate, methods[i].fn, v8::Local<v8::Value>(), signature),
        v8::DontEnum);
  }
  return tmpl->GetFunction(context).ToLocalChecked();
}

const MethodEntry kSerializerMethods[] = {
    {"writeHeader", SerializerWriteHeader},
    {"writeValue", SerializerWriteValue},
    {"releaseBuffer", SerializerReleaseBuffer},
    {"transferArrayBuffer", SerializerTransferArrayBuffer},
    {"writeUint32", SerializerWriteUint32},
    {"writeUint64", SerializerWriteUint64},
    {"writeDouble", SerializerWriteDouble},
    {"writeRawBytes", SerializerWriteRawBytes},
    {"_setTreatArrayBufferViewsAsHostObjects", SerializerSetTreatViews},
};

const MethodEntry kGCProfilerMethods[] = {
    {"start", GCProfilerStart},
    {"stop", GCProfilerStop},
};

const MethodEntry kDeserializerMethods[] = {
    {"readHeader", DeserializerReadHeader},
    {"readValue", DeserializerReadValue},
    {"getWireFormatVersion", DeserializerGetWireFormatVersion},
    {"transferArrayBuffer", DeserializerTransferArrayBuffer},
    {"readUint32", DeserializerReadUint32},
    {"readUint64", DeserializerReadUint64},
    {"readDouble", DeserializerReadDouble},
    {"_readRawBytes", DeserializerReadRawBytes},
};

}  // namespace

void InitV8Binding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "updateHeapStatistics", UpdateHeapStatistics);
  SetMethod(context, target, "heapSpaceStatistics", HeapSpaceStatistics);
  SetMethod(context, target, "heapCodeStatistics", HeapCodeStatistics);
  SetMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetMethod(context, target, "setFlagsFromString", SetFlagsFromString);
  SetMethod(context, target, "heapSnapshot", HeapSnapshot);
  SetMethod(context, target, "writeHeapSnapshot", WriteHeapSnapshot);
  SetValue(context, target, "Serializer",
           MakeClass(isolate, context, "Serializer", SerializerNew, kSerializerMethods,
                     sizeof(kSerializerMethods) / sizeof(kSerializerMethods[0])));
  SetValue(context, target, "GCProfiler",
           MakeClass(isolate, context, "GCProfiler", GCProfilerNew, kGCProfilerMethods,
                     sizeof(kGCProfilerMethods) / sizeof(kGCProfilerMethods[0])));
  SetValue(context, target, "Deserializer",
           MakeClass(isolate, context, "Deserializer", DeserializerNew, kDeserializerMethods,
                     sizeof(kDeserializerMethods) / sizeof(kDeserializerMethods[0])));
}

}  // namespace nodus
