// internalBinding('encoding_binding'): the byte work behind TextEncoder and
// TextDecoder (js/internal/encoding.js), which keeps the WHATWG state (BOM, streaming
// remainders, labels) in JS. Decoders replace malformed input with U+FFFD the WHATWG
// way; with `fatal` they return undefined instead and JS throws node's error.
#include <cstring>
#include <string>
#include <vector>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView argument.
bool GetBytes(v8::Local<v8::Value> v, const uint8_t** data, size_t* len) {
  if (v->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
    std::shared_ptr<v8::BackingStore> store = view->Buffer()->GetBackingStore();
    *data = static_cast<const uint8_t*>(store->Data()) + view->ByteOffset();
    *len = view->ByteLength();
    return true;
  }
  std::shared_ptr<v8::BackingStore> store;
  if (v->IsArrayBuffer()) store = v.As<v8::ArrayBuffer>()->GetBackingStore();
  else if (v->IsSharedArrayBuffer()) store = v.As<v8::SharedArrayBuffer>()->GetBackingStore();
  else return false;
  *data = static_cast<const uint8_t*>(store->Data());
  *len = store->ByteLength();
  return true;
}

void SetString(const v8::FunctionCallbackInfo<v8::Value>& info, v8::MaybeLocal<v8::String> s) {
  v8::Local<v8::String> out;
  if (s.ToLocal(&out)) info.GetReturnValue().Set(out);
  // else: the string was too long and V8 has thrown.
}

// WHATWG UTF-8 decoding: each maximal invalid subpart becomes one U+FFFD. Appends UTF-16.
// Returns false on the first error when `fatal`.
bool DecodeUtf8(const uint8_t* p, size_t n, bool fatal, std::u16string* out) {
  out->reserve(n);
  size_t i = 0;
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      out->push_back(b);
      i++;
      continue;
    }
    int need;
    uint32_t cp;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      if (fatal) return false;
      out->push_back(0xFFFD);
      i++;
      continue;
    }
    size_t j = i + 1;
    bool ok = true;
    for (int k = 0; k < need; k++, j++) {
      if (j >= n || p[j] < lo || p[j] > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (p[j] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
    }
    if (!ok) {
      if (fatal) return false;
      out->push_back(0xFFFD);
      i = j;  // the bytes consumed so far form the maximal subpart
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out->push_back(static_cast<char16_t>(cp));
    }
    i = j;
  }
  return true;
}

v8::MaybeLocal<v8::String> NewString(v8::Isolate* isolate, const std::u16string& s) {
  return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(s.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(s.size()));
}

// decodeUtf8(bytes, fatal) -> string | undefined (invalid and fatal). The BOM is JS's job.
void DecodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const uint8_t* data;
  size_t len;
  if (!GetBytes(info[0], &data, &len)) return;
  // Fast path: ASCII is its own one-byte string.
  size_t i = 0;
  while (i < len && data[i] < 0x80) i++;
  if (i == len) {
    SetString(info, v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                               static_cast<int>(len)));
    return;
  }
  std::u16string out;
  if (!DecodeUtf8(data, len, info[1]->IsTrue(), &out)) return;
  SetString(info, NewString(isolate, out));
}

// decodeLatin1(bytes) -> string: each byte is the code point (node's windows-1252 too).
void DecodeLatin1(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const uint8_t* data;
  size_t len;
  if (!GetBytes(info[0], &data, &len)) return;
  SetString(info, v8::String::NewFromOneByte(info.GetIsolate(), data, v8::NewStringType::kNormal,
                                             static_cast<int>(len)));
}

// decodeUtf16(bytes, bigEndian, fatal) -> string | undefined. An even byte count is
// expected (JS holds back an odd last byte while streaming); lone surrogates and an odd
// trailing byte become U+FFFD.
void DecodeUtf16(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const uint8_t* data;
  size_t len;
  if (!GetBytes(info[0], &data, &len)) return;
  bool big_endian = info[1]->IsTrue();
  bool fatal = info[2]->IsTrue();
  std::u16string out;
  out.reserve(len / 2 + 1);
  size_t units = len / 2;
  auto unit = [&](size_t k) -> char16_t {
    const uint8_t* q = data + 2 * k;
    return static_cast<char16_t>(big_endian ? (q[0] << 8) | q[1] : (q[1] << 8) | q[0]);
  };
  for (size_t k = 0; k < units; k++) {
    char16_t c = unit(k);
    if (c >= 0xD800 && c <= 0xDBFF && k + 1 < units) {
      char16_t d = unit(k + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out.push_back(c);
        out.push_back(d);
        k++;
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (fatal) return;
      c = 0xFFFD;
    }
    out.push_back(c);
  }
  if (len % 2 != 0) {
    if (fatal) return;
    out.push_back(0xFFFD);
  }
  SetString(info, NewString(info.GetIsolate(), out));
}

// encodeUtf8(string) -> Uint8Array; lone surrogates become EF BF BD.
void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) return;
  v8::Local<v8::String> s = info[0].As<v8::String>();
  size_t len = static_cast<size_t>(s->Utf8Length(isolate));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, len);
  if (len > 0) {
    s->WriteUtf8(isolate, static_cast<char*>(store->Data()), static_cast<int>(len), nullptr,
                 v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, len));
}

// encodeIntoUtf8(string, dest: Uint8Array, result: Uint32Array[2]) fills result with
// [UTF-16 units read, bytes written]; never writes part of a character.
void EncodeIntoUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString() || !info[1]->IsUint8Array() || !info[2]->IsUint32Array()) return;
  v8::Local<v8::String> s = info[0].As<v8::String>();
  v8::Local<v8::Uint8Array> dest = info[1].As<v8::Uint8Array>();
  v8::Local<v8::Uint32Array> result = info[2].As<v8::Uint32Array>();
  char* out = static_cast<char*>(dest->Buffer()->GetBackingStore()->Data()) + dest->ByteOffset();
  int read = 0;
  int written = s->WriteUtf8(isolate, out, static_cast<int>(dest->ByteLength()), &read,
                             v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  uint32_t* r = reinterpret_cast<uint32_t*>(
      static_cast<char*>(result->Buffer()->GetBackingStore()->Data()) + result->ByteOffset());
  r[0] = static_cast<uint32_t>(read);
  r[1] = static_cast<uint32_t>(written);
}

}  // namespace

void InitEncodingBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "decodeUtf8", DecodeUtf8);
  SetMethod(context, target, "decodeLatin1", DecodeLatin1);
  SetMethod(context, target, "decodeUtf16", DecodeUtf16);
  SetMethod(context, target, "encodeUtf8", EncodeUtf8);
  SetMethod(context, target, "encodeIntoUtf8", EncodeIntoUtf8);
}

}  // namespace nodus
