// internalBinding('serdes'): structured cloning on V8's ValueSerializer and
// ValueDeserializer, the same wire format and rules node's structuredClone and
// v8.serialize use. Errors V8 reports (a function, a symbol, a detached buffer) become
// DataCloneError DOMExceptions built by the JS side.
#include <cstdlib>
#include <vector>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// Makes the exceptions and keeps SharedArrayBuffers shared: a clone within one isolate
// refers to the same memory, as in node.
class CloneDelegate : public v8::ValueSerializer::Delegate, public v8::ValueDeserializer::Delegate {
 public:
  CloneDelegate(v8::Isolate* isolate, v8::Local<v8::Function> make_error)
      : isolate_(isolate), make_error_(make_error) {}

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    if (make_error_->Call(isolate_->GetCurrentContext(), v8::Undefined(isolate_), 1, argv)
            .ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
    // Otherwise make_error itself threw and that exception is pending already.
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*,
                                             v8::Local<v8::SharedArrayBuffer> sab) override {
    for (size_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == sab) return v8::Just(static_cast<uint32_t>(i));
    }
    shared_.push_back(sab);
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate*,
                                                                   uint32_t id) override {
    if (id < shared_.size()) return shared_[id];
    return {};
  }

  // V8 10.2 hands every object made from an ObjectTemplate to the delegate as a "host
  // object", process.env among them. One without internal fields is no native handle,
  // only properties behind interceptors: it clones as a plain object of its own
  // enumerable properties, as node (whose V8 asks first) clones it. Anything else throws
  // V8's DataCloneError as before.
  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    if (serializer_ == nullptr || object->InternalFieldCount() != 0) {
      return v8::ValueSerializer::Delegate::WriteHostObject(isolate, object);
    }
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Array> keys;
    if (!object->GetOwnPropertyNames(context).ToLocal(&keys)) return v8::Nothing<bool>();
    v8::Local<v8::Object> copy = v8::Object::New(isolate);
    for (uint32_t i = 0; i < keys->Length(); i++) {
      v8::Local<v8::Value> key, value;
      if (!keys->Get(context, i).ToLocal(&key) || !object->Get(context, key).ToLocal(&value) ||
          copy->CreateDataProperty(context, key.As<v8::Name>(), value).IsNothing()) {
        return v8::Nothing<bool>();
      }
    }
    return serializer_->WriteValue(context, copy);
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Value> value;
    if (deserializer_ == nullptr ||
        !deserializer_->ReadValue(isolate->GetCurrentContext()).ToLocal(&value)) {
      return {};
    }
    if (!value->IsObject()) return {};
    return value.As<v8::Object>();
  }

  void set_serializer(v8::ValueSerializer* s) { serializer_ = s; }
  void set_deserializer(v8::ValueDeserializer* d) { deserializer_ = d; }

  // V8 hands the delegate the buffer to grow; plain malloc/free as its default does.
  void* ReallocateBufferMemory(void* old_buffer, size_t size, size_t* actual_size) override {
    *actual_size = size;
    return std::realloc(old_buffer, size);
  }
  void FreeBufferMemory(void* buffer) override { std::free(buffer); }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Function> make_error_;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;
  v8::ValueSerializer* serializer_ = nullptr;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

// clone(value, transfer: ArrayBuffer[] (deduplicated, attached), makeError(message))
// -> the copy. Transferred buffers move their memory to the copy and are detached.
void Clone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!info[1]->IsArray() || !info[2]->IsFunction()) return;
  v8::Local<v8::Array> transfer = info[1].As<v8::Array>();
  CloneDelegate delegate(isolate, info[2].As<v8::Function>());

  v8::Local<v8::Private> untransferable_key = v8::Private::ForApi(
      isolate, v8::String::NewFromUtf8Literal(isolate, "nodus:untransferable"));
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  for (uint32_t i = 0; i < transfer->Length(); i++) {
    v8::Local<v8::Value> v;
    if (!transfer->Get(context, i).ToLocal(&v)) return;
    if (!v->IsArrayBuffer()) return;
    // Memory owned by a native module (external buffers, core/napi/arraybuffers.cc) is
    // not transferred: left out of the list, it is copied.
    bool untransferable = false;
    v8::Local<v8::Value> mark;
    if (v.As<v8::Object>()->GetPrivate(context, untransferable_key).ToLocal(&mark))
      untransferable = mark->IsTrue();
    if (untransferable) continue;
    buffers.push_back(v.As<v8::ArrayBuffer>());
  }

  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  serializer.WriteHeader();
  for (size_t i = 0; i < buffers.size(); i++) {
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), buffers[i]);
  }
  bool ok;
  if (!serializer.WriteValue(context, info[0]).To(&ok) || !ok) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();

  // The copies own the transferred memory from now on; the originals are detached.
  std::vector<v8::Local<v8::ArrayBuffer>> moved;
  for (v8::Local<v8::ArrayBuffer> ab : buffers) {
    std::shared_ptr<v8::BackingStore> store = ab->GetBackingStore();
    ab->Detach();
    moved.push_back(v8::ArrayBuffer::New(isolate, store));
  }

  delegate.set_serializer(nullptr);
  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &delegate);
  delegate.set_deserializer(&deserializer);
  for (size_t i = 0; i < moved.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), moved[i]);
  }
  v8::Local<v8::Value> result;
  if (deserializer.ReadHeader(context).To(&ok) && ok &&
      deserializer.ReadValue(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
  delegate.FreeBufferMemory(data.first);
}

// bufferState(arrayBuffer): 0 usable, 1 detached, 2 not detachable (e.g. wasm memory).
void BufferState(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsArrayBuffer()) return;
  v8::Local<v8::ArrayBuffer> ab = info[0].As<v8::ArrayBuffer>();
  info.GetReturnValue().Set(ab->WasDetached() ? 1 : ab->IsDetachable() ? 0 : 2);
}

}  // namespace

void InitSerdesBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "clone", Clone);
  SetMethod(context, target, "bufferState", BufferState);
}

}  // namespace nodus
