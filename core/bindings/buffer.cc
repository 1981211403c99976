// internalBinding('buffer'): the byte-level work behind js/buffer.js done in native code:
// string <-> bytes for every encoding Buffer knows, compare, search, fill, copy, and
// uninitialised allocations. Argument checking happens in JS; these functions trust
// their callers (js/buffer.js) but still never crash on odd values.
#include <stdlib.h>
#include <string.h>

#include <algorithm>
#include <memory>
#include <type_traits>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

// Encoding ids shared with js/buffer.js (kEnc* there).
enum Encoding { kUtf8 = 1, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex };

#if defined(__x86_64__)
// The vector codecs below need SSSE3 (pshufb); every x86-64 CPU since 2008 has it.
const bool kHasSsse3 = __builtin_cpu_supports("ssse3");
const bool kHasAvx2 = __builtin_cpu_supports("avx2");
// AVX-512 VBMI (byte permutes across the whole register): Ice Lake and later, Zen 4.
const bool kHasVbmi = __builtin_cpu_supports("avx512vbmi") &&
                      __builtin_cpu_supports("avx512bw");
#endif

// Outputs larger than this become external strings: V8 would otherwise copy them again.
constexpr size_t kExternalThreshold = 64 * 1024;
// Encoded strings up to this many characters are built in a stack buffer.
constexpr size_t kStackOutput = 8 * 1024;

struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

// The bytes an ArrayBufferView (or ArrayBuffer) covers. Empty for anything else.
Bytes GetBytes(v8::Local<v8::Value> v) {
  Bytes b;
  if (v->IsArrayBufferView()) {
    auto view = v.As<v8::ArrayBufferView>();
    b.length = view->ByteLength();
    if (b.length == 0) return b;
    b.data = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  } else if (v->IsArrayBuffer()) {
    auto ab = v.As<v8::ArrayBuffer>();
    b.data = static_cast<uint8_t*>(ab->Data());
    b.length = ab->ByteLength();
  } else if (v->IsSharedArrayBuffer()) {
    auto ab = v.As<v8::SharedArrayBuffer>();
    b.data = static_cast<uint8_t*>(ab->Data());
    b.length = ab->ByteLength();
  }
  return b;
}

// A size/offset argument already validated in JS; clamps anything strange to [0, max].
size_t ArgSize(v8::Local<v8::Value> v, size_t dflt, size_t max) {
  if (!v->IsNumber()) return std::min(dflt, max);
  double d = v.As<v8::Number>()->Value();
  if (!(d > 0)) return 0;
  if (d >= static_cast<double>(max)) return max;
  return static_cast<size_t>(d);
}

class ExternalOneByte : public v8::String::ExternalOneByteStringResource {
 public:
  // V8 is told about the memory so that garbage collection keeps pace with big strings;
  // otherwise dead ones pile up and every new one lands on fresh pages.
  ExternalOneByte(v8::Isolate* isolate, char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(length_));
  }
  ~ExternalOneByte() override {
    free(data_);
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(length_));
  }
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  v8::Isolate* isolate_;
  char* data_;
  size_t length_;
};

void ThrowStringTooLong(v8::Isolate* isolate) {
  char msg[80];
  snprintf(msg, sizeof msg, "Cannot create a string longer than 0x%x characters",
           v8::String::kMaxLength);
  ThrowCodeError(isolate, "Error", "ERR_STRING_TOO_LONG", msg);
}

// Makes a one-byte string from malloc'd `data` (ownership passes here).
v8::MaybeLocal<v8::String> OneByteFromMalloc(v8::Isolate* isolate, char* data, size_t len) {
  if (len > static_cast<size_t>(v8::String::kMaxLength)) {
    free(data);
    ThrowStringTooLong(isolate);
    return {};
  }
  if (len >= kExternalThreshold) {
    auto* res = new ExternalOneByte(isolate, data, len);
    v8::MaybeLocal<v8::String> s = v8::String::NewExternalOneByte(isolate, res);
    if (s.IsEmpty()) delete res;
    return s;
  }
  v8::MaybeLocal<v8::String> s = v8::String::NewFromOneByte(
      isolate, reinterpret_cast<uint8_t*>(data), v8::NewStringType::kNormal,
      static_cast<int>(len));
  free(data);
  return s;
}

// ---- base64 / hex codecs ----

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kB64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Decoding accepts both alphabets; 64 = not a base64 digit (skipped), 65 = '=' (stops).
struct B64Table {
  uint8_t v[256];
  B64Table() {
    memset(v, 64, sizeof v);
    for (int i = 0; i < 64; i++) {
      v[static_cast<uint8_t>(kB64[i])] = static_cast<uint8_t>(i);
      v[static_cast<uint8_t>(kB64Url[i])] = static_cast<uint8_t>(i);
    }
    v[static_cast<uint8_t>('=')] = 65;
  }
};
const B64Table kB64Dec;

// The fast decoding path: each digit's 6 bits pre-shifted to their place in a 24-bit
// group, so a group is four loads and three ORs; anything not a digit sets bit 24.
struct B64Shifted {
  uint32_t d[4][256];
  B64Shifted() {
    for (int k = 0; k < 4; k++) {
      for (int c = 0; c < 256; c++) {
        uint8_t v = kB64Dec.v[c];
        d[k][c] = v < 64 ? static_cast<uint32_t>(v) << (18 - 6 * k) : 1u << 24;
      }
    }
  }
};
const B64Shifted kB64Shifted;

size_t Base64EncodedLength(size_t n, bool url) {
  return url ? (n / 3) * 4 + ((n % 3) ? (n % 3) + 1 : 0) : ((n + 2) / 3) * 4;
}

// 12 bits -> two base64 digits at once, for each alphabet.
struct B64Pairs {
  uint16_t std[4096];
  uint16_t url[4096];
  B64Pairs() {
    for (int i = 0; i < 4096; i++) {
      char a[2] = {kB64[i >> 6], kB64[i & 63]};
      char b[2] = {kB64Url[i >> 6], kB64Url[i & 63]};
      memcpy(&std[i], a, 2);
      memcpy(&url[i], b, 2);
    }
  }
};
const B64Pairs kB64Pairs;


#if defined(__x86_64__)
// SSSE3 encoding, 12 bytes to 16 digits per step. Returns the input bytes consumed
// (a multiple of 12); the scalar loop does the rest.
__attribute__((target("ssse3"))) size_t Base64EncodeSsse3(const uint8_t* src, size_t n,
                                                            char* out, bool url) {
  size_t i = 0;
  // Each 32-bit lane gets bytes b, a, c, b of its group a b c: as 16-bit halves a:b
  // and b:c, from which the four 6-bit indices are cut with two multiplies.
  const __m128i spread = _mm_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  // Indices 52+ already carry -4 (digits); 62 and 63 need their symbol's offset instead.
  const __m128i plus_off = _mm_set1_epi8(url ? ('-' - 62) + 4 : ('+' - 62) + 4);
  const __m128i slash_off = _mm_set1_epi8(url ? ('_' - 63) + 4 : ('/' - 63) + 4);
  for (; i + 16 <= n; i += 12) {
    __m128i in = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i)),
                                  spread);
    // Index 0 (a >> 2) into byte 0, index 2 ((b & 15) << 2 | c >> 6) into byte 2.
    __m128i t0 = _mm_mulhi_epu16(_mm_and_si128(in, _mm_set1_epi32(0x0FC0FC00)),
                                 _mm_set1_epi32(0x04000040));
    // Index 1 ((a & 3) << 4 | b >> 4) into byte 1, index 3 (c & 63) into byte 3.
    __m128i t1 = _mm_mullo_epi16(_mm_and_si128(in, _mm_set1_epi32(0x003F03F0)),
                                 _mm_set1_epi32(0x01000010));
    __m128i idx = _mm_or_si128(t0, t1);
    // Index -> ASCII by adding its range's offset: A-Z +65, a-z +71, 0-9 -4, then the
    // two symbols of the alphabet.
    __m128i off = _mm_set1_epi8(65);
    off = _mm_add_epi8(off, _mm_and_si128(_mm_cmpgt_epi8(idx, _mm_set1_epi8(25)),
                                          _mm_set1_epi8(6)));
    off = _mm_add_epi8(off, _mm_and_si128(_mm_cmpgt_epi8(idx, _mm_set1_epi8(51)),
                                          _mm_set1_epi8(-75)));
    off = _mm_add_epi8(off, _mm_and_si128(_mm_cmpeq_epi8(idx, _mm_set1_epi8(62)), plus_off));
    off = _mm_add_epi8(off, _mm_and_si128(_mm_cmpeq_epi8(idx, _mm_set1_epi8(63)), slash_off));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i / 3 * 4), _mm_add_epi8(idx, off));
  }
  return i;
}
#endif

#if defined(__x86_64__)
// AVX2 encoding: the SSSE3 index split on two 12-byte groups at once (one per 128-bit
// lane), then one table lookup for the ASCII offset instead of a compare per range.
// Reads 4 bytes past each group, so it stops 28 bytes short of the end; returns the
// input bytes consumed (a multiple of 24).
__attribute__((target("avx2"))) size_t Base64EncodeAvx2(const uint8_t* src, size_t n,
                                                          char* out, bool url) {
  size_t i = 0;
  const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                          1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  // Index -> ASCII offset, looked up by a small class number: 0 for a-z (26..51),
  // 1..10 for the digits (52..61), 11 and 12 for the two symbols, 13 for A-Z.
  const int8_t plus = url ? '-' - 62 : '+' - 62, slash = url ? '_' - 63 : '/' - 63;
  const __m256i offsets = _mm256_setr_epi8(
      71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, plus, slash, 65, 0, 0,
      71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, plus, slash, 65, 0, 0);
  for (; i + 28 <= n; i += 24) {
    __m256i in = _mm256_setr_m128i(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i)),
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 12)));
    in = _mm256_shuffle_epi8(in, spread);
    __m256i t0 = _mm256_mulhi_epu16(_mm256_and_si256(in, _mm256_set1_epi32(0x0FC0FC00)),
                                    _mm256_set1_epi32(0x04000040));
    __m256i t1 = _mm256_mullo_epi16(_mm256_and_si256(in, _mm256_set1_epi32(0x003F03F0)),
                                    _mm256_set1_epi32(0x01000010));
    __m256i idx = _mm256_or_si256(t0, t1);
    __m256i cls = _mm256_subs_epu8(idx, _mm256_set1_epi8(51));
    __m256i upper = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), idx);
    cls = _mm256_or_si256(cls, _mm256_and_si256(upper, _mm256_set1_epi8(13)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + i / 3 * 4),
                        _mm256_add_epi8(idx, _mm256_shuffle_epi8(offsets, cls)));
  }
  return i;
}
#endif

#if defined(__x86_64__)
struct B64Spread {
  alignas(64) uint8_t bytes[64];
  B64Spread() {
    for (int k = 0; k < 16; k++) {
      bytes[4 * k] = static_cast<uint8_t>(3 * k + 1);
      bytes[4 * k + 1] = static_cast<uint8_t>(3 * k);
      bytes[4 * k + 2] = static_cast<uint8_t>(3 * k + 2);
      bytes[4 * k + 3] = static_cast<uint8_t>(3 * k + 1);
    }
  }
};
const B64Spread kB64Spread;

// AVX-512 VBMI encoding, 48 bytes to 64 digits per step: one byte permute puts each
// group a b c into a 32-bit lane as b a c b (a:b and b:c as 16-bit halves, as in the
// SSSE3 version), one multishift cuts the four 6-bit indices out of each lane (bits 10,
// 4, 22 and 16; the two stray high bits are ignored by the next permute), and one
// permute of the 64-letter alphabet turns indices into digits. Returns the input bytes
// consumed (a multiple of 48).
__attribute__((target("avx512f,avx512bw,avx512vbmi"))) size_t Base64EncodeVbmi(
    const uint8_t* src, size_t n, char* out, bool url) {
  const __m512i spread = _mm512_load_si512(kB64Spread.bytes);
  const __m512i shifts = _mm512_set1_epi64(0x3036242a1016040aLL);
  const __m512i alphabet = _mm512_loadu_si512(url ? kB64Url : kB64);
  const __mmask64 in_mask = (1ULL << 48) - 1;  // masked lanes are never read
  size_t i = 0;
  for (; i + 48 <= n; i += 48) {
    __m512i in = _mm512_maskz_loadu_epi8(in_mask, src + i);
    __m512i lanes = _mm512_permutexvar_epi8(spread, in);
    __m512i idx = _mm512_multishift_epi64_epi8(shifts, lanes);
    _mm512_storeu_si512(out + i / 3 * 4, _mm512_permutexvar_epi8(idx, alphabet));
  }
  return i;
}
#endif

size_t Base64Encode(const uint8_t* src, size_t n, char* out, bool url) {
  const char* tbl = url ? kB64Url : kB64;
  const uint16_t* pairs = url ? kB64Pairs.url : kB64Pairs.std;
  char* o = out;
  size_t i = 0;
#if defined(__x86_64__)
  if (kHasVbmi && n >= 48) {
    i = Base64EncodeVbmi(src, n, out, url);
    o += i / 3 * 4;
  }
  if (kHasAvx2 && n - i >= 28) {
    size_t used = Base64EncodeAvx2(src + i, n - i, o, url);
    i += used;
    o += used / 3 * 4;
  }
  if (kHasSsse3 && n - i >= 16) {
    size_t used = Base64EncodeSsse3(src + i, n - i, o, url);
    i += used;
    o += used / 3 * 4;
  }
#endif
  for (; i + 3 <= n; i += 3) {
    uint32_t w = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
    memcpy(o, &pairs[w >> 12], 2);
    memcpy(o + 2, &pairs[w & 4095], 2);
    o += 4;
  }
  size_t rest = n - i;
  if (rest == 1) {
    uint32_t w = src[i] << 16;
    *o++ = tbl[w >> 18];
    *o++ = tbl[(w >> 12) & 63];
    if (!url) { *o++ = '='; *o++ = '='; }
  } else if (rest == 2) {
    uint32_t w = (src[i] << 16) | (src[i + 1] << 8);
    *o++ = tbl[w >> 18];
    *o++ = tbl[(w >> 12) & 63];
    *o++ = tbl[(w >> 6) & 63];
    if (!url) *o++ = '=';
  }
  return o - out;
}


#if defined(__x86_64__)
// SSSE3 decoding of 16 standard-alphabet digits into 12 bytes per step. Any block with
// something else in it ('=', '-', '_', whitespace, ...) is left to the scalar loop.
// Returns the number of source characters consumed; writes 3/4 of that to dst.
__attribute__((target("ssse3"))) size_t Base64DecodeSsse3(const uint8_t* src, size_t n,
                                                            uint8_t* dst, size_t cap) {
  size_t i = 0, out = 0;
  const __m128i pack_shuffle =
      _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  while (i + 16 <= n && out + 16 <= cap) {
    __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    // Signed byte compares: bytes >= 0x80 fall in no range and so count as invalid.
    __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(in, _mm_set1_epi8('A' - 1)),
                                  _mm_cmplt_epi8(in, _mm_set1_epi8('Z' + 1)));
    __m128i lower = _mm_and_si128(_mm_cmpgt_epi8(in, _mm_set1_epi8('a' - 1)),
                                  _mm_cmplt_epi8(in, _mm_set1_epi8('z' + 1)));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(in, _mm_set1_epi8('0' - 1)),
                                  _mm_cmplt_epi8(in, _mm_set1_epi8('9' + 1)));
    __m128i plus = _mm_cmpeq_epi8(in, _mm_set1_epi8('+'));
    __m128i slash = _mm_cmpeq_epi8(in, _mm_set1_epi8('/'));
    __m128i valid = _mm_or_si128(_mm_or_si128(upper, lower),
                                 _mm_or_si128(digit, _mm_or_si128(plus, slash)));
    if (_mm_movemask_epi8(valid) != 0xFFFF) break;
    // Character -> 6-bit value by adding the offset of its range.
    __m128i shift = _mm_and_si128(upper, _mm_set1_epi8(-'A'));
    shift = _mm_or_si128(shift, _mm_and_si128(lower, _mm_set1_epi8(26 - 'a')));
    shift = _mm_or_si128(shift, _mm_and_si128(digit, _mm_set1_epi8(52 - '0')));
    shift = _mm_or_si128(shift, _mm_and_si128(plus, _mm_set1_epi8(62 - '+')));
    shift = _mm_or_si128(shift, _mm_and_si128(slash, _mm_set1_epi8(63 - '/')));
    __m128i vals = _mm_add_epi8(in, shift);
    // Pairs of 6-bit values into 12 bits, pairs of those into 24 bits per 32-bit lane,
    // then the three bytes of each lane in big-endian order.
    __m128i twelve = _mm_maddubs_epi16(vals, _mm_set1_epi32(0x01400140));
    __m128i twentyfour = _mm_madd_epi16(twelve, _mm_set1_epi32(0x00011000));
    __m128i bytes = _mm_shuffle_epi8(twentyfour, pack_shuffle);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + out), bytes);
    i += 16;
    out += 12;
  }
  return i;
}

// AVX2 decoding, 32 standard-alphabet digits into 24 bytes per step. A digit's class
// comes from two nibble lookups (a bit set in both tables means "not a base64 digit"),
// its 6-bit value from adding an offset chosen by its high nibble ('/' shares its high
// nibble with '+', so it takes the slot below). Blocks with anything else stop the loop.
// Returns the source characters consumed; writes 3/4 of that to dst.
__attribute__((target("avx2"))) size_t Base64DecodeAvx2(const uint8_t* src, size_t n,
                                                          uint8_t* dst, size_t cap) {
  size_t i = 0, out = 0;
  // Bit k of lo_class[lo] is set when (high nibble of class k, lo) is not a digit.
  const __m256i lo_class = _mm256_setr_epi8(
      0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A, 0x1B, 0x1B,
      0x1B, 0x1A, 0x15, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x13, 0x1A,
      0x1B, 0x1B, 0x1B, 0x1A);
  // Class bit of each high nibble: 0x2_ 1, 0x3_ 2, 0x4_/0x6_ 4, 0x5_/0x7_ 8, others 16.
  const __m256i hi_class = _mm256_setr_epi8(
      0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
      0x10, 0x10, 0x10, 0x10, 0x01, 0x02, 0x04, 0x08, 0x04, 0x08, 0x10, 0x10, 0x10, 0x10,
      0x10, 0x10, 0x10, 0x10);
  // Offset by high nibble (slot 1 is '/'): '/'+16, '+'+19, '0'+4, 'A'-65, 'a'-71.
  const __m256i offsets = _mm256_setr_epi8(
      0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 16, 19, 4, -65, -65, -71, -71, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i pack_shuffle = _mm256_setr_epi8(
      2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
      2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  while (i + 32 <= n && out + 32 <= cap) {
    __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    __m256i hi = _mm256_and_si256(_mm256_srli_epi32(in, 4), nibble);
    __m256i lo = _mm256_and_si256(in, nibble);
    __m256i bad = _mm256_and_si256(_mm256_shuffle_epi8(lo_class, lo),
                                   _mm256_shuffle_epi8(hi_class, hi));
    if (!_mm256_testz_si256(bad, bad)) break;
    __m256i slash = _mm256_cmpeq_epi8(in, _mm256_set1_epi8('/'));
    __m256i vals =
        _mm256_add_epi8(in, _mm256_shuffle_epi8(offsets, _mm256_add_epi8(hi, slash)));
    // As in the SSSE3 loop: 6+6 bits, 12+12 bits, then the bytes of each lane in order
    // and the two lanes' 12 bytes next to each other.
    __m256i twelve = _mm256_maddubs_epi16(vals, _mm256_set1_epi32(0x01400140));
    __m256i twentyfour = _mm256_madd_epi16(twelve, _mm256_set1_epi32(0x00011000));
    __m256i bytes = _mm256_permutevar8x32_epi32(
        _mm256_shuffle_epi8(twentyfour, pack_shuffle), lanes);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + out), bytes);
    i += 32;
    out += 24;
  }
  return i;
}
#endif

// Node's lenient decoder: characters outside both alphabets are skipped, the first '='"""

// ends the data, a lone trailing digit is dropped. Returns bytes written (<= cap).
// UTF-16 units count by their low byte only, as in node ("\u0141" reads as 'A').
template <typename Char>
size_t Base64Decode(const Char* src, size_t n, uint8_t* dst, size_t cap) {
  size_t out = 0;
  size_t i = 0;
#if defined(__x86_64__)
  if constexpr (std::is_same_v<Char, uint8_t>) {
    if (kHasAvx2 && n >= 32) {
      i = Base64DecodeAvx2(src, n, dst, cap);
      out = i / 4 * 3;
    }
    // The AVX2 loop stops at the first block with a non-digit; 16-byte steps go closer.
    if (kHasSsse3 && n - i >= 16) {
      size_t used = Base64DecodeSsse3(src + i, n - i, dst + out, cap - out);
      i += used;
      out += used / 4 * 3;
    }
  }
#endif
  // Fast path: whole groups of four valid digits.
  const uint32_t(*d)[256] = kB64Shifted.d;
  while (i + 4 <= n && out + 3 <= cap) {
    uint32_t w = d[0][static_cast<uint8_t>(src[i])] | d[1][static_cast<uint8_t>(src[i + 1])] |
                 d[2][static_cast<uint8_t>(src[i + 2])] | d[3][static_cast<uint8_t>(src[i + 3])];
    if (w >> 24) break;
    dst[out] = static_cast<uint8_t>(w >> 16);
    dst[out + 1] = static_cast<uint8_t>(w >> 8);
    dst[out + 2] = static_cast<uint8_t>(w);
    out += 3;
    i += 4;
  }
  // Slow path: skip junk one character at a time.
  uint32_t acc = 0;
  int k = 0;
  for (; i < n && out < cap; i++) {
    uint8_t v = kB64Dec.v[static_cast<uint8_t>(src[i])];
    if (v == 65) break;
    if (v == 64) continue;
    acc = (acc << 6) | v;
    if (++k == 4) {
      dst[out++] = acc >> 16;
      if (out < cap) dst[out++] = (acc >> 8) & 0xff;
      if (out < cap) dst[out++] = acc & 0xff;
      acc = 0;
      k = 0;
    }
  }
  if (k == 2 && out < cap) {
    dst[out++] = (acc >> 4) & 0xff;
  } else if (k == 3 && out < cap) {
    dst[out++] = (acc >> 10) & 0xff;
    if (out < cap) dst[out++] = (acc >> 2) & 0xff;
  }
  return out;
}

// Byte -> its two hex digits, as the two bytes of a uint16 in memory order.
struct HexPairs {
  uint16_t v[256];
  HexPairs() {
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 256; i++) {
      char pair[2] = {digits[i >> 4], digits[i & 15]};
      memcpy(&v[i], pair, 2);
    }
  }
};
const HexPairs kHexPairs;

void HexEncode(const uint8_t* src, size_t n, char* out) {
  for (size_t i = 0; i < n; i++) memcpy(out + 2 * i, &kHexPairs.v[src[i]], 2);
}

struct HexTable {
  int8_t v[256];
  HexTable() {
    memset(v, -1, sizeof v);
    for (int i = 0; i < 10; i++) v['0' + i] = static_cast<int8_t>(i);
    for (int i = 0; i < 6; i++) {
      v['a' + i] = static_cast<int8_t>(10 + i);
      v['A' + i] = static_cast<int8_t>(10 + i);
    }
  }
};
const HexTable kHexDec;

// Stops at the first pair that is not two hex digits, as node does (UTF-16 units by
// their low byte, like base64).
template <typename Char>
size_t HexDecode(const Char* src, size_t n, uint8_t* dst, size_t cap) {
  size_t pairs = std::min(n / 2, cap);
  for (size_t i = 0; i < pairs; i++) {
    int hi = kHexDec.v[static_cast<uint8_t>(src[2 * i])];
    int lo = kHexDec.v[static_cast<uint8_t>(src[2 * i + 1])];
    if ((hi | lo) < 0) return i;
    dst[i] = static_cast<uint8_t>((hi << 4) | lo);
  }
  return pairs;
}

// ---- string -> bytes ----

// The characters of a string as either Latin-1 bytes or UTF-16 units, for the decoders.
class FlatChars {
 public:
  FlatChars(v8::Isolate* isolate, v8::Local<v8::String> s) {
    length_ = s->Length();
    one_byte_ = s->IsOneByte() || s->ContainsOnlyOneByte();
    if (one_byte_) {
      if (s->IsExternalOneByte()) {
        latin1_ = reinterpret_cast<const uint8_t*>(s->GetExternalOneByteStringResource()->data());
        return;
      }
      uint8_t* buf = Room(length_ + 1);
      s->WriteOneByte(isolate, buf, 0, static_cast<int>(length_), v8::String::NO_NULL_TERMINATION);
      latin1_ = buf;
    } else {
      uint8_t* buf = Room(2 * length_ + 2);
      s->Write(isolate, reinterpret_cast<uint16_t*>(buf), 0, static_cast<int>(length_),
               v8::String::NO_NULL_TERMINATION);
      utf16_ = reinterpret_cast<const uint16_t*>(buf);
    }
  }
  template <typename F>
  size_t Apply(F f) const {
    return one_byte_ ? f(latin1_, length_) : f(utf16_, length_);
  }

 private:
  // Short strings are copied to the stack; only long ones cost a heap allocation.
  uint8_t* Room(size_t bytes) {
    if (bytes <= sizeof(inline_)) return inline_;
    own_.reset(new uint8_t[bytes]);
    return own_.get();
  }

  size_t length_ = 0;
  bool one_byte_ = false;
  const uint8_t* latin1_ = nullptr;
  const uint16_t* utf16_ = nullptr;
  std::unique_ptr<uint8_t[]> own_;
  alignas(16) uint8_t inline_[4096];
};

// Writes `s` into dst[0..cap) in `enc`; returns the byte count. UTF-8 never writes half
// a character (V8 stops short), UTF-16 never half a unit.
size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> s, int enc, uint8_t* dst,
                   size_t cap) {
  if (cap == 0) return 0;
  int icap = static_cast<int>(std::min(cap, static_cast<size_t>(INT32_MAX)));
  switch (enc) {
    case kLatin1:
    case kAscii:
      return s->WriteOneByte(isolate, dst, 0, icap, v8::String::NO_NULL_TERMINATION);
    case kUcs2: {
      int units = std::min(icap / 2, s->Length());
      if (units == 0) return 0;
      if ((reinterpret_cast<uintptr_t>(dst) & 1) == 0) {
        return 2 * s->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0, units,
                            v8::String::NO_NULL_TERMINATION);
      }
      std::unique_ptr<uint16_t[]> tmp(new uint16_t[units]);
      int n = s->Write(isolate, tmp.get(), 0, units, v8::String::NO_NULL_TERMINATION);
      memcpy(dst, tmp.get(), 2 * n);
      return 2 * n;
    }
    case kBase64:
    case kBase64Url: {
      FlatChars fc(isolate, s);
      return fc.Apply([&](auto p, size_t n) { return Base64Decode(p, n, dst, cap); });
    }
    case kHex: {
      FlatChars fc(isolate, s);
      return fc.Apply([&](auto p, size_t n) { return HexDecode(p, n, dst, cap); });
    }
    default:
      return s->WriteUtf8(isolate, reinterpret_cast<char*>(dst), icap, nullptr,
                          v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  }
}

// write(target, string, offset, maxLength, enc) -> bytes written
void Write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[1]->IsString()) return info.GetReturnValue().Set(0);
  Bytes b = GetBytes(info[0]);
  size_t offset = ArgSize(info[2], 0, b.length);
  size_t max = ArgSize(info[3], b.length - offset, b.length - offset);
  int enc = info[4]->Int32Value(isolate->GetCurrentContext()).FromMaybe(kUtf8);
  size_t n = WriteString(isolate, info[1].As<v8::String>(), enc, b.data + offset, max);
  info.GetReturnValue().Set(static_cast<double>(n));
}

// byteLengthUtf8(string)
void ByteLengthUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsString()) return;
  info.GetReturnValue().Set(info[0].As<v8::String>()->Utf8Length(info.GetIsolate()));
}

// fromString(string, enc) -> ArrayBuffer holding exactly the encoded bytes. One call
// for Buffer.from(string): measuring and writing UTF-8 separately costs two passes.
void FromString(const v8::FunctionCallbackInfo<v8::Value>& info);

// ---- bytes -> string ----

bool AllAscii(const uint8_t* p, size_t n) {
  uint64_t acc = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; i++) acc |= p[i];
  return (acc & 0x8080808080808080ull) == 0;
}

v8::MaybeLocal<v8::String> Decode(v8::Isolate* isolate, const uint8_t* p, size_t n, int enc) {
  if (n == 0) return v8::String::Empty(isolate);
  switch (enc) {
    case kLatin1:
      if (n > static_cast<size_t>(v8::String::kMaxLength)) break;
      if (n >= kExternalThreshold) {
        char* copy = static_cast<char*>(malloc(n));
        if (copy == nullptr) break;
        memcpy(copy, p, n);
        return OneByteFromMalloc(isolate, copy, n);
      }
      return v8::String::NewFromOneByte(isolate, p, v8::NewStringType::kNormal,
                                        static_cast<int>(n));
    case kAscii: {
      if (n > static_cast<size_t>(v8::String::kMaxLength)) break;
      char* out = static_cast<char*>(malloc(n));
      if (out == nullptr) break;
      for (size_t i = 0; i < n; i++) out[i] = static_cast<char>(p[i] & 0x7f);
      return OneByteFromMalloc(isolate, out, n);
    }
    case kUcs2: {
      size_t units = n / 2;
      if (units > static_cast<size_t>(v8::String::kMaxLength)) break;
      if ((reinterpret_cast<uintptr_t>(p) & 1) == 0) {
        return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(p),
                                          v8::NewStringType::kNormal, static_cast<int>(units));
      }
      std::unique_ptr<uint16_t[]> tmp(new uint16_t[units]);
      memcpy(tmp.get(), p, units * 2);
      return v8::String::NewFromTwoByte(isolate, tmp.get(), v8::NewStringType::kNormal,
                                        static_cast<int>(units));
    }
    case kBase64:
    case kBase64Url: {
      bool url = enc == kBase64Url;
      size_t len = Base64EncodedLength(n, url);
      if (len > static_cast<size_t>(v8::String::kMaxLength)) break;
      // Short results are made on the stack: malloc and free cost as much as the encoding.
      if (len <= kStackOutput) {
        char tmp[kStackOutput + 32];
        Base64Encode(p, n, tmp, url);
        return v8::String::NewFromOneByte(isolate, reinterpret_cast<uint8_t*>(tmp),
                                          v8::NewStringType::kNormal, static_cast<int>(len));
      }
      char* out = static_cast<char*>(malloc(len ? len : 1));
      if (out == nullptr) break;
      Base64Encode(p, n, out, url);
      return OneByteFromMalloc(isolate, out, len);
    }
    case kHex: {
      if (n > static_cast<size_t>(v8::String::kMaxLength) / 2) break;
      if (2 * n <= kStackOutput) {
        char tmp[kStackOutput];
        HexEncode(p, n, tmp);
        return v8::String::NewFromOneByte(isolate, reinterpret_cast<uint8_t*>(tmp),
                                          v8::NewStringType::kNormal, static_cast<int>(2 * n));
      }
      char* out = static_cast<char*>(malloc(2 * n));
      if (out == nullptr) break;
      HexEncode(p, n, out);
      return OneByteFromMalloc(isolate, out, 2 * n);
    }
    default:
      if (n > static_cast<size_t>(INT32_MAX)) break;
      // ASCII is its own Latin-1: a copy, without V8's character-by-character decoder.
      if (n >= 16 && n <= static_cast<size_t>(v8::String::kMaxLength) && AllAscii(p, n)) {
        return Decode(isolate, p, n, kLatin1);
      }
      return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(p),
                                     v8::NewStringType::kNormal, static_cast<int>(n));
  }
  return {};
}

// slice(view, enc, start, end) -> string
void Slice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Bytes b = GetBytes(info[0]);
  int enc = info[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(kUtf8);
  size_t start = ArgSize(info[2], 0, b.length);
  size_t end = ArgSize(info[3], b.length, b.length);
  if (end < start) end = start;
  v8::Local<v8::String> s;
  bool rethrown = false;
  {
    v8::TryCatch tc(isolate);
    if (Decode(isolate, b.data + start, end - start, enc).ToLocal(&s)) {
      info.GetReturnValue().Set(s);
      return;
    }
    // Keep our own ERR_STRING_TOO_LONG; V8's "Invalid string length" becomes that.
    if (tc.HasCaught() && tc.Exception()->IsObject()) {
      v8::Local<v8::Value> code;
      if (tc.Exception()
              .As<v8::Object>()
              ->Get(isolate->GetCurrentContext(), Name(isolate, "code"))
              .ToLocal(&code) &&
          code->IsString()) {
        tc.ReThrow();
        rethrown = true;
      }
    }
  }
  if (!rethrown) ThrowStringTooLong(isolate);
}

// UTF-8 of long strings. Short ones are written straight into a worst-case buffer (3
// bytes per UTF-16 unit) that realloc shrinks in place. Above kUtf8ScratchAbove units
// that worst case is megabytes faulted in and handed back on every call (0.7x node on a
// 1 MB string), so the bytes go through a malloc'd scratch that the heap keeps warm and
// are copied into an exact-size buffer: a memcpy is cheaper than node's measuring walk.
// Above kUtf8MeasureAbove the scratch itself would be too much memory at once, and the
// string is measured first.
constexpr size_t kUtf8ScratchAbove = 64 * 1024;
constexpr size_t kUtf8MeasureAbove = 16 * 1024 * 1024;

bool FromLongUtf8(v8::Isolate* isolate, v8::Local<v8::String> s, size_t len,
                  std::unique_ptr<v8::BackingStore>* out) {
  if (len > kUtf8MeasureAbove) {
    size_t n = static_cast<size_t>(s->Utf8Length(isolate));
    *out = v8::ArrayBuffer::NewBackingStoreForNodeLTS(isolate, n);
    if (!*out) return false;
    WriteString(isolate, s, kUtf8, static_cast<uint8_t*>((*out)->Data()), n);
    return true;
  }
  std::unique_ptr<uint8_t, decltype(&free)> scratch(static_cast<uint8_t*>(malloc(3 * len)),
                                                    &free);
  if (!scratch) return false;
  size_t n = WriteString(isolate, s, kUtf8, scratch.get(), 3 * len);
  *out = v8::ArrayBuffer::NewBackingStoreForNodeLTS(isolate, n);
  if (!*out) return false;
  memcpy((*out)->Data(), scratch.get(), n);
  return true;
}

void FromString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) return;
  v8::Local<v8::String> s = info[0].As<v8::String>();
  int enc = info[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(kUtf8);
  size_t len = s->Length();
  size_t cap;
  switch (enc) {
    case kUcs2: cap = 2 * len; break;
    case kLatin1:
    case kAscii: cap = len; break;
    case kHex: cap = len / 2; break;
    case kBase64:
    case kBase64Url: cap = (len * 3 + 3) / 4; break;
    default:
      cap = 3 * len;
      if (len > kUtf8ScratchAbove) {
        std::unique_ptr<v8::BackingStore> store;
        if (!FromLongUtf8(isolate, s, len, &store)) {
          ThrowCodeError(isolate, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                         "Failed to allocate memory");
          return;
        }
        info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
        return;
      }
      break;
  }
  // The isolate's allocator, uninitialized (see CreateUnsafeArrayBuffer), shrunk in
  // place by realloc when the worst case was not reached.
  std::unique_ptr<v8::BackingStore> store;
  if (cap != 0) {
    store = v8::ArrayBuffer::NewBackingStoreForNodeLTS(isolate, cap);
    if (!store) {
      ThrowCodeError(isolate, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                     "Failed to allocate memory");
      return;
    }
  }
  size_t n = cap ? WriteString(isolate, s, enc, static_cast<uint8_t*>(store->Data()), cap) : 0;
  if (n == 0) {
    store = v8::ArrayBuffer::NewBackingStore(isolate, 0);
  } else if (n < cap) {
    store = v8::BackingStore::Reallocate(isolate, std::move(store), n);
  }
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// ---- bytes ----

// createUnsafeArrayBuffer(size): memory not zeroed, for allocUnsafe and the pool.
void CreateUnsafeArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t size = ArgSize(info[0], 0, SIZE_MAX);
  if (size == 0) {
    info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
    return;
  }
  // Through the isolate's allocator, uninitialized (V8 10.2 has no public mode for it;
  // this entry point is the one libnode keeps for exactly this). A backing store over
  // our own malloc with a custom deleter cost 3x more per buffer (allocUnsafe of 2 MiB:
  // 23 us against 7 us) in V8's bookkeeping and its sweeper.
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStoreForNodeLTS(isolate, size);
  if (!store) {
    ThrowCodeError(isolate, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                   "Array buffer allocation failed");
    return;
  }
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// compare(a, b, aStart, aEnd, bStart, bEnd) -> -1 | 0 | 1
void Compare(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes a = GetBytes(info[0]), b = GetBytes(info[1]);
  size_t as = ArgSize(info[2], 0, a.length), ae = ArgSize(info[3], a.length, a.length);
  size_t bs = ArgSize(info[4], 0, b.length), be = ArgSize(info[5], b.length, b.length);
  size_t al = ae > as ? ae - as : 0, bl = be > bs ? be - bs : 0;
  size_t n = std::min(al, bl);
  int r = n ? memcmp(a.data + as, b.data + bs, n) : 0;
  if (r == 0) r = al < bl ? -1 : al > bl ? 1 : 0;
  info.GetReturnValue().Set(r < 0 ? -1 : r > 0 ? 1 : 0);
}

// copy(source, target, targetStart, sourceStart, sourceEnd) -> bytes copied
void Copy(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes s = GetBytes(info[0]), t = GetBytes(info[1]);
  size_t ts = ArgSize(info[2], 0, t.length);
  size_t ss = ArgSize(info[3], 0, s.length);
  size_t se = ArgSize(info[4], s.length, s.length);
  size_t n = se > ss ? std::min(se - ss, t.length - ts) : 0;
  if (n) memmove(t.data + ts, s.data + ss, n);
  info.GetReturnValue().Set(static_cast<double>(n));
}

// fill(target, pattern, start, end): repeats the pattern's bytes over [start, end).
// Indices outside the target (negative, past its end, or start after end) throw
// ERR_OUT_OF_RANGE rather than being clamped: a caller that got here with them has a bug
// that clamping would hide, and node's binding refuses them the same way.
void Fill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Bytes t = GetBytes(info[0]), p = GetBytes(info[1]);
  double s = info[2]->IsUndefined() ? 0 : info[2]->NumberValue(isolate->GetCurrentContext()).FromMaybe(-1);
  double e = info[3]->IsUndefined() ? static_cast<double>(t.length)
                                    : info[3]->NumberValue(isolate->GetCurrentContext()).FromMaybe(-1);
  if (!(s >= 0) || !(e >= 0) || s > e || e > static_cast<double>(t.length)) {
    ThrowCodeError(isolate, "RangeError", "ERR_OUT_OF_RANGE", "Index out of range");
    return;
  }
  size_t start = static_cast<size_t>(s), end = static_cast<size_t>(e);
  if (end <= start || p.length == 0) return;
  size_t n = end - start;
  uint8_t* d = t.data + start;
  if (p.length == 1) {
    memset(d, p.data[0], n);
    return;
  }
  size_t first = std::min(n, p.length);
  memmove(d, p.data, first);
  // Double the filled prefix each round.
  size_t done = first;
  while (done < n) {
    size_t k = std::min(done, n - done);
    memcpy(d + done, d, k);
    done += k;
  }
}

// indexOfBuffer(haystack, needle, byteOffset, step, forward) -> index or -1.
// step is 2 for UTF-16 searches, which match only at even offsets as in node.
void IndexOfBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  Bytes h = GetBytes(info[0]), nd = GetBytes(info[1]);
  double off = info[2]->NumberValue(ctx).FromMaybe(0);
  int step = info[3]->Int32Value(ctx).FromMaybe(1) == 2 ? 2 : 1;
  bool forward = info[4]->BooleanValue(info.GetIsolate());
  info.GetReturnValue().Set(-1);
  size_t hl = h.length, nl = nd.length;
  if (nl > hl) return;
  size_t last = hl - nl;  // last start position that fits
  if (forward) {
    size_t i = off <= 0 ? 0 : off > static_cast<double>(hl) ? hl + 1 : static_cast<size_t>(off);
    if (i > last) return;
    if (nl == 0) return info.GetReturnValue().Set(static_cast<double>(i));
    if (step == 1) {
      const uint8_t* base = h.data;
      const uint8_t* p = base + i;
      const uint8_t* endp = base + last + 1;
      while (p < endp) {
        p = static_cast<const uint8_t*>(memchr(p, nd.data[0], endp - p));
        if (p == nullptr) return;
        if (memcmp(p, nd.data, nl) == 0)
          return info.GetReturnValue().Set(static_cast<double>(p - base));
        p++;
      }
      return;
    }
    for (; i <= last; i++) {
      if ((i & 1) == 0 && memcmp(h.data + i, nd.data, nl) == 0)
        return info.GetReturnValue().Set(static_cast<double>(i));
    }
    return;
  }
  double startd = off < 0 ? 0 : off;
  size_t i = startd >= static_cast<double>(last) ? last : static_cast<size_t>(startd);
  if (nl == 0) return info.GetReturnValue().Set(static_cast<double>(i));
  for (;; i--) {
    if ((step == 1 || (i & 1) == 0) && h.data[i] == nd.data[0] &&
        memcmp(h.data + i, nd.data, nl) == 0)
      return info.GetReturnValue().Set(static_cast<double>(i));
    if (i == 0) return;
  }
}

// indexOfNumber(haystack, byte, byteOffset, forward)
void IndexOfNumber(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  Bytes h = GetBytes(info[0]);
  uint8_t c = static_cast<uint8_t>(info[1]->Uint32Value(ctx).FromMaybe(0));
  double off = info[2]->NumberValue(ctx).FromMaybe(0);
  bool forward = info[3]->BooleanValue(info.GetIsolate());
  info.GetReturnValue().Set(-1);
  if (h.length == 0) return;
  if (forward) {
    if (off >= static_cast<double>(h.length)) return;
    size_t i = off <= 0 ? 0 : static_cast<size_t>(off);
    const void* p = memchr(h.data + i, c, h.length - i);
    if (p) info.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(p) - h.data));
    return;
  }
  if (off < 0) return;
  size_t i = off >= static_cast<double>(h.length - 1) ? h.length - 1 : static_cast<size_t>(off);
  const void* p = memrchr(h.data, c, i + 1);
  if (p) info.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(p) - h.data));
}

// isUtf8(view): strict UTF-8 (no surrogates, no overlongs, nothing past U+10FFFF).
void IsUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes b = GetBytes(info[0]);
  const uint8_t* p = b.data;
  size_t n = b.length, i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    uint8_t c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return info.GetReturnValue().Set(false);
    }
    if (i + len > n) return info.GetReturnValue().Set(false);
    for (size_t k = 1; k < len; k++) {
      if ((p[i + k] & 0xc0) != 0x80) return info.GetReturnValue().Set(false);
      cp = (cp << 6) | (p[i + k] & 0x3f);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
      return info.GetReturnValue().Set(false);
    i += len;
  }
  info.GetReturnValue().Set(true);
}

// isDetached(arrayBuffer): transferred away (structuredClone transfer, postMessage).
void IsDetached(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() &&
                            info[0].As<v8::ArrayBuffer>()->WasDetached());
}

void IsAscii(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Bytes b = GetBytes(info[0]);
  uint8_t acc = 0;
  for (size_t i = 0; i < b.length; i++) acc |= b.data[i];
  info.GetReturnValue().Set(acc < 0x80);
}

}  // namespace

void InitBufferBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> ctx = rt->context();
  v8::Isolate* isolate = ctx->GetIsolate();
  SetMethod(ctx, target, "byteLengthUtf8", ByteLengthUtf8);
  SetMethod(ctx, target, "write", Write);
  SetMethod(ctx, target, "slice", Slice);
  SetMethod(ctx, target, "fromString", FromString);
  SetMethod(ctx, target, "createUnsafeArrayBuffer", CreateUnsafeArrayBuffer);
  SetMethod(ctx, target, "compare", Compare);
  SetMethod(ctx, target, "copy", Copy);
  SetMethod(ctx, target, "fill", Fill);
  SetMethod(ctx, target, "indexOfBuffer", IndexOfBuffer);
  SetMethod(ctx, target, "indexOfNumber", IndexOfNumber);
  SetMethod(ctx, target, "isUtf8", IsUtf8);
  SetMethod(ctx, target, "isAscii", IsAscii);
  SetMethod(ctx, target, "isDetached", IsDetached);
  SetValue(ctx, target, "kMaxLength",
           v8::Number::New(isolate, static_cast<double>(v8::TypedArray::kMaxLength)));
  SetValue(ctx, target, "kStringMaxLength", v8::Integer::New(isolate, v8::String::kMaxLength));
}

}  // namespace nodus
