/* The http plugin's parser binding: llhttp 8.1 behind a small JS class.
 *
 * JS contract (what _http_common.js, _http_server.js and _http_client.js rely on):
 *
 *   new HTTPParser()
 *   parser.initialize(type, resource, maxHeaderSize, lenient)
 *       type: HTTPParser.REQUEST (1) or HTTPParser.RESPONSE (2); maxHeaderSize 0 means
 *       the default (16 KiB); lenient truthy relaxes header/chunk/keep-alive checks.
 *   parser.execute(buffer) -> bytes parsed (number) or an Error (never thrown):
 *       err.code 'HPE_*', err.reason (llhttp's text), err.bytesParsed, and the message
 *       `Parse Error: <reason>`. On an upgrade/CONNECT the parse stops after the head
 *       and the return value is the bytes that belonged to HTTP.
 *   parser.finish() -> undefined or an Error (as above), at end of input.
 *   parser.pause() / parser.resume() / parser.close() / parser.getCurrentBuffer()
 *
 *   Callbacks, looked up on the parser object when needed (`this` = parser) under the
 *   integer keys HTTPParser.kOnHeadersComplete / kOnBody / kOnMessageComplete:
 *   onHeadersComplete(versionMajor, versionMinor, method, url, statusCode,
 *                     statusMessage, upgrade, shouldKeepAlive, ...headers)
 *       headers are name0, value0, name1, value1, ... as latin1 strings for the whole
 *       head (one call per message, however many headers or reads), or, past
 *       HTTP__INLINE_FIELDS strings, one flat array of them;
 *       method is llhttp's method number (HTTPParser.methods[method] is its name) for
 *       requests; url/statusMessage are strings (empty for the other kind). Returns 0
 *       to read a body, 1 to skip it (HEAD responses), 2 to skip it and stop (CONNECT).
 *   onBody(buffer)            a fresh Buffer per body chunk
 *   onMessageComplete(trailers)  trailers: flat array as headers, or undefined
 *
 * A callback that throws stops the parse; execute() then returns with that exception
 * pending, so the caller sees it thrown.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llhttp.h>
#include <node_api.h>

#define HTTP__DEFAULT_MAX_HEADER 16384
#define HTTP__MAX_PAIRS 2000

typedef struct {
  size_t off;
  size_t len;
} http__span_t;

typedef struct {
  llhttp_t p;
  napi_env env;
  napi_value self; /* valid only inside execute()/finish() */
  /* The message head so far: url/status and header bytes, appended as they arrive
   * (llhttp hands them over in pieces that may straddle reads). */
  char* buf;
  size_t len;
  size_t cap;
  http__span_t url;
  http__span_t status;
  http__span_t* fields; /* 2 per header: name, value */
  size_t nfields;       /* spans in use */
  size_t fields_cap;
  int last_value; /* the last span appended to was a value */
  int headers_done;
  size_t header_nread;
  size_t max_header;
  int overflow;
  int lenient;
  const char* custom_code; /* an error found by us, not llhttp */
  size_t custom_pos;
  int exception;
  int in_execute;
  const char* cur_data;
  size_t cur_len;
} http__parser_t;

static _Thread_local llhttp_settings_t http__settings; /* per thread: each runtime sets it up at init */

/* The callbacks live under small integer keys, as node's (HTTPParser.kOnHeadersComplete
 * and friends): an indexed lookup needs no key string, where a named one made or fetched
 * the name first (two lookups per request showed in profiles). */
enum { HTTP__CB_HEADERS = 2, HTTP__CB_BODY = 3, HTTP__CB_COMPLETE = 4 };

/* ---- head accumulation ---- */

static int http__append(http__parser_t* h, const char* at, size_t n) {
  if (h->len + n > h->cap) {
    size_t cap = h->cap ? h->cap : 1024;
    while (cap < h->len + n) cap *= 2;
    char* b = realloc(h->buf, cap);
    if (!b) return -1;
    h->buf = b;
    h->cap = cap;
  }
  memcpy(h->buf + h->len, at, n);
  h->len += n;
  return 0;
}

static int http__track(http__parser_t* h, size_t n) {
  if (h->headers_done) return 0;
  h->header_nread += n;
  if (h->header_nread > h->max_header) {
    h->overflow = 1;
    llhttp_set_error_reason(&h->p, "Header overflow");
    return HPE_USER;
  }
  return 0;
}

static void http__reset_head(http__parser_t* h) {
  h->len = 0;
  h->url.off = h->url.len = 0;
  h->status.off = h->status.len = 0;
  h->nfields = 0;
  h->last_value = 1;
  h->header_nread = 0;
}

static int http__on_message_begin(llhttp_t* p) {
  http__parser_t* h = p->data;
  http__reset_head(h);
  h->headers_done = 0;
  return 0;
}

static int http__on_url(llhttp_t* p, const char* at, size_t n) {
  http__parser_t* h = p->data;
  int r = http__track(h, n);
  if (r) return r;
  if (h->url.len == 0) h->url.off = h->len;
  h->url.len += n;
  return http__append(h, at, n);
}

static int http__on_status(llhttp_t* p, const char* at, size_t n) {
  http__parser_t* h = p->data;
  int r = http__track(h, n);
  if (r) return r;
  if (h->status.len == 0) h->status.off = h->len;
  h->status.len += n;
  return http__append(h, at, n);
}

static int http__new_span(http__parser_t* h) {
  if (h->nfields + 1 > h->fields_cap) {
    size_t cap = h->fields_cap ? h->fields_cap * 2 : 64;
    http__span_t* f = realloc(h->fields, cap * sizeof(*f));
    if (!f) return -1;
    h->fields = f;
    h->fields_cap = cap;
  }
  h->fields[h->nfields].off = h->len;
  h->fields[h->nfields].len = 0;
  h->nfields++;
  return 0;
}

/* RFC 9110 tchar: llhttp 8.1 lets a space inside a header name through; node's does not. */
static int http__is_tchar(unsigned char c) {
  if (c >= 'a' && c <= 'z') return 1;
  if (c >= 'A' && c <= 'Z') return 1;
  if (c >= '0' && c <= '9') return 1;
  return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int http__on_header_field(llhttp_t* p, const char* at, size_t n) {
  http__parser_t* h = p->data;
  int r = http__track(h, n);
  if (r) return r;
  if (!h->lenient && h->cur_data) {
    for (size_t i = 0; i < n; i++) {
      if (!http__is_tchar((unsigned char)at[i])) {
        h->custom_code = "HPE_INVALID_HEADER_TOKEN";
        h->custom_pos = (size_t)(at + i - h->cur_data);
        llhttp_set_error_reason(p, "Invalid header token");
        return HPE_USER;
      }
    }
  }
  if (h->last_value) {
    if (h->nfields >= 2 * HTTP__MAX_PAIRS) return 0; /* keep parsing, drop the excess */
    if (http__new_span(h)) return -1;
    h->last_value = 0;
  } else if (h->nfields == 0 || h->nfields % 2 == 0) {
    return 0;
  }
  h->fields[h->nfields - 1].len += n;
  return http__append(h, at, n);
}

static int http__on_header_value(llhttp_t* p, const char* at, size_t n) {
  http__parser_t* h = p->data;
  int r = http__track(h, n);
  if (r) return r;
  if (!h->last_value) {
    if (h->nfields % 2 == 0) return 0; /* a dropped header's value */
    if (http__new_span(h)) return -1;
    h->last_value = 1;
  } else if (h->nfields % 2 != 0) {
    return 0;
  }
  h->fields[h->nfields - 1].len += n;
  return http__append(h, at, n);
}

static napi_value http__str(napi_env env, http__parser_t* h, http__span_t s) {
  napi_value v;
  if (napi_create_string_latin1(env, h->buf + s.off, s.len, &v) != napi_ok) return NULL;
  return v;
}

/* Header values lose trailing whitespace (llhttp leaves it in). */
static napi_value http__pairs(napi_env env, http__parser_t* h) {
  napi_value arr;
  size_t n = h->nfields & ~(size_t)1;
  if (napi_create_array_with_length(env, n, &arr) != napi_ok) return NULL;
  for (size_t i = 0; i < n; i++) {
    http__span_t s = h->fields[i];
    if (i & 1) {
      while (s.len > 0 && (h->buf[s.off + s.len - 1] == ' ' || h->buf[s.off + s.len - 1] == '\t'))
        s.len--;
    }
    napi_value v = http__str(env, h, s);
    if (!v || napi_set_element(env, arr, (uint32_t)i, v) != napi_ok) return NULL;
  }
  return arr;
}

/* Calls this[which](argv...); returns NULL (and sets h->exception) when it threw. */
static napi_value http__call(http__parser_t* h, int which, size_t argc, napi_value* argv) {
  napi_env env = h->env;
  napi_value fn, result;
  napi_valuetype t;
  if (napi_get_element(env, h->self, (uint32_t)which, &fn) != napi_ok) {
    h->exception = 1;
    return NULL;
  }
  if (napi_typeof(env, fn, &t) != napi_ok || t != napi_function) {
    napi_get_undefined(env, &result);
    return result;
  }
  if (napi_call_function(env, h->self, fn, argc, argv, &result) != napi_ok) {
    h->exception = 1;
    return NULL;
  }
  return result;
}

/* Up to this many header strings go to JS as call arguments (collected by a rest
 * parameter, which optimized code builds far cheaper than an array filled element by
 * element through the API); a bigger head goes as one array. */
#define HTTP__INLINE_FIELDS 64

static int http__on_headers_complete(llhttp_t* p) {
  http__parser_t* h = p->data;
  napi_env env = h->env;
  napi_value argv[8 + HTTP__INLINE_FIELDS], r;
  size_t argc = 8;
  int32_t ret = 0;
  h->headers_done = 1;
  napi_create_uint32(env, p->http_major, &argv[0]);
  napi_create_uint32(env, p->http_minor, &argv[1]);
  if (p->type == HTTP_REQUEST) {
    napi_create_uint32(env, p->method, &argv[2]);
    argv[3] = http__str(env, h, h->url);
    napi_get_undefined(env, &argv[4]);
    napi_get_undefined(env, &argv[5]);
  } else {
    napi_get_undefined(env, &argv[2]);
    napi_get_undefined(env, &argv[3]);
    napi_create_int32(env, p->status_code, &argv[4]);
    argv[5] = http__str(env, h, h->status);
  }
  napi_get_boolean(env, p->upgrade, &argv[6]);
  napi_get_boolean(env, llhttp_should_keep_alive(p), &argv[7]);
  size_t n = h->nfields & ~(size_t)1;
  if (n <= HTTP__INLINE_FIELDS) {
    for (size_t i = 0; i < n; i++) {
      http__span_t sp = h->fields[i];
      if (i & 1) {
        while (sp.len > 0 &&
               (h->buf[sp.off + sp.len - 1] == ' ' || h->buf[sp.off + sp.len - 1] == '\t'))
          sp.len--;
      }
      argv[argc] = http__str(env, h, sp);
      if (!argv[argc]) {
        h->exception = 1;
        return -1;
      }
      argc++;
    }
  } else {
    argv[argc] = http__pairs(env, h);
    if (!argv[argc]) {
      h->exception = 1;
      return -1;
    }
    argc++;
  }
  /* The head is handed over: what follows (trailers) starts a fresh list. */
  http__reset_head(h);
  r = http__call(h, HTTP__CB_HEADERS, argc, argv);
  if (!r) return -1;
  if (napi_get_value_int32(env, r, &ret) != napi_ok) ret = 0;
  return ret == 1 || ret == 2 ? ret : 0;
}

static int http__on_body(llhttp_t* p, const char* at, size_t n) {
  http__parser_t* h = p->data;
  napi_value buf;
  void* data;
  if (n == 0) return 0;
  if (napi_create_buffer_copy(h->env, n, at, &data, &buf) != napi_ok) {
    h->exception = 1;
    return -1;
  }
  return http__call(h, HTTP__CB_BODY, 1, &buf) ? 0 : -1;
}

static int http__on_message_complete(llhttp_t* p) {
  http__parser_t* h = p->data;
  napi_value arg;
  if (h->nfields >= 2) {
    arg = http__pairs(h->env, h);
    if (!arg) {
      h->exception = 1;
      return -1;
    }
  } else {
    napi_get_undefined(h->env, &arg);
  }
  http__reset_head(h);
  if (!http__call(h, HTTP__CB_COMPLETE, 1, &arg)) return -1;
  /* The callback may have paused us (a pipelined request waits for its turn). */
  return 0;
}

/* ---- the JS class ---- */

static void http__finalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  http__parser_t* h = data;
  free(h->buf);
  free(h->fields);
  free(h);
}

static http__parser_t* http__unwrap(napi_env env, napi_callback_info info, size_t* argc,
                                    napi_value* argv) {
  napi_value self;
  void* p = NULL;
  size_t zero = 0;
  if (napi_get_cb_info(env, info, argc ? argc : &zero, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok || !p) {
    napi_throw_type_error(env, "ERR_INVALID_THIS", "Value of \"this\" must be of type HTTPParser");
    return NULL;
  }
  ((http__parser_t*)p)->self = self;
  return p;
}

static napi_value http__new(napi_env env, napi_callback_info info) {
  napi_value self;
  if (napi_get_cb_info(env, info, NULL, NULL, &self, NULL) != napi_ok) return NULL;
  http__parser_t* h = calloc(1, sizeof(*h));
  if (!h) {
    napi_throw_error(env, "ERR_MEMORY_ALLOCATION_FAILED", "out of memory");
    return NULL;
  }
  h->env = env;
  h->max_header = HTTP__DEFAULT_MAX_HEADER;
  llhttp_init(&h->p, HTTP_REQUEST, &http__settings);
  h->p.data = h;
  if (napi_wrap(env, self, h, http__finalize, NULL, NULL) != napi_ok) {
    free(h);
    return NULL;
  }
  return self;
}

static napi_value http__initialize(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  int32_t type = HTTP_REQUEST;
  double max = 0;
  bool lenient = false;
  http__parser_t* h = http__unwrap(env, info, &argc, argv);
  if (!h) return NULL;
  if (argc > 0) napi_get_value_int32(env, argv[0], &type);
  if (argc > 2) napi_get_value_double(env, argv[2], &max);
  if (argc > 3) napi_coerce_to_bool(env, argv[3], &argv[3]), napi_get_value_bool(env, argv[3], &lenient);
  if (type != HTTP_REQUEST && type != HTTP_RESPONSE) type = HTTP_REQUEST;
  llhttp_init(&h->p, (llhttp_type_t)type, &http__settings);
  h->p.data = h;
  h->max_header = max > 0 ? (size_t)max : HTTP__DEFAULT_MAX_HEADER;
  h->lenient = lenient;
  h->custom_code = NULL;
  if (lenient) {
    llhttp_set_lenient_headers(&h->p, 1);
    llhttp_set_lenient_chunked_length(&h->p, 1);
    llhttp_set_lenient_keep_alive(&h->p, 1);
  }
  http__reset_head(h);
  h->headers_done = 0;
  h->overflow = 0;
  h->exception = 0;
  return NULL;
}

static napi_value http__error(napi_env env, http__parser_t* h, llhttp_errno_t err, size_t parsed) {
  napi_value e, msg, code, reason, n;
  const char* r = llhttp_get_error_reason(&h->p);
  const char* name = h->overflow ? "HPE_HEADER_OVERFLOW" : llhttp_errno_name(err);
  char text[256];
  if (!r) r = "";
  if (h->custom_code) {
    name = h->custom_code;
    if (h->custom_pos != (size_t)-1) parsed = h->custom_pos;
  }
  /* Both framings at once (RFC 9112 6.1): node's llhttp reports it as a bad
   * Transfer-Encoding, the packaged 8.1 as an unexpected Content-Length. */
  if (err == HPE_UNEXPECTED_CONTENT_LENGTH &&
      strcmp(r, "Content-Length can't be present with Transfer-Encoding") == 0) {
    name = "HPE_INVALID_TRANSFER_ENCODING";
    r = "Transfer-Encoding can't be present with Content-Length";
  }
  /* node's llhttp words this one differently; its users match on the text. */
  if (strcmp(r, "Expected HTTP/") == 0) r = "Expected HTTP/, RTSP/ or ICE/";
  snprintf(text, sizeof(text), "Parse Error: %s", r);
  napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg);
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &code);
  napi_create_string_utf8(env, r, NAPI_AUTO_LENGTH, &reason);
  napi_create_error(env, NULL, msg, &e);
  napi_set_named_property(env, e, "code", code);
  napi_set_named_property(env, e, "reason", reason);
  napi_create_double(env, (double)parsed, &n);
  napi_set_named_property(env, e, "bytesParsed", n);
  return e;
}

static napi_value http__execute(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result;
  void* data = NULL;
  size_t len = 0;
  bool is_buf = false;
  http__parser_t* h = http__unwrap(env, info, &argc, argv);
  if (!h) return NULL;
  if (argc < 1 || napi_is_buffer(env, argv[0], &is_buf) != napi_ok || !is_buf ||
      napi_get_buffer_info(env, argv[0], &data, &len) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be a Buffer");
    return NULL;
  }
  if (h->in_execute) {
    napi_throw_error(env, "ERR_HTTP_PARSER_REENTRANT", "HTTPParser.execute is not reentrant");
    return NULL;
  }
  h->in_execute = 1;
  h->exception = 0;
  h->custom_code = NULL;
  h->cur_data = data;
  h->cur_len = len;
  llhttp_errno_t err = llhttp_execute(&h->p, data, len);
  h->in_execute = 0;
  h->cur_data = NULL;
  if (h->exception) return NULL; /* the callback's exception stays pending */
  size_t parsed = len;
  if (err != HPE_OK) {
    const char* pos = llhttp_get_error_pos(&h->p);
    if (pos) parsed = (size_t)(pos - (const char*)data);
    if (err == HPE_PAUSED_UPGRADE) {
      llhttp_resume_after_upgrade(&h->p);
    } else if (err == HPE_PAUSED) {
      /* Paused from JS: the rest waits for resume() and another execute(). */
    } else {
      return http__error(env, h, err, parsed);
    }
  }
  napi_create_double(env, (double)parsed, &result);
  return result;
}

static napi_value http__finish(napi_env env, napi_callback_info info) {
  http__parser_t* h = http__unwrap(env, info, NULL, NULL);
  if (!h) return NULL;
  h->exception = 0;
  h->custom_code = NULL;
  llhttp_errno_t err = llhttp_finish(&h->p);
  if (h->exception) return NULL;
  if (err != HPE_OK && err != HPE_PAUSED) return http__error(env, h, err, 0);
  return NULL;
}

static napi_value http__pause(napi_env env, napi_callback_info info) {
  http__parser_t* h = http__unwrap(env, info, NULL, NULL);
  if (h && llhttp_get_errno(&h->p) == HPE_OK) llhttp_pause(&h->p);
  return NULL;
}

static napi_value http__resume(napi_env env, napi_callback_info info) {
  http__parser_t* h = http__unwrap(env, info, NULL, NULL);
  if (h && llhttp_get_errno(&h->p) == HPE_PAUSED) llhttp_resume(&h->p);
  return NULL;
}

static napi_value http__close(napi_env env, napi_callback_info info) {
  http__parser_t* h = http__unwrap(env, info, NULL, NULL);
  if (!h) return NULL;
  /* Drop the head buffers of a parser that goes back to the pool idle. */
  if (h->cap > 65536) {
    free(h->buf);
    h->buf = NULL;
    h->cap = h->len = 0;
  }
  return NULL;
}

static napi_value http__current_buffer(napi_env env, napi_callback_info info) {
  napi_value buf;
  void* out;
  http__parser_t* h = http__unwrap(env, info, NULL, NULL);
  if (!h) return NULL;
  if (napi_create_buffer_copy(env, h->cur_data ? h->cur_len : 0, h->cur_data ? h->cur_data : "",
                              &out, &buf) != napi_ok)
    return NULL;
  return buf;
}

static napi_value http__noop(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  return NULL;
}

static napi_value http__u32(napi_env env, uint32_t v) {
  napi_value r;
  napi_create_uint32(env, v, &r);
  return r;
}

napi_value nodus_http_init(napi_env env, napi_value exports) {
  napi_value cls, methods;
  llhttp_settings_init(&http__settings);
  http__settings.on_message_begin = http__on_message_begin;
  http__settings.on_url = http__on_url;
  http__settings.on_status = http__on_status;
  http__settings.on_header_field = http__on_header_field;
  http__settings.on_header_value = http__on_header_value;
  http__settings.on_headers_complete = http__on_headers_complete;
  http__settings.on_body = http__on_body;
  http__settings.on_message_complete = http__on_message_complete;

  if (napi_create_array(env, &methods) != napi_ok) return NULL;
  for (uint32_t i = 0; i <= 33; i++) {
    napi_value s;
    napi_create_string_utf8(env, llhttp_method_name((llhttp_method_t)i), NAPI_AUTO_LENGTH, &s);
    napi_set_element(env, methods, i, s);
  }

  napi_property_descriptor props[] = {
      {"initialize", NULL, http__initialize, NULL, NULL, NULL, napi_default_method, NULL},
      {"execute", NULL, http__execute, NULL, NULL, NULL, napi_default_method, NULL},
      {"finish", NULL, http__finish, NULL, NULL, NULL, napi_default_method, NULL},
      {"pause", NULL, http__pause, NULL, NULL, NULL, napi_default_method, NULL},
      {"resume", NULL, http__resume, NULL, NULL, NULL, napi_default_method, NULL},
      {"close", NULL, http__close, NULL, NULL, NULL, napi_default_method, NULL},
      {"remove", NULL, http__noop, NULL, NULL, NULL, napi_default_method, NULL},
      {"consume", NULL, http__noop, NULL, NULL, NULL, napi_default_method, NULL},
      {"unconsume", NULL, http__noop, NULL, NULL, NULL, napi_default_method, NULL},
      {"getCurrentBuffer", NULL, http__current_buffer, NULL, NULL, NULL, napi_default_method,
       NULL},
      {"REQUEST", NULL, NULL, NULL, NULL, http__u32(env, HTTP_REQUEST), napi_static, NULL},
      {"RESPONSE", NULL, NULL, NULL, NULL, http__u32(env, HTTP_RESPONSE), napi_static, NULL},
      {"methods", NULL, NULL, NULL, NULL, methods, napi_static, NULL},
      {"kOnHeadersComplete", NULL, NULL, NULL, NULL, http__u32(env, HTTP__CB_HEADERS), napi_static,
       NULL},
      {"kOnBody", NULL, NULL, NULL, NULL, http__u32(env, HTTP__CB_BODY), napi_static, NULL},
      {"kOnMessageComplete", NULL, NULL, NULL, NULL, http__u32(env, HTTP__CB_COMPLETE),
       napi_static, NULL},
  };
  if (napi_define_class(env, "HTTPParser", NAPI_AUTO_LENGTH, http__new, NULL,
                        sizeof(props) / sizeof(props[0]), props, &cls) != napi_ok ||
      napi_set_named_property(env, exports, "HTTPParser", cls) != napi_ok)
    return NULL;
  return exports;
}

#include <nodus/plugin.h>

#define HTTP__STR(x) #x
#define HTTP__VERSION(a, b, c) HTTP__STR(a) "." HTTP__STR(b) "." HTTP__STR(c)
static const char* const http_versions[] = {
    "llhttp", HTTP__VERSION(LLHTTP_VERSION_MAJOR, LLHTTP_VERSION_MINOR, LLHTTP_VERSION_PATCH),
    NULL};

NODUS_PLUGIN_VERSIONS("http", "0.1.0", nodus_http_init, http_versions)
