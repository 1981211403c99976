/* The zlib plugin's native half: one handle class wrapping a zlib or brotli stream.
 *
 * zlib.js drives a handle as node's `_handle`: init() once, then write() (on libuv's
 * thread pool, completion reported to the handle's callback) or writeSync() (now) over
 * caller-owned input and output buffers; the counts left over (avail_out, avail_in) land
 * in a Uint32Array the JS side shares, so no object is built per call. Errors are
 * reported, never thrown, through handle.onerror(message, errno, code): the JS stream
 * decides how they surface. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#include <zlib.h>

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <node_api.h>

#define CHECK(call)                     \
  do {                                  \
    if ((call) != napi_ok) return NULL; \
  } while (0)

/* Modes, as zlib.constants numbers them. */
enum { M_NONE, M_DEFLATE, M_INFLATE, M_GZIP, M_GUNZIP, M_DEFLATERAW, M_INFLATERAW, M_UNZIP,
       M_BROTLI_DECODE, M_BROTLI_ENCODE };

/* Brotli parameter slots the JS side may fill (encoder ids 0..8, decoder ids 0..1). */
#define NODUS_ZLIB_BROTLI_PARAMS 9

typedef struct {
  napi_env env;
  napi_ref self;        /* strong while a write is in flight */
  napi_ref on_done;     /* called after an async write */
  napi_ref write_state; /* Uint32Array [availOut, availIn] */
  uint32_t* state;
  napi_ref in_ref, out_ref; /* buffers kept alive during an async write */
  napi_async_work work;
  /* Made with the handle, so callbacks run in the async context (AsyncLocalStorage
   * store) of the code that created the stream, as node's zlib AsyncWrap. */
  napi_async_context async_context;
  int mode;
  int orig_mode; /* UNZIP turns into INFLATE or GUNZIP once it has seen the header */
  uint32_t brotli_params[NODUS_ZLIB_BROTLI_PARAMS];
  size_t n_brotli_params;
  int initialized;
  int in_flight;
  int pending_close;
  int closed;

  /* zlib */
  z_stream strm;
  int zlib_ready; /* 1 deflate, 2 inflate */
  int level, window_bits, mem_level, strategy;
  uint8_t* dict;
  size_t dict_len;
  int gzip_magic_seen; /* UNZIP: how many bytes of the gzip magic matched so far */

  /* brotli */
  BrotliEncoderState* enc;
  BrotliDecoderState* dec;

  /* the write in progress */
  int flush;
  int err;
  const uint8_t* next_in;
  size_t avail_in;
  uint8_t* next_out;
  size_t avail_out;
  int brotli_ok;
  BrotliDecoderResult dec_result;
  BrotliDecoderErrorCode dec_error;
} zhandle;

/* ------------------------------------------------------------------ the work itself */

static int is_inflate_mode(int mode) {
  return mode == M_INFLATE || mode == M_GUNZIP || mode == M_INFLATERAW || mode == M_UNZIP;
}

/* UNZIP reads both formats: zlib detects the header itself (windowBits + 32); we only
 * need to know whether it was gzip, because gzip members may follow one another. */
static void unzip_sniff(zhandle* h) {
  size_t i = 0;
  while (h->gzip_magic_seen < 2 && i < h->strm.avail_in) {
    uint8_t want = h->gzip_magic_seen == 0 ? 0x1f : 0x8b;
    if (h->strm.next_in[i] != want) {
      h->mode = M_INFLATE;
      return;
    }
    h->gzip_magic_seen++;
    i++;
  }
  if (h->gzip_magic_seen == 2) h->mode = M_GUNZIP;
}

static void do_zlib(zhandle* h) {
  h->strm.next_in = (Bytef*)h->next_in;
  h->strm.avail_in = (uInt)h->avail_in;
  h->strm.next_out = h->next_out;
  h->strm.avail_out = (uInt)h->avail_out;
  if (!is_inflate_mode(h->mode)) {
    h->err = deflate(&h->strm, h->flush);
  } else {
    if (h->mode == M_UNZIP) unzip_sniff(h);
    h->err = inflate(&h->strm, h->flush);
    if (h->err == Z_NEED_DICT && h->dict != NULL && h->mode != M_INFLATERAW) {
      int r = inflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
      /* A dictionary zlib refuses stays Z_NEED_DICT: reported as "Bad dictionary". */
      if (r == Z_OK) h->err = inflate(&h->strm, h->flush);
    }
    /* Concatenated gzip members decode as one stream; trailing zero padding is ignored,
     * anything else must be another member (or fails as one). */
    while (h->strm.avail_in > 0 && h->mode == M_GUNZIP && h->err == Z_STREAM_END &&
           h->strm.next_in[0] != 0) {
      inflateReset(&h->strm);
      h->err = inflate(&h->strm, h->flush);
    }
  }
  h->next_in = h->strm.next_in;
  h->avail_in = h->strm.avail_in;
  h->next_out = h->strm.next_out;
  h->avail_out = h->strm.avail_out;
}

static void do_brotli(zhandle* h) {
  size_t ai = h->avail_in, ao = h->avail_out;
  const uint8_t* ni = h->next_in;
  uint8_t* no = h->next_out;
  if (h->mode == M_BROTLI_ENCODE) {
    h->brotli_ok = BrotliEncoderCompressStream(h->enc, (BrotliEncoderOperation)h->flush, &ai, &ni,
                                               &ao, &no, NULL);
  } else {
    h->dec_result = BrotliDecoderDecompressStream(h->dec, &ai, &ni, &ao, &no, NULL);
    if (h->dec_result == BROTLI_DECODER_RESULT_ERROR) h->dec_error = BrotliDecoderGetErrorCode(h->dec);
  }
  h->next_in = ni;
  h->avail_in = ai;
  h->next_out = no;
  h->avail_out = ao;
}

static void do_write(zhandle* h) {
  if (h->mode == M_BROTLI_ENCODE || h->mode == M_BROTLI_DECODE) do_brotli(h);
  else do_zlib(h);
}

/* After a write: NULL if it went well, else the message; *errno_out and *code_out
 * (code NULL for brotli decoder errors: the JS side names them from the constants). */
static const char* write_error(zhandle* h, int* errno_out, const char** code_out) {
  *code_out = NULL;
  if (h->mode == M_BROTLI_ENCODE) {
    if (h->brotli_ok) return NULL;
    *errno_out = -1;
    *code_out = "ERR_BROTLI_COMPRESSION_FAILED";
    return "Compression failed";
  }
  if (h->mode == M_BROTLI_DECODE) {
    if (h->dec_result == BROTLI_DECODER_RESULT_ERROR) {
      *errno_out = (int)h->dec_error;
      return "Decompression failed";
    }
    if (h->flush == BROTLI_OPERATION_FINISH &&
        h->dec_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      *errno_out = Z_BUF_ERROR;
      *code_out = "Z_BUF_ERROR";
      return "unexpected end of file";
    }
    return NULL;
  }
  switch (h->err) {
    case Z_OK:
    case Z_BUF_ERROR:
      /* Asked to finish, room left for output, yet not at the end: input was cut short. */
      if (h->avail_out != 0 && h->flush == Z_FINISH) {
        *errno_out = Z_BUF_ERROR;
        *code_out = "Z_BUF_ERROR";
        return h->strm.msg ? h->strm.msg : "unexpected end of file";
      }
      return NULL;
    case Z_STREAM_END:
      return NULL;
    case Z_NEED_DICT:
      *errno_out = Z_NEED_DICT;
      *code_out = "Z_NEED_DICT";
      return h->dict == NULL ? "Missing dictionary" : "Bad dictionary";
    default: {
      static const char* names[] = {"Z_OK", "Z_ERRNO", "Z_STREAM_ERROR", "Z_DATA_ERROR",
                                    "Z_MEM_ERROR", "Z_BUF_ERROR", "Z_VERSION_ERROR"};
      *errno_out = h->err;
      *code_out = (h->err <= 0 && h->err >= -6) ? names[-h->err] : "Z_UNKNOWN";
      return h->strm.msg ? h->strm.msg : "Zlib error";
    }
  }
}

/* ------------------------------------------------------------------ lifetime */

static void free_engines(zhandle* h) {
  if (h->zlib_ready == 1) deflateEnd(&h->strm);
  if (h->zlib_ready == 2) inflateEnd(&h->strm);
  h->zlib_ready = 0;
  if (h->enc) BrotliEncoderDestroyInstance(h->enc);
  if (h->dec) BrotliDecoderDestroyInstance(h->dec);
  h->enc = NULL;
  h->dec = NULL;
  free(h->dict);
  h->dict = NULL;
  h->dict_len = 0;
}

static void del_ref(napi_env env, napi_ref* r) {
  if (*r) napi_delete_reference(env, *r);
  *r = NULL;
}

static void close_handle(zhandle* h) {
  if (h->closed) return;
  h->closed = 1;
  if (h->async_context) napi_async_destroy(h->env, h->async_context);
  h->async_context = NULL;
  free_engines(h);
  del_ref(h->env, &h->on_done);
  del_ref(h->env, &h->write_state);
  h->state = NULL;
}

static void finalize(napi_env env, void* data, void* hint) {
  zhandle* h = data;
  (void)hint;
  /* Never closed (dropped while open): its async context goes with it. */
  if (h->async_context) napi_async_destroy(env, h->async_context);
  free_engines(h);
  del_ref(env, &h->on_done);
  del_ref(env, &h->write_state);
  del_ref(env, &h->in_ref);
  del_ref(env, &h->out_ref);
  free(h);
}

static zhandle* unwrap(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv,
                       napi_value* self) {
  void* data = NULL;
  if (napi_get_cb_info(env, info, argc, argv, self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, *self, &data) != napi_ok || data == NULL) {
    napi_throw_type_error(env, "ERR_INVALID_THIS", "Value of \"this\" must be a zlib handle");
    return NULL;
  }
  return data;
}

static int get_int(napi_env env, napi_value v, int def) {
  int32_t out;
  if (napi_get_value_int32(env, v, &out) != napi_ok) return def;
  return out;
}

static napi_value undefined(napi_env env) {
  napi_value u;
  napi_get_undefined(env, &u);
  return u;
}

static napi_value handle_new(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  CHECK(napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  int mode = argc > 0 ? get_int(env, argv[0], 0) : 0;
  if (mode < M_DEFLATE || mode > M_BROTLI_ENCODE) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "Bad zlib mode");
    return NULL;
  }
  zhandle* h = calloc(1, sizeof(*h));
  if (h == NULL) {
    napi_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
    return NULL;
  }
  h->env = env;
  h->mode = mode;
  h->orig_mode = mode;
  napi_value name;
  if (napi_create_string_utf8(env, "ZLIB", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_async_init(env, self, name, &h->async_context) != napi_ok) {
    free(h);
    return NULL;
  }
  if (napi_wrap(env, self, h, finalize, NULL, NULL) != napi_ok) {
    napi_async_destroy(env, h->async_context);
    free(h);
    return NULL;
  }
  return self;
}

/* Stores the [availOut, availIn] array and the completion callback. */
static int set_state(napi_env env, zhandle* h, napi_value state, napi_value on_done) {
  napi_typedarray_type type;
  size_t length;
  void* data;
  if (napi_get_typedarray_info(env, state, &type, &length, &data, NULL, NULL) != napi_ok ||
      type != napi_uint32_array || length < 2) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "write state must be a Uint32Array(2)");
    return 0;
  }
  if (napi_create_reference(env, state, 1, &h->write_state) != napi_ok ||
      napi_create_reference(env, on_done, 1, &h->on_done) != napi_ok)
    return 0;
  h->state = data;
  return 1;
}

static int zlib_engine_init(zhandle* h) {
  int r;
  memset(&h->strm, 0, sizeof(h->strm));
  switch (h->mode) {
    case M_DEFLATE:
    case M_GZIP:
    case M_DEFLATERAW: {
      /* zlib no longer makes 8-bit raw windows; 9 reads the same data. */
      int bits = h->mode == M_DEFLATERAW && h->window_bits == 8 ? 9 : h->window_bits;
      int wb = h->mode == M_GZIP ? bits + 16 : h->mode == M_DEFLATERAW ? -bits : bits;
      r = deflateInit2(&h->strm, h->level, Z_DEFLATED, wb, h->mem_level, h->strategy);
      if (r == Z_OK) h->zlib_ready = 1;
      if (r == Z_OK && h->dict) r = deflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
      return r;
    }
    default: {
      int wb = h->mode == M_GUNZIP ? h->window_bits + 16
               : h->mode == M_UNZIP ? h->window_bits + 32
               : h->mode == M_INFLATERAW ? -h->window_bits : h->window_bits;
      r = inflateInit2(&h->strm, wb);
      if (r == Z_OK) h->zlib_ready = 2;
      /* Raw streams carry no dictionary id: the dictionary applies from the start. */
      if (r == Z_OK && h->dict && h->mode == M_INFLATERAW)
        r = inflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
      return r;
    }
  }
}

/* init(windowBits, level, memLevel, strategy, writeState, onDone, dictionary?) -> bool */
static napi_value handle_init(napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7], self, result;
  zhandle* h = unwrap(env, info, &argc, argv, &self);
  if (h == NULL) return NULL;
  if (h->initialized || argc < 6 || h->mode >= M_BROTLI_DECODE) {
    napi_throw_error(env, "ERR_ZLIB_INITIALIZATION_FAILED", "Initialization failed");
    return NULL;
  }
  h->window_bits = get_int(env, argv[0], 15);
  h->level = get_int(env, argv[1], Z_DEFAULT_COMPRESSION);
  h->mem_level = get_int(env, argv[2], 8);
  h->strategy = get_int(env, argv[3], Z_DEFAULT_STRATEGY);
  if (!set_state(env, h, argv[4], argv[5])) return NULL;
  if (argc > 6) {
    void* data;
    size_t len;
    bool is_ta = false;
    napi_is_typedarray(env, argv[6], &is_ta);
    if (is_ta) {
      napi_typedarray_type t;
      size_t n;
      if (napi_get_typedarray_info(env, argv[6], &t, &n, &data, NULL, NULL) == napi_ok) {
        len = n;  /* zlib.js passes a Buffer: one byte per element */
        h->dict = malloc(len ? len : 1);
        if (h->dict) {
          memcpy(h->dict, data, len);
          h->dict_len = len;
        }
      }
    }
  }
  int r = zlib_engine_init(h);
  h->initialized = 1;
  if (r != Z_OK) free_engines(h);
  CHECK(napi_get_boolean(env, r == Z_OK, &result));
  return result;
}

/* (Re)creates the brotli instance with the parameters given at init. */
static int brotli_engine_init(zhandle* h) {
  const uint32_t* params = h->brotli_params;
  size_t n = h->n_brotli_params;
  int ok;
  if (h->enc) BrotliEncoderDestroyInstance(h->enc);
  if (h->dec) BrotliDecoderDestroyInstance(h->dec);
  h->enc = NULL;
  h->dec = NULL;
  if (h->mode == M_BROTLI_ENCODE) {
    h->enc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    ok = h->enc != NULL;
    for (size_t i = 0; ok && i < n; i++)
      if (params[i] != UINT32_MAX)
        ok = BrotliEncoderSetParameter(h->enc, (BrotliEncoderParameter)i, params[i]);
  } else {
    h->dec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    ok = h->dec != NULL;
    for (size_t i = 0; ok && i < n; i++)
      if (params[i] != UINT32_MAX)
        ok = BrotliDecoderSetParameter(h->dec, (BrotliDecoderParameter)i, params[i]);
  }
  if (!ok) free_engines(h);
  return ok;
}

/* initBrotli(params Uint32Array (0xffffffff = unset), writeState, onDone) -> bool */
static napi_value handle_init_brotli(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], self, result;
  zhandle* h = unwrap(env, info, &argc, argv, &self);
  if (h == NULL) return NULL;
  if (h->initialized || argc < 3 || h->mode < M_BROTLI_DECODE) {
    napi_throw_error(env, "ERR_ZLIB_INITIALIZATION_FAILED", "Initialization failed");
    return NULL;
  }
  napi_typedarray_type type;
  size_t n = 0;
  void* data = NULL;
  if (napi_get_typedarray_info(env, argv[0], &type, &n, &data, NULL, NULL) != napi_ok ||
      type != napi_uint32_array) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "params must be a Uint32Array");
    return NULL;
  }
  if (!set_state(env, h, argv[1], argv[2])) return NULL;
  if (n > NODUS_ZLIB_BROTLI_PARAMS) n = NODUS_ZLIB_BROTLI_PARAMS;
  memcpy(h->brotli_params, data, n * sizeof(uint32_t));
  h->n_brotli_params = n;
  h->initialized = 1;
  int ok = brotli_engine_init(h);
  CHECK(napi_get_boolean(env, ok, &result));
  return result;
}

/* ------------------------------------------------------------------ writes */

static int buffer_range(napi_env env, napi_value buf, napi_value off, napi_value len,
                        uint8_t** ptr, size_t* n) {
  void* data;
  size_t total;
  uint32_t o, l;
  napi_typedarray_type t;
  if (napi_get_typedarray_info(env, buf, &t, &total, &data, NULL, NULL) != napi_ok ||
      t != napi_uint8_array || napi_get_value_uint32(env, off, &o) != napi_ok ||
      napi_get_value_uint32(env, len, &l) != napi_ok || (size_t)o + l > total)
    return 0;
  *ptr = (uint8_t*)data + o;
  *n = l;
  return 1;
}

/* Calls handle.onerror(message, errno, code) on the JS handle. */
static void report_error(napi_env env, napi_value self, const char* msg, int errnum,
                         const char* code) {
  napi_value fn, args[3];
  napi_valuetype t;
  if (napi_get_named_property(env, self, "onerror", &fn) != napi_ok) return;
  if (napi_typeof(env, fn, &t) != napi_ok || t != napi_function) return;
  napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &args[0]);
  napi_create_int32(env, errnum, &args[1]);
  if (code) napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &args[2]);
  else napi_get_undefined(env, &args[2]);
  napi_call_function(env, self, fn, 3, args, NULL);
}

/* Copies the counts out; on error tells JS. Returns 1 when the write went well. */
static int after_write(napi_env env, zhandle* h, napi_value self) {
  int errnum = 0;
  const char* code = NULL;
  const char* msg = write_error(h, &errnum, &code);
  if (h->state) {
    h->state[0] = (uint32_t)h->avail_out;
    h->state[1] = (uint32_t)h->avail_in;
  }
  if (msg == NULL) return 1;
  report_error(env, self, msg, errnum, code);
  return 0;
}

/* Parses (flush, in, inOff, inLen, out, outOff, outLen) into the handle. */
static int parse_write(napi_env env, zhandle* h, size_t argc, napi_value* argv) {
  uint8_t* in;
  uint8_t* out;
  size_t in_len, out_len;
  if (argc < 7 || !h->initialized || h->closed || (h->zlib_ready == 0 && !h->enc && !h->dec)) {
    napi_throw_error(env, "ERR_INVALID_STATE", "zlib binding closed");
    return 0;
  }
  if (h->in_flight) {
    napi_throw_error(env, "ERR_INVALID_STATE", "write already in progress");
    return 0;
  }
  napi_valuetype t;
  napi_typeof(env, argv[1], &t);
  if (t == napi_undefined || t == napi_null) {
    in = NULL;
    in_len = 0;
  } else if (!buffer_range(env, argv[1], argv[2], argv[3], &in, &in_len)) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "bad input range");
    return 0;
  }
  if (!buffer_range(env, argv[4], argv[5], argv[6], &out, &out_len)) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "bad output range");
    return 0;
  }
  h->flush = get_int(env, argv[0], 0);
  h->next_in = in;
  h->avail_in = in_len;
  h->next_out = out;
  h->avail_out = out_len;
  return 1;
}

static napi_value handle_write_sync(napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7], self, result;
  zhandle* h = unwrap(env, info, &argc, argv, &self);
  if (h == NULL || !parse_write(env, h, argc, argv)) return NULL;
  do_write(h);
  CHECK(napi_get_boolean(env, after_write(env, h, self), &result));
  return result;
}

static void work_execute(napi_env env, void* data) {
  (void)env;
  do_write(data);
}

static void work_complete(napi_env env, napi_status status, void* data) {
  zhandle* h = data;
  napi_value self = NULL, fn = NULL, scope_result;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_delete_async_work(env, h->work);
  h->work = NULL;
  h->in_flight = 0;
  del_ref(env, &h->in_ref);
  del_ref(env, &h->out_ref);
  /* The callback may start the next write, which takes its own reference. */
  napi_ref self_ref = h->self;
  h->self = NULL;
  if (self_ref) napi_get_reference_value(env, self_ref, &self);
  if (h->on_done) napi_get_reference_value(env, h->on_done, &fn);
  if (h->pending_close) {
    close_handle(h);
  } else if (self && status == napi_ok) {
    /* The completion callback runs through napi_make_callback so nextTicks and
     * microtasks queued by stream code drain after it, as for any I/O callback. */
    if (after_write(env, h, self) && fn)
      napi_make_callback(env, h->async_context, self, fn, 0, NULL, &scope_result);
  }
  /* Released last: until here the handle (and so h) must stay alive. */
  del_ref(env, &self_ref);
  napi_close_handle_scope(env, scope);
}

static napi_value handle_write(napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7], self, name;
  zhandle* h = unwrap(env, info, &argc, argv, &self);
  if (h == NULL || !parse_write(env, h, argc, argv)) return NULL;
  napi_valuetype t;
  napi_typeof(env, argv[1], &t);
  if (t != napi_undefined && t != napi_null) CHECK(napi_create_reference(env, argv[1], 1, &h->in_ref));
  CHECK(napi_create_reference(env, argv[4], 1, &h->out_ref));
  CHECK(napi_create_reference(env, self, 1, &h->self));
  CHECK(napi_create_string_utf8(env, "ZLIB", NAPI_AUTO_LENGTH, &name));
  if (napi_create_async_work(env, NULL, name, work_execute, work_complete, h, &h->work) != napi_ok ||
      napi_queue_async_work(env, h->work) != napi_ok) {
    del_ref(env, &h->in_ref);
    del_ref(env, &h->out_ref);
    del_ref(env, &h->self);
    return NULL;
  }
  h->in_flight = 1;
  return undefined(env);
}

/* ------------------------------------------------------------------ control */

static napi_value handle_params(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self;
  zhandle* h = unwrap(env, info, &argc, argv, &self);
  if (h == NULL) return NULL;
  if (h->zlib_ready != 1 || h->in_flight) return undefined(env);
  int level = get_int(env, argv[0], h->level), strategy = get_int(env, argv[1], h->strategy);
  int r = deflateParams(&h->strm, level, strategy);
  if (r != Z_OK && r != Z_BUF_ERROR) {
    report_error(env, self, "Failed to set parameters", r, "Z_STREAM_ERROR");
    return undefined(env);
  }
  h->level = level;
  h->strategy = strategy;
  return undefined(env);
}

static napi_value handle_reset(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  zhandle* h = unwrap(env, info, &argc, NULL, &self);
  if (h == NULL) return NULL;
  if (h->in_flight || h->closed) return undefined(env);
  int r = Z_OK;
  if (h->zlib_ready == 1) r = deflateReset(&h->strm);
  else if (h->zlib_ready == 2) r = inflateReset(&h->strm);
  h->mode = h->orig_mode;
  h->gzip_magic_seen = 0;
  if ((h->enc || h->dec) && !brotli_engine_init(h)) {
    report_error(env, self, "Failed to reset stream", -1, "ERR_BROTLI_INITIALIZATION_FAILED");
    return undefined(env);
  }
  /* Raw inflate has no header to ask for its dictionary: set it again. */
  if (r == Z_OK && h->zlib_ready == 2 && h->dict && h->mode == M_INFLATERAW)
    r = inflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
  if (r == Z_OK && h->zlib_ready == 1 && h->dict)
    r = deflateSetDictionary(&h->strm, h->dict, (uInt)h->dict_len);
  if (r != Z_OK) report_error(env, self, "Failed to reset stream", r, "Z_STREAM_ERROR");
  return undefined(env);
}

static napi_value handle_close(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self;
  zhandle* h = unwrap(env, info, &argc, NULL, &self);
  if (h == NULL) return NULL;
  /* The thread pool may be inside the engine now: free it when the write is back. */
  if (h->in_flight) h->pending_close = 1;
  else close_handle(h);
  return undefined(env);
}

/* crc32(data: Uint8Array | string, value: uint32) -> uint32 */
static napi_value binding_crc32(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], result;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  uint32_t value = 0;
  if (argc > 1) napi_get_value_uint32(env, argv[1], &value);
  uLong crc = value;
  napi_valuetype t;
  CHECK(napi_typeof(env, argv[0], &t));
  if (t == napi_string) {
    size_t len;
    CHECK(napi_get_value_string_utf8(env, argv[0], NULL, 0, &len));
    char* s = malloc(len + 1);
    if (s == NULL) return NULL;
    napi_get_value_string_utf8(env, argv[0], s, len + 1, &len);
    if (len > 0) crc = crc32_z(crc, (const Bytef*)s, len);
    free(s);
  } else {
    void* data;
    size_t len;
    bool is_dv = false;
    napi_is_dataview(env, argv[0], &is_dv);
    if (is_dv) {
      CHECK(napi_get_dataview_info(env, argv[0], &len, &data, NULL, NULL));
    } else {
      napi_typedarray_type tt;
      size_t n;
      CHECK(napi_get_typedarray_info(env, argv[0], &tt, &n, &data, NULL, NULL));
      static const size_t sizes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8};
      len = n * ((size_t)tt < sizeof(sizes) / sizeof(sizes[0]) ? sizes[tt] : 1);
    }
    /* zlib answers 0 for a NULL buffer, whatever the running value: skip empty input. */
    if (len > 0) crc = crc32_z(crc, data, len);
  }
  CHECK(napi_create_uint32(env, (uint32_t)crc, &result));
  return result;
}

static napi_value nodus_zlib_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"init", NULL, handle_init, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {"initBrotli", NULL, handle_init_brotli, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {"write", NULL, handle_write, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {"writeSync", NULL, handle_write_sync, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {"params", NULL, handle_params, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {"reset", NULL, handle_reset, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
      {"close", NULL, handle_close, NULL, NULL, NULL, napi_writable | napi_enumerable | napi_configurable, NULL},
  };
  napi_value cls, fn, ver;
  /* One handle type under node's three names (its handles show as these). */
  static const char* class_names[] = {"Zlib", "BrotliEncoder", "BrotliDecoder"};
  for (size_t i = 0; i < 3; i++) {
    CHECK(napi_define_class(env, class_names[i], NAPI_AUTO_LENGTH, handle_new, NULL,
                            sizeof(methods) / sizeof(methods[0]), methods, &cls));
    CHECK(napi_set_named_property(env, exports, class_names[i], cls));
  }
  CHECK(napi_create_function(env, "crc32", NAPI_AUTO_LENGTH, binding_crc32, NULL, &fn));
  CHECK(napi_set_named_property(env, exports, "crc32", fn));
  CHECK(napi_create_string_utf8(env, zlibVersion(), NAPI_AUTO_LENGTH, &ver));
  CHECK(napi_set_named_property(env, exports, "zlibVersion", ver));
  CHECK(napi_create_int32(env, ZLIB_VERNUM, &ver));
  CHECK(napi_set_named_property(env, exports, "zlibVernum", ver));
  return exports;
}

#include <nodus/plugin.h>

/* process.versions.zlib and .brotli. Brotli states its version only at run time, packed
 * as major << 24 | minor << 12 | patch. */
static char zlib__brotli_version[32];
static const char* zlib__versions[] = {"zlib", ZLIB_VERSION, "brotli", zlib__brotli_version, NULL};

static const char* const* zlib_versions(void) {
  uint32_t v = BrotliEncoderVersion();
  snprintf(zlib__brotli_version, sizeof(zlib__brotli_version), "%u.%u.%u", v >> 24,
           (v >> 12) & 0xfff, v & 0xfff);
  return zlib__versions;
}

NODUS_PLUGIN_VERSIONS("zlib", "0.1.0", nodus_zlib_init, zlib_versions())
