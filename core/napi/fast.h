// Inline reads of numbers and externals for the hottest Node-API calls.
//
// libnode exports v8::Value::IsNumber, v8::Number::Value, v8::Number::New and
// v8::External::Value out of line: each is a PLT call into the shared library, and
// together they were a third of the cost of a 2-argument native call (bench/napi).
// V8's public v8-internal.h describes the tagging of small integers (Smis) and how
// to read a heap object's instance type; a HeapNumber's double and an External's
// pointer sit at offsets that are not in the public headers, so Calibrate() measures
// them once on real objects and every fast path falls back to the V8 call when the
// measurement did not come out as expected.
#pragma once
#include <v8.h>

#include <atomic>
#include <cmath>
#include <cstdint>

namespace nodus::napi::fast {

using Address = v8::internal::Address;
using I = v8::internal::Internals;

// -1 until calibrated (or when calibration failed).
extern std::atomic<int> heap_number_type;
extern std::atomic<int> external_value_offset;

// Measures the layouts on `isolate` (idempotent; any thread).
void Calibrate(v8::Isolate* isolate);

inline Address Raw(v8::Local<v8::Value> v) {
  return *reinterpret_cast<const Address*>(*v);
}

// Value::IsNumber + Number::Value in one, inline for Smis and HeapNumbers.
inline bool NumberValue(v8::Local<v8::Value> v, double* out) {
  Address a = Raw(v);
  if (!I::HasHeapObjectTag(a)) {
    *out = I::SmiValue(a);
    return true;
  }
  int type = heap_number_type.load(std::memory_order_relaxed);
  if (type >= 0 && I::GetInstanceType(a) == type) {
    *out = I::ReadRawField<double>(a, v8::internal::kApiTaggedSize);
    return true;
  }
  if (!v->IsNumber()) return false;
  *out = v.As<v8::Number>()->Value();
  return true;
}

inline bool IsSmi(v8::Local<v8::Value> v) { return !I::HasHeapObjectTag(Raw(v)); }
inline int SmiValue(v8::Local<v8::Value> v) { return I::SmiValue(Raw(v)); }

// HandleScope::CreateHandle is protected; this class only reaches it.
struct HandleMaker : v8::HandleScope {
  static v8::Local<v8::Value> Smi(v8::Isolate* isolate, int value) {
    Address* slot = CreateHandle(reinterpret_cast<v8::internal::Isolate*>(isolate),
                                 I::IntToSmi(value));
    v8::Local<v8::Value> local;
    static_assert(sizeof(local) == sizeof(slot));
    __builtin_memcpy(static_cast<void*>(&local), &slot, sizeof(slot));
    return local;
  }
};

// Number::New: doubles holding a Smi-range integer (not -0) become a Smi handle
// without the library call; V8 makes the same choice.
inline v8::Local<v8::Value> NewNumber(v8::Isolate* isolate, double value) {
  if (value >= v8::internal::kSmiMinValue && value <= v8::internal::kSmiMaxValue) {
    int i = static_cast<int>(value);
    if (static_cast<double>(i) == value && !(i == 0 && std::signbit(value)))
      return HandleMaker::Smi(isolate, i);
  }
  return v8::Number::New(isolate, value);
}

inline v8::Local<v8::Value> NewInt32(v8::Isolate* isolate, int32_t value) {
  if (I::IsValidSmi(value)) return HandleMaker::Smi(isolate, value);
  return v8::Integer::New(isolate, value);
}

// External::Value for externals this runtime created.
inline void* ExternalValue(v8::Local<v8::External> e) {
  int offset = external_value_offset.load(std::memory_order_relaxed);
  if (offset >= 0) return I::ReadRawField<void*>(Raw(e), offset);
  return e->Value();
}

}  // namespace nodus::napi::fast
