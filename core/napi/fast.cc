// Calibration of the inline number and external reads (see fast.h).
#include "fast.h"

#include <mutex>

namespace nodus::napi::fast {

std::atomic<int> heap_number_type{-1};
std::atomic<int> external_value_offset{-1};

namespace {

// The instance type of HeapNumbers, if a HeapNumber's double is where we expect it.
int MeasureHeapNumber(v8::Isolate* isolate) {
  int type = -1;
  for (double probe : {0.5, -1.25e300, 4294967296.5}) {
    v8::Local<v8::Number> n = v8::Number::New(isolate, probe);
    Address a = Raw(n);
    if (!I::HasHeapObjectTag(a)) return -1;
    int t = I::GetInstanceType(a);
    if (type != -1 && t != type) return -1;
    type = t;
    if (I::ReadRawField<double>(a, v8::internal::kApiTaggedSize) != probe) return -1;
  }
  // Something that is not a number must not share the type.
  for (v8::Local<v8::Value> other :
       {v8::Local<v8::Value>(v8::Object::New(isolate)),
        v8::Local<v8::Value>(v8::String::NewFromUtf8Literal(isolate, "x")),
        v8::Local<v8::Value>(v8::BigInt::New(isolate, 1)),
        v8::Local<v8::Value>(v8::Undefined(isolate))}) {
    if (I::GetInstanceType(Raw(other)) == type) return -1;
  }
  return type;
}

// Where an External keeps its pointer: the one field holding both probes.
int MeasureExternal(v8::Isolate* isolate) {
  static int a_target, b_target;
  v8::Local<v8::External> a = v8::External::New(isolate, &a_target);
  v8::Local<v8::External> b = v8::External::New(isolate, &b_target);
  for (int offset = v8::internal::kApiTaggedSize; offset <= 8 * v8::internal::kApiTaggedSize;
       offset += v8::internal::kApiTaggedSize) {
    if (I::ReadRawField<void*>(Raw(a), offset) == &a_target &&
        I::ReadRawField<void*>(Raw(b), offset) == &b_target)
      return offset;
  }
  return -1;
}

bool SmisAsExpected(v8::Isolate* isolate) {
  for (int probe : {0, 7, -1, 2147483647, -2147483647 - 1}) {
    if (!I::IsValidSmi(probe)) continue;
    v8::Local<v8::Value> made = HandleMaker::Smi(isolate, probe);
    if (!made->IsInt32() || made.As<v8::Int32>()->Value() != probe) return false;
    v8::Local<v8::Value> lib = v8::Integer::New(isolate, probe);
    if (!IsSmi(lib) || SmiValue(lib) != probe) return false;
  }
  return true;
}

}  // namespace

void Calibrate(v8::Isolate* isolate) {
  static std::once_flag once;
  std::call_once(once, [isolate] {
    v8::HandleScope scope(isolate);
    // Smi tagging comes from the headers; if the library disagreed, nothing here is safe
    // to use, and the build is broken beyond Node-API anyway.
    if (!SmisAsExpected(isolate)) return;
    heap_number_type.store(MeasureHeapNumber(isolate));
    external_value_offset.store(MeasureExternal(isolate));
  });
}

}  // namespace nodus::napi::fast
