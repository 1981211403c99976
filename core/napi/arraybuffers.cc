// Binary data: ArrayBuffers, typed arrays, DataViews and Node Buffers.
#include <cstring>

#include "internal.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::Reference;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace nodus::napi {

// Buffer.prototype, handed over by js/internal/plugins.js before any module loads.
thread_local v8::Global<v8::Object> buffer_prototype;  // per thread: workers have their own isolate

}  // namespace nodus::napi

namespace {

napi_status ThrowRange(napi_env env, const char* code, const std::string& message) {
  napi_throw_range_error(env, code, message.c_str());
  return SetLastError(env, napi_pending_exception);
}

// A Uint8Array over `ab` with Buffer.prototype: what node's Buffer functions return.
v8::MaybeLocal<v8::Uint8Array> NewBuffer(napi_env env, v8::Local<v8::ArrayBuffer> ab,
                                         size_t offset, size_t length) {
  v8::Local<v8::Uint8Array> array = v8::Uint8Array::New(ab, offset, length);
  if (!nodus::napi::buffer_prototype.IsEmpty()) {
    if (array->SetPrototype(env->context(), nodus::napi::buffer_prototype.Get(env->isolate))
            .IsNothing())
      return {};
  }
  return array;
}

const char* TypedArrayName(napi_typedarray_type type) {
  switch (type) {
    case napi_int8_array: return "Int8Array";
    case napi_uint8_array: return "Uint8Array";
    case napi_uint8_clamped_array: return "Uint8ClampedArray";
    case napi_int16_array: return "Int16Array";
    case napi_uint16_array: return "Uint16Array";
    case napi_int32_array: return "Int32Array";
    case napi_uint32_array: return "Uint32Array";
    case napi_float32_array: return "Float32Array";
    case napi_float64_array: return "Float64Array";
    case napi_bigint64_array: return "BigInt64Array";
    case napi_biguint64_array: return "BigUint64Array";
  }
  return "";
}

// Memory a module owns (external ArrayBuffers and Buffers) cannot move to another
// owner: postMessage's transfer list leaves such buffers in place and copies them, as
// Node 20 does (the key is the one the serdes binding checks).
void MarkUntransferable(napi_env env, v8::Local<v8::ArrayBuffer> ab) {
  v8::Local<v8::Private> key = v8::Private::ForApi(
      env->isolate, v8::String::NewFromUtf8Literal(env->isolate, "nodus:untransferable"));
  (void)ab->SetPrivate(env->context(), key, v8::True(env->isolate));
}

}  // namespace

extern "C" {

napi_status NAPI_CDECL napi_create_arraybuffer(napi_env env, size_t byte_length, void** data,
                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, byte_length);
  if (data != nullptr) *data = ab->GetBackingStore()->Data();
  *result = JsValue(ab);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_create_external_arraybuffer(napi_env env, void* external_data,
                                                        size_t byte_length,
                                                        node_api_basic_finalize finalize_cb,
                                                        void* finalize_hint,
                                                        napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  // The memory stays the module's: V8 gets an empty deleter and the module's finalizer
  // runs on the main thread when the ArrayBuffer is collected.
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      external_data, byte_length, [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, std::move(store));
  MarkUntransferable(env, ab);
  if (finalize_cb != nullptr) {
    Reference::New(env, ab, 0, Reference::Ownership::kRuntime, finalize_cb, external_data,
                   finalize_hint);
  }
  *result = JsValue(ab);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_arraybuffer_info(napi_env env, napi_value arraybuffer,
                                                 void** data, size_t* byte_length) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  v8::Local<v8::Value> v = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBuffer(), napi_invalid_arg);
  std::shared_ptr<v8::BackingStore> store = v.As<v8::ArrayBuffer>()->GetBackingStore();
  if (data != nullptr) *data = store->Data();
  if (byte_length != nullptr) *byte_length = store->ByteLength();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_arraybuffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArrayBuffer();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_detach_arraybuffer(napi_env env, napi_value arraybuffer) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  v8::Local<v8::Value> v = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBuffer(), napi_arraybuffer_expected);
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  NAPI_RETURN_IF_FALSE(env, ab->IsDetachable(), napi_detachable_arraybuffer_expected);
  ab->Detach();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_detached_arraybuffer(napi_env env, napi_value value,
                                                    bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(value);
  // Node's rule: an ArrayBuffer without memory counts as detached.
  *result = v->IsArrayBuffer() && v.As<v8::ArrayBuffer>()->Data() == nullptr;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_is_typedarray(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsTypedArray();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_typedarray(napi_env env, napi_typedarray_type type,
                                              size_t length, napi_value arraybuffer,
                                              size_t byte_offset, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBuffer(), napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  size_t size;
  switch (type) {
    case napi_int8_array: case napi_uint8_array: case napi_uint8_clamped_array: size = 1; break;
    case napi_int16_array: case napi_uint16_array: size = 2; break;
    case napi_int32_array: case napi_uint32_array: case napi_float32_array: size = 4; break;
    case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: size = 8; break;
    default: return SetLastError(env, napi_invalid_arg);
  }
  if (size > 1 && byte_offset % size != 0) {
    return ThrowRange(env, "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT",
                      std::string("start offset of ") + TypedArrayName(type) +
                          " should be a multiple of " + std::to_string(size));
  }
  if (length * size + byte_offset > ab->ByteLength())
    return ThrowRange(env, "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH", "Invalid typed array length");
  v8::Local<v8::TypedArray> array;
  switch (type) {
    case napi_int8_array: array = v8::Int8Array::New(ab, byte_offset, length); break;
    case napi_uint8_array: array = v8::Uint8Array::New(ab, byte_offset, length); break;
    case napi_uint8_clamped_array: array = v8::Uint8ClampedArray::New(ab, byte_offset, length); break;
    case napi_int16_array: array = v8::Int16Array::New(ab, byte_offset, length); break;
    case napi_uint16_array: array = v8::Uint16Array::New(ab, byte_offset, length); break;
    case napi_int32_array: array = v8::Int32Array::New(ab, byte_offset, length); break;
    case napi_uint32_array: array = v8::Uint32Array::New(ab, byte_offset, length); break;
    case napi_float32_array: array = v8::Float32Array::New(ab, byte_offset, length); break;
    case napi_float64_array: array = v8::Float64Array::New(ab, byte_offset, length); break;
    case napi_bigint64_array: array = v8::BigInt64Array::New(ab, byte_offset, length); break;
    case napi_biguint64_array: array = v8::BigUint64Array::New(ab, byte_offset, length); break;
  }
  *result = JsValue(array);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_get_typedarray_info(napi_env env, napi_value typedarray,
                                                napi_typedarray_type* type, size_t* length,
                                                void** data, napi_value* arraybuffer,
                                                size_t* byte_offset) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, typedarray);
  v8::Local<v8::Value> v = V8Value(typedarray);
  NAPI_RETURN_IF_FALSE(env, v->IsTypedArray(), napi_invalid_arg);
  v8::Local<v8::TypedArray> array = v.As<v8::TypedArray>();
  if (type != nullptr) {
    if (v->IsInt8Array()) *type = napi_int8_array;
    else if (v->IsUint8Array()) *type = napi_uint8_array;
    else if (v->IsUint8ClampedArray()) *type = napi_uint8_clamped_array;
    else if (v->IsInt16Array()) *type = napi_int16_array;
    else if (v->IsUint16Array()) *type = napi_uint16_array;
    else if (v->IsInt32Array()) *type = napi_int32_array;
    else if (v->IsUint32Array()) *type = napi_uint32_array;
    else if (v->IsFloat32Array()) *type = napi_float32_array;
    else if (v->IsFloat64Array()) *type = napi_float64_array;
    else if (v->IsBigInt64Array()) *type = napi_bigint64_array;
    else if (v->IsBigUint64Array()) *type = napi_biguint64_array;
  }
  if (length != nullptr) *length = array->Length();
  v8::Local<v8::ArrayBuffer> buffer;
  if (data != nullptr || arraybuffer != nullptr) buffer = array->Buffer();
  if (data != nullptr) {
    char* base = static_cast<char*>(buffer->Data());
    *data = base == nullptr ? nullptr : base + array->ByteOffset();
  }
  if (arraybuffer != nullptr) *arraybuffer = JsValue(buffer);
  if (byte_offset != nullptr) *byte_offset = array->ByteOffset();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_create_dataview(napi_env env, size_t byte_length,
                                            napi_value arraybuffer, size_t byte_offset,
                                            napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBuffer(), napi_invalid_arg);
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  if (byte_length + byte_offset > ab->ByteLength()) {
    return ThrowRange(env, "ERR_NAPI_INVALID_DATAVIEW_ARGS",
                      "byte_offset + byte_length should be less than or equal to the size in "
                      "bytes of the array passed in");
  }
  *result = JsValue(v8::DataView::New(ab, byte_offset, byte_length));
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_is_dataview(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsDataView();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_dataview_info(napi_env env, napi_value dataview,
                                              size_t* bytelength, void** data,
                                              napi_value* arraybuffer, size_t* byte_offset) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, dataview);
  v8::Local<v8::Value> v = V8Value(dataview);
  NAPI_RETURN_IF_FALSE(env, v->IsDataView(), napi_invalid_arg);
  v8::Local<v8::DataView> view = v.As<v8::DataView>();
  if (bytelength != nullptr) *bytelength = view->ByteLength();
  v8::Local<v8::ArrayBuffer> buffer;
  if (data != nullptr || arraybuffer != nullptr) buffer = view->Buffer();
  if (data != nullptr) {
    char* base = static_cast<char*>(buffer->Data());
    *data = base == nullptr ? nullptr : base + view->ByteOffset();
  }
  if (arraybuffer != nullptr) *arraybuffer = JsValue(buffer);
  if (byte_offset != nullptr) *byte_offset = view->ByteOffset();
  return ClearLastError(env);
}

// ---- Node Buffers ---------------------------------------------------------------

napi_status NAPI_CDECL napi_create_buffer(napi_env env, size_t length, void** data,
                                          napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, length);
  v8::Local<v8::Uint8Array> buffer;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, ab, 0, length).ToLocal(&buffer), napi_generic_failure);
  if (data != nullptr) *data = length == 0 ? nullptr : ab->Data();
  *result = JsValue(buffer);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_create_external_buffer(napi_env env, size_t length, void* data,
                                                   node_api_basic_finalize finalize_cb,
                                                   void* finalize_hint, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, std::move(store));
  MarkUntransferable(env, ab);
  v8::Local<v8::Uint8Array> buffer;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, ab, 0, length).ToLocal(&buffer), napi_generic_failure);
  if (finalize_cb != nullptr) {
    Reference::New(env, ab, 0, Reference::Ownership::kRuntime, finalize_cb, data, finalize_hint);
  }
  *result = JsValue(buffer);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_create_buffer_copy(napi_env env, size_t length, const void* data,
                                               void** result_data, napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, result);
  if (length > 0) NAPI_CHECK_ARG(env, data);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(env->isolate, length);
  if (length > 0) std::memcpy(ab->Data(), data, length);
  v8::Local<v8::Uint8Array> buffer;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, ab, 0, length).ToLocal(&buffer), napi_generic_failure);
  if (result_data != nullptr) *result_data = ab->Data();
  *result = JsValue(buffer);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL node_api_create_buffer_from_arraybuffer(napi_env env,
                                                               napi_value arraybuffer,
                                                               size_t byte_offset,
                                                               size_t byte_length,
                                                               napi_value* result) {
  NAPI_PREAMBLE(env);
  NAPI_CHECK_ARG(env, arraybuffer);
  NAPI_CHECK_ARG(env, result);
  v8::Local<v8::Value> v = V8Value(arraybuffer);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBuffer(), napi_arraybuffer_expected);
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  if (byte_offset + byte_length > ab->ByteLength())
    return ThrowRange(env, "ERR_OUT_OF_RANGE", "The byte offset + length is out of range");
  v8::Local<v8::Uint8Array> buffer;
  NAPI_RETURN_IF_FALSE(env, NewBuffer(env, ab, byte_offset, byte_length).ToLocal(&buffer),
                       napi_generic_failure);
  *result = JsValue(buffer);
  return NAPI_GET_RETURN_STATUS(env);
}

napi_status NAPI_CDECL napi_is_buffer(napi_env env, napi_value value, bool* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  NAPI_CHECK_ARG(env, result);
  *result = V8Value(value)->IsArrayBufferView();
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_buffer_info(napi_env env, napi_value value, void** data,
                                            size_t* length) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, value);
  v8::Local<v8::Value> v = V8Value(value);
  NAPI_RETURN_IF_FALSE(env, v->IsArrayBufferView(), napi_invalid_arg);
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  if (data != nullptr) {
    char* base = static_cast<char*>(view->Buffer()->Data());
    *data = base == nullptr ? nullptr : base + view->ByteOffset();
  }
  if (length != nullptr) *length = view->ByteLength();
  return ClearLastError(env);
}

}  // extern "C"
