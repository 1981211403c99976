/* The fs plugin's native half: one binding function per file-system call, each on
 * libuv's uv_fs_* API. Arguments are validated by fs.js; here they are only converted.
 * The last argument of every call says how it runs (see fs_mode_of in fs_req.c):
 * undefined = synchronously (returns or throws), a function = on the thread pool with a
 * node-style callback, null = on the thread pool returning a promise. */
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <sys/mman.h>
#include <stdlib.h>
#include <string.h>

#include "fs_internal.h"

#define MAX_ARGS 8

/* Paths up to this many bytes are converted into the call's own buffers. */
#define PATH_INLINE 1024

typedef struct {
  napi_env env;
  size_t argc;
  napi_value argv[MAX_ARGS];
  napi_value last; /* the mode argument */
  fs_mode mode;
  uv_loop_t* loop;
  /* A synchronous call needs no heap: its request and its paths live here. */
  fs_req_t req;
  char sbuf[2][PATH_INLINE];
  int nsbuf;
} call_t;

static int call_init(napi_env env, napi_callback_info info, size_t nargs, call_t* c) {
  c->env = env;
  c->argc = MAX_ARGS;
  c->nsbuf = 0;
  if (napi_get_cb_info(env, info, &c->argc, c->argv, NULL, NULL) != napi_ok) return 0;
  for (size_t i = c->argc; i < MAX_ARGS; i++) napi_get_undefined(env, &c->argv[i]);
  c->last = c->argv[nargs];
  c->mode = fs_mode_of(env, c->last);
  if (napi_get_uv_event_loop(env, &c->loop) != napi_ok) return 0;
  return 1;
}

static int is_inline(const call_t* c, const char* s) {
  return s == c->sbuf[0] || s == c->sbuf[1];
}

/* A UTF-8 copy of a string argument (paths: fs.js has already turned Buffers and URLs
 * into strings): in one of the call's buffers when it fits, else malloc'd. Release with
 * str_free, or hand it to req_new. */
static char* arg_string(call_t* c, size_t i) {
  size_t len;
  if (c->nsbuf < 2) {
    char* buf = c->sbuf[c->nsbuf];
    if (napi_get_value_string_utf8(c->env, c->argv[i], buf, PATH_INLINE, &len) != napi_ok) {
      napi_throw_type_error(c->env, "ERR_INVALID_ARG_TYPE", "expected a string");
      return NULL;
    }
    /* Shorter than the buffer's capacity: nothing was cut off. */
    if (len < PATH_INLINE - 4) {
      c->nsbuf++;
      return buf;
    }
  }
  if (napi_get_value_string_utf8(c->env, c->argv[i], NULL, 0, &len) != napi_ok) {
    napi_throw_type_error(c->env, "ERR_INVALID_ARG_TYPE", "expected a string");
    return NULL;
  }
  char* s = malloc(len + 1);
  if (s) napi_get_value_string_utf8(c->env, c->argv[i], s, len + 1, &len);
  return s;
}

static void str_free(call_t* c, char* s) {
  if (!is_inline(c, s)) free(s);
}

/* The request of this call. Takes `path` and `dest` (from arg_string, or NULL): a
 * synchronous request borrows inline ones, an asynchronous one copies them. */
static fs_req_t* req_new(call_t* c, fs_result_kind kind, const char* syscall, char* path,
                         char* dest) {
  fs_req_t* r;
  if (c->mode == FS_SYNC) {
    r = &c->req;
    memset(r, 0, sizeof(*r));
    r->on_stack = 1;
  } else {
    r = calloc(1, sizeof(*r));
    if (r == NULL) abort(); /* as malloc failing anywhere else in the process */
  }
  r->env = c->env;
  r->kind = kind;
  r->syscall = syscall;
  r->uv.data = r;
  char* in[2] = {path, dest};
  for (int k = 0; k < 2; k++) {
    char* s = in[k];
    int own = 0;
    if (s != NULL && !is_inline(c, s)) own = 1;
    else if (s != NULL && c->mode != FS_SYNC) { s = fs_strdup(s); own = 1; }
    if (k == 0) { r->path = s; r->own_path = own; }
    else { r->dest = s; r->own_dest = own; }
  }
  return r;
}

static int32_t arg_int(call_t* c, size_t i) {
  int32_t v = 0;
  napi_get_value_int32(c->env, c->argv[i], &v);
  return v;
}

static int64_t arg_int64(call_t* c, size_t i) {
  int64_t v = 0;
  napi_get_value_int64(c->env, c->argv[i], &v);
  return v;
}

static double arg_double(call_t* c, size_t i) {
  double v = 0;
  napi_get_value_double(c->env, c->argv[i], &v);
  return v;
}

static int arg_bool(call_t* c, size_t i) {
  bool v = false;
  napi_get_value_bool(c->env, c->argv[i], &v);
  return v;
}

/* The bytes of a TypedArray, DataView or ArrayBuffer argument. */
static int arg_bytes(call_t* c, size_t i, char** data, size_t* len) {
  bool is;
  napi_typedarray_type type;
  size_t length, offset;
  napi_value ab;
  void* p;
  if (napi_is_typedarray(c->env, c->argv[i], &is) == napi_ok && is) {
    if (napi_get_typedarray_info(c->env, c->argv[i], &type, &length, &p, &ab, &offset) != napi_ok)
      return 0;
    size_t elem = 1;
    switch (type) {
      case napi_int16_array: case napi_uint16_array: elem = 2; break;
      case napi_int32_array: case napi_uint32_array: case napi_float32_array: elem = 4; break;
      case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: elem = 8; break;
      default: break;
    }
    *data = p;
    *len = length * elem;
    return 1;
  }
  if (napi_is_dataview(c->env, c->argv[i], &is) == napi_ok && is) {
    if (napi_get_dataview_info(c->env, c->argv[i], len, &p, &ab, &offset) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  if (napi_is_arraybuffer(c->env, c->argv[i], &is) == napi_ok && is) {
    if (napi_get_arraybuffer_info(c->env, c->argv[i], &p, len) != napi_ok) return 0;
    *data = p;
    return 1;
  }
  napi_throw_type_error(c->env, "ERR_INVALID_ARG_TYPE", "expected a Buffer, TypedArray or DataView");
  return 0;
}

/* Starts an operation: sync or async per the mode argument. `start` receives the
 * request, the loop and the uv callback (NULL for sync) and returns the uv_fs_* result. */
#define FS_CALL(c, r, stat_into, start_expr)                                 \
  do {                                                                       \
    fs_mode mode_ = (c)->mode;                                               \
    napi_value promise_ = NULL;                                              \
    if (mode_ != FS_SYNC) promise_ = fs_prepare_async((c)->env, r, mode_, (c)->last); \
    uv_fs_cb cb = fs_callback_for(mode_);                                    \
    uv_loop_t* loop = mode_ == FS_SYNC ? NULL : (c)->loop;                   \
    int rc_ = (start_expr);                                                  \
    napi_value v_ = fs_finish((c)->env, r, mode_, (c)->last, rc_, stat_into); \
    return mode_ == FS_PROMISE ? promise_ : v_;                              \
  } while (0)

/* Keeps argument i alive until an async request completes. */
static void keep_arg(call_t* c, fs_req_t* r, size_t i) {
  if (c->mode != FS_SYNC) napi_create_reference(c->env, c->argv[i], 1, &r->keep);
}

/* ---- path operations ---- */

/* access(path, mode, req) */
static napi_value fs_access(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  int mode = arg_int(&c, 1);
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "access", path, NULL);
  FS_CALL(&c, r, NULL, uv_fs_access(loop, &r->uv, r->path, mode, cb));
}

/* exists(path, req) -> boolean, never throws */
static napi_value fs_exists(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 1, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_BOOL_OK, "access", path, NULL);
  FS_CALL(&c, r, NULL, uv_fs_access(loop, &r->uv, r->path, F_OK, cb));
}

/* open(path, flags, mode, req) -> fd */
static napi_value fs_open(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  int flags = arg_int(&c, 1) | O_CLOEXEC, mode = arg_int(&c, 2);
  fs_req_t* r = req_new(&c, FS_RESULT_INT, "open", path, NULL);
  FS_CALL(&c, r, NULL, uv_fs_open(loop, &r->uv, r->path, flags, mode, cb));
}

/* Per-env state: the arrays synchronous stats fill (fs.js reads them as
 * binding.statValues / binding.bigintStatValues), so that a statSync allocates nothing
 * and needs no typed-array lookup. */
typedef struct {
  napi_ref f64_ref, big_ref;
  double* f64;
  int64_t* big;
  napi_ref split_ref; /* String.prototype.split as it was when fs loaded */
} fs_instance_t;

static void instance_free(napi_env env, void* data, void* hint) {
  fs_instance_t* inst = data;
  napi_delete_reference(env, inst->f64_ref);
  napi_delete_reference(env, inst->big_ref);
  if (inst->split_ref) napi_delete_reference(env, inst->split_ref);
  free(inst);
}

static int instance_init(napi_env env, napi_value exports) {
  fs_instance_t* inst = calloc(1, sizeof(*inst));
  napi_value ab, f64, big;
  void* data;
  if (inst == NULL) return 0;
  if (napi_create_arraybuffer(env, FS_STAT_FIELDS * 8, &data, &ab) != napi_ok ||
      napi_create_typedarray(env, napi_float64_array, FS_STAT_FIELDS, ab, 0, &f64) != napi_ok) goto fail;
  inst->f64 = data;
  if (napi_create_arraybuffer(env, FS_STAT_FIELDS * 8, &data, &ab) != napi_ok ||
      napi_create_typedarray(env, napi_bigint64_array, FS_STAT_FIELDS, ab, 0, &big) != napi_ok) goto fail;
  inst->big = data;
  napi_value global, string_ctor, proto, split;
  if (napi_get_global(env, &global) != napi_ok ||
      napi_get_named_property(env, global, "String", &string_ctor) != napi_ok ||
      napi_get_named_property(env, string_ctor, "prototype", &proto) != napi_ok ||
      napi_get_named_property(env, proto, "split", &split) != napi_ok ||
      napi_create_reference(env, split, 1, &inst->split_ref) != napi_ok) goto fail;
  if (napi_create_reference(env, f64, 1, &inst->f64_ref) != napi_ok ||
      napi_create_reference(env, big, 1, &inst->big_ref) != napi_ok ||
      napi_set_named_property(env, exports, "statValues", f64) != napi_ok ||
      napi_set_named_property(env, exports, "bigintStatValues", big) != napi_ok ||
      napi_set_instance_data(env, inst, instance_free, NULL) != napi_ok) goto fail;
  return 1;
fail:
  free(inst);
  return 0;
}

/* String.prototype.split for readdir (scandir.c), unaffected by later patching. */
napi_value fs_split_function(napi_env env) {
  fs_instance_t* inst;
  napi_value v;
  if (napi_get_instance_data(env, (void**)&inst) != napi_ok || inst == NULL ||
      napi_get_reference_value(env, inst->split_ref, &v) != napi_ok)
    return NULL;
  return v;
}

/* Where a stat result goes: the caller's array (4th argument), the binding's own for a
 * synchronous call, or a new one (NULL) for an asynchronous one. */
static napi_value stat_target(call_t* c, fs_req_t* r) {
  napi_valuetype t;
  napi_value v = NULL;
  if (c->argc > 3 && napi_typeof(c->env, c->argv[3], &t) == napi_ok && t == napi_object) return c->argv[3];
  if (c->mode != FS_SYNC) return NULL;
  fs_instance_t* inst;
  if (napi_get_instance_data(c->env, (void**)&inst) != napi_ok || inst == NULL) return NULL;
  if (napi_get_reference_value(c->env, r->bigint ? inst->big_ref : inst->f64_ref, &v) != napi_ok) return NULL;
  r->stat_dest = r->bigint ? (void*)inst->big : (void*)inst->f64;
  return v;
}

/* stat/lstat(path, bigint, req[, statArray]) */
static napi_value stat_common(napi_env env, napi_callback_info info, int link) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_STAT, link ? "lstat" : "stat", path, NULL);
  r->bigint = arg_bool(&c, 1);
  napi_value into = stat_target(&c, r);
  if (link) FS_CALL(&c, r, into, uv_fs_lstat(loop, &r->uv, r->path, cb));
  FS_CALL(&c, r, into, uv_fs_stat(loop, &r->uv, r->path, cb));
}
static napi_value fs_stat(napi_env env, napi_callback_info info) { return stat_common(env, info, 0); }
static napi_value fs_lstat(napi_env env, napi_callback_info info) { return stat_common(env, info, 1); }

/* Operations on one path with no other argument. */
#define PATH_OP(name, syscall, kind, uvcall)                                  \
  static napi_value name(napi_env env, napi_callback_info info) {            \
    call_t c;                                                                 \
    if (!call_init(env, info, 1, &c)) return NULL;                            \
    char* path = arg_string(&c, 0);                                           \
    if (!path) return NULL;                                                   \
    fs_req_t* r = req_new(&c, kind, syscall, path, NULL);          \
    FS_CALL(&c, r, NULL, uvcall(loop, &r->uv, r->path, cb));                  \
  }
PATH_OP(fs_rmdir, "rmdir", FS_RESULT_UNDEFINED, uv_fs_rmdir)
PATH_OP(fs_unlink, "unlink", FS_RESULT_UNDEFINED, uv_fs_unlink)
PATH_OP(fs_readlink, "readlink", FS_RESULT_PTR_STRING, uv_fs_readlink)
PATH_OP(fs_realpath, "realpath", FS_RESULT_PTR_STRING, uv_fs_realpath)
PATH_OP(fs_mkdtemp, "mkdtemp", FS_RESULT_PATH, uv_fs_mkdtemp)
PATH_OP(fs_statfs, "statfs", FS_RESULT_STATFS, uv_fs_statfs)

/* Operations on two paths: the error names both ('a' -> 'b'). */
#define TWO_PATH_OP(name, syscall, uvcall)                                    \
  static napi_value name(napi_env env, napi_callback_info info) {            \
    call_t c;                                                                 \
    if (!call_init(env, info, 2, &c)) return NULL;                            \
    char* a = arg_string(&c, 0);                                              \
    if (!a) return NULL;                                                      \
    char* b = arg_string(&c, 1);                                              \
    if (!b) { str_free(&c, a); return NULL; }                                         \
    fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, syscall, a, b);        \
    FS_CALL(&c, r, NULL, uvcall(loop, &r->uv, r->path, r->dest, cb));         \
  }
TWO_PATH_OP(fs_rename, "rename", uv_fs_rename)
TWO_PATH_OP(fs_link, "link", uv_fs_link)

/* symlink(target, path, flags, req) */
static napi_value fs_symlink(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  char* a = arg_string(&c, 0);
  if (!a) return NULL;
  char* b = arg_string(&c, 1);
  if (!b) { str_free(&c, a); return NULL; }
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "symlink", a, b);
  int flags = arg_int(&c, 2);
  FS_CALL(&c, r, NULL, uv_fs_symlink(loop, &r->uv, r->path, r->dest, flags, cb));
}

/* copyfile(src, dest, mode, req) */
static napi_value fs_copyfile(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  char* a = arg_string(&c, 0);
  if (!a) return NULL;
  char* b = arg_string(&c, 1);
  if (!b) { str_free(&c, a); return NULL; }
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "copyfile", a, b);
  int flags = arg_int(&c, 2);
  FS_CALL(&c, r, NULL, uv_fs_copyfile(loop, &r->uv, r->path, r->dest, flags, cb));
}

/* mkdir(path, mode, req) */
static napi_value fs_mkdir(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "mkdir", path, NULL);
  int mode = arg_int(&c, 1);
  FS_CALL(&c, r, NULL, uv_fs_mkdir(loop, &r->uv, r->path, mode, cb));
}

/* scandir(path, withTypes, req) -> names | [names, types] */
static napi_value fs_scandir(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_DIRENTS, "scandir", path, NULL);
  r->with_types = arg_bool(&c, 1);
  if (c.mode == FS_SYNC) {
    /* Listed here rather than by uv_fs_scandir: no allocation per entry. */
    fs_listing_t* l = fs_listing_new();
    int err = l ? fs_list_dir(r->path, l) : UV_ENOMEM;
    napi_value v = NULL;
    if (err < 0) {
      napi_value e = fs_make_error(env, err, r->syscall, r->path, NULL);
      if (e) napi_throw(env, e);
    } else {
      v = fs_listing_to_js(env, l, r->with_types);
    }
    fs_listing_free(l);
    r->kind = FS_RESULT_UNDEFINED;
    fs_finish(env, r, FS_SYNC, c.last, 0, NULL);
    return v;
  }
  FS_CALL(&c, r, NULL, uv_fs_scandir(loop, &r->uv, r->path, 0, cb));
}

/* chmod(path, mode, req) */
static napi_value fs_chmod(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "chmod", path, NULL);
  int mode = arg_int(&c, 1);
  FS_CALL(&c, r, NULL, uv_fs_chmod(loop, &r->uv, r->path, mode, cb));
}

/* chown/lchown(path, uid, gid, req) */
static napi_value chown_common(napi_env env, napi_callback_info info, int link) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, link ? "lchown" : "chown", path, NULL);
  uv_uid_t uid = (uv_uid_t)arg_int64(&c, 1);
  uv_gid_t gid = (uv_gid_t)arg_int64(&c, 2);
  if (link) FS_CALL(&c, r, NULL, uv_fs_lchown(loop, &r->uv, r->path, uid, gid, cb));
  FS_CALL(&c, r, NULL, uv_fs_chown(loop, &r->uv, r->path, uid, gid, cb));
}
static napi_value fs_chown(napi_env env, napi_callback_info info) { return chown_common(env, info, 0); }
static napi_value fs_lchown(napi_env env, napi_callback_info info) { return chown_common(env, info, 1); }

/* utimes/lutimes(path, atime, mtime, req): seconds as doubles */
static napi_value utimes_common(napi_env env, napi_callback_info info, int link) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, link ? "lutime" : "utime", path, NULL);
  double atime = arg_double(&c, 1), mtime = arg_double(&c, 2);
  if (link) FS_CALL(&c, r, NULL, uv_fs_lutime(loop, &r->uv, r->path, atime, mtime, cb));
  FS_CALL(&c, r, NULL, uv_fs_utime(loop, &r->uv, r->path, atime, mtime, cb));
}
static napi_value fs_utimes(napi_env env, napi_callback_info info) { return utimes_common(env, info, 0); }
static napi_value fs_lutimes(napi_env env, napi_callback_info info) { return utimes_common(env, info, 1); }

/* ---- fd operations ---- */

/* close(fd, req) */
static napi_value fs_close(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 1, &c)) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "close", NULL, NULL);
  FS_CALL(&c, r, NULL, uv_fs_close(loop, &r->uv, arg_int(&c, 0), cb));
}

/* fstat(fd, bigint, req[, statArray]) */
static napi_value fs_fstat(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_STAT, "fstat", NULL, NULL);
  r->bigint = arg_bool(&c, 1);
  napi_value into = stat_target(&c, r);
  FS_CALL(&c, r, into, uv_fs_fstat(loop, &r->uv, arg_int(&c, 0), cb));
}

/* A large synchronous read (readFileSync's) into fresh memory would take one page fault
 * per 4 KiB page inside the kernel's copy; mapping the pages in one call first is
 * cheaper. Only an optimisation: failure (an older kernel) changes nothing. */
#define PREFAULT_MIN ((size_t)8 << 20)

static void prefault(char* p, size_t len) {
#if defined(__linux__)
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
  if (len < PREFAULT_MIN) return;
  uintptr_t page = 4096, a = ((uintptr_t)p + page - 1) & ~(page - 1);
  uintptr_t e = ((uintptr_t)p + len) & ~(page - 1);
  if (e > a) (void)madvise((void*)a, e - a, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)len;
#endif
}

static void big_read_work(uv_work_t* w) {
  fs_req_t* r = w->data;
  prefault(r->buf.base, r->buf.len);
  /* A synchronous uv_fs_read on this pool thread: result (or error) lands in r->uv. */
  uv_fs_read(NULL, &r->uv, r->fd, &r->buf, 1, r->position, NULL);
}

static void big_read_done(uv_work_t* w, int status) {
  fs_req_t* r = w->data;
  if (status < 0) r->uv.result = status;
  fs_complete(r);
}

/* read/write(fd, buffer, offset, length, position, req) -> bytes */
static napi_value rw_common(napi_env env, napi_callback_info info, int write) {
  call_t c;
  char* data;
  size_t len;
  if (!call_init(env, info, 5, &c)) return NULL;
  int fd = arg_int(&c, 0);
  if (!arg_bytes(&c, 1, &data, &len)) return NULL;
  int64_t offset = arg_int64(&c, 2), length = arg_int64(&c, 3), position = arg_int64(&c, 4);
  if (offset < 0 || length < 0 || (size_t)(offset + length) > len) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "offset and length are out of range");
    return NULL;
  }
  fs_req_t* r = req_new(&c, FS_RESULT_INT, write ? "write" : "read", NULL, NULL);
  keep_arg(&c, r, 1);
  if (!write && c.mode == FS_SYNC) prefault(data + offset, (size_t)length);
  if (!write && c.mode != FS_SYNC && (size_t)length >= PREFAULT_MIN) {
    /* readFile's one big read: prefaulted and read on the pool in one job. */
    napi_value promise = fs_prepare_async(env, r, c.mode, c.last);
    r->buf = uv_buf_init(data + offset, (unsigned)length);
    r->fd = fd;
    r->position = position;
    r->work.data = r;
    int rc = uv_queue_work(c.loop, &r->work, big_read_work, big_read_done);
    if (rc < 0) {
      r->uv.result = rc;
      fs_complete(r);
    }
    return c.mode == FS_PROMISE ? promise : NULL;
  }
  uv_buf_t buf = uv_buf_init(data + offset, (unsigned)length);
  if (write) FS_CALL(&c, r, NULL, uv_fs_write(loop, &r->uv, fd, &buf, 1, position, cb));
  FS_CALL(&c, r, NULL, uv_fs_read(loop, &r->uv, fd, &buf, 1, position, cb));
}
static napi_value fs_read(napi_env env, napi_callback_info info) { return rw_common(env, info, 0); }
static napi_value fs_write(napi_env env, napi_callback_info info) { return rw_common(env, info, 1); }

/* readv/writev(fd, buffers, position, req) -> bytes */
static napi_value rwv_common(napi_env env, napi_callback_info info, int write) {
  call_t c;
  uint32_t n;
  if (!call_init(env, info, 3, &c)) return NULL;
  int fd = arg_int(&c, 0);
  if (napi_get_array_length(env, c.argv[1], &n) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "expected an array of buffers");
    return NULL;
  }
  int64_t position = arg_int64(&c, 2);
  uv_buf_t* bufs = calloc(n ? n : 1, sizeof(uv_buf_t));
  if (!bufs) return NULL;
  for (uint32_t i = 0; i < n; i++) {
    napi_value saved = c.argv[7], item;
    char* data;
    size_t len;
    napi_get_element(env, c.argv[1], i, &item);
    c.argv[7] = item;
    int ok = arg_bytes(&c, 7, &data, &len);
    c.argv[7] = saved;
    if (!ok) {
      free(bufs);
      return NULL;
    }
    bufs[i] = uv_buf_init(data, (unsigned)len);
  }
  fs_req_t* r = req_new(&c, FS_RESULT_INT, write ? "write" : "read", NULL, NULL);
  r->bufs = bufs;
  r->nbufs = n;
  keep_arg(&c, r, 1);
  if (write) FS_CALL(&c, r, NULL, uv_fs_write(loop, &r->uv, fd, bufs, n, position, cb));
  FS_CALL(&c, r, NULL, uv_fs_read(loop, &r->uv, fd, bufs, n, position, cb));
}
static napi_value fs_readv(napi_env env, napi_callback_info info) { return rwv_common(env, info, 0); }
static napi_value fs_writev(napi_env env, napi_callback_info info) { return rwv_common(env, info, 1); }

/* Operations on one fd with no other argument. */
#define FD_OP(name, syscall, uvcall)                                          \
  static napi_value name(napi_env env, napi_callback_info info) {            \
    call_t c;                                                                 \
    if (!call_init(env, info, 1, &c)) return NULL;                            \
    fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, syscall, NULL, NULL);  \
    FS_CALL(&c, r, NULL, uvcall(loop, &r->uv, arg_int(&c, 0), cb));          \
  }
FD_OP(fs_fsync, "fsync", uv_fs_fsync)
FD_OP(fs_fdatasync, "fdatasync", uv_fs_fdatasync)

/* ftruncate(fd, length, req) */
static napi_value fs_ftruncate(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "ftruncate", NULL, NULL);
  FS_CALL(&c, r, NULL, uv_fs_ftruncate(loop, &r->uv, arg_int(&c, 0), arg_int64(&c, 1), cb));
}

/* fchmod(fd, mode, req) */
static napi_value fs_fchmod(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 2, &c)) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "fchmod", NULL, NULL);
  FS_CALL(&c, r, NULL, uv_fs_fchmod(loop, &r->uv, arg_int(&c, 0), arg_int(&c, 1), cb));
}

/* fchown(fd, uid, gid, req) */
static napi_value fs_fchown(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "fchown", NULL, NULL);
  FS_CALL(&c, r, NULL, uv_fs_fchown(loop, &r->uv, arg_int(&c, 0), (uv_uid_t)arg_int64(&c, 1),
                                    (uv_gid_t)arg_int64(&c, 2), cb));
}

/* futimes(fd, atime, mtime, req) */
static napi_value fs_futimes(napi_env env, napi_callback_info info) {
  call_t c;
  if (!call_init(env, info, 3, &c)) return NULL;
  fs_req_t* r = req_new(&c, FS_RESULT_UNDEFINED, "futime", NULL, NULL);
  FS_CALL(&c, r, NULL, uv_fs_futime(loop, &r->uv, arg_int(&c, 0), arg_double(&c, 1),
                                    arg_double(&c, 2), cb));
}

/* readFileUtf8(path, flags) -> string: the common readFileSync(path, 'utf8') in one call.
 * Synchronous only. */
static napi_value fs_read_file_utf8(napi_env env, napi_callback_info info) {
  call_t c;
  uv_fs_t req;
  if (!call_init(env, info, 2, &c)) return NULL;
  char* path = arg_string(&c, 0);
  if (!path) return NULL;
  int flags = arg_int(&c, 1) | O_CLOEXEC;
  int fd = uv_fs_open(NULL, &req, path, flags, 0666, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0) {
    napi_throw(env, fs_make_error(env, fd, "open", path, NULL));
    str_free(&c, path);
    return NULL;
  }
  size_t cap = 64 * 1024, len = 0;
  int err = uv_fs_fstat(NULL, &req, fd, NULL);
  int too_long = 0;
  if (err == 0 && S_ISREG(req.statbuf.st_mode) && req.statbuf.st_size > 0) {
    cap = (size_t)req.statbuf.st_size + 1;
    /* Past INT_MAX bytes no string can hold the text: say so before reading it all. */
    too_long = req.statbuf.st_size > INT_MAX;
  }
  uv_fs_req_cleanup(&req);
  char* data = too_long ? NULL : malloc(cap);
  for (;;) {
    if (too_long) break;
    if (data == NULL) {
      err = UV_ENOMEM;
      break;
    }
    if (len == cap) {
      cap *= 2;
      char* grown = realloc(data, cap);
      if (grown == NULL) { free(data); data = NULL; continue; }
      data = grown;
    }
    uv_buf_t b = uv_buf_init(data + len, (unsigned)(cap - len));
    int n = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n < 0) { err = n; break; }
    if (n == 0) { err = 0; break; }
    len += (size_t)n;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  napi_value v = NULL;
  if (err < 0) {
    napi_throw(env, fs_make_error(env, err, "read", NULL, NULL));
  } else if (too_long || napi_create_string_utf8(env, data, len, &v) != napi_ok) {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (!pending) {
      napi_throw_error(env, "ERR_STRING_TOO_LONG",
                       "Cannot create a string longer than 0x1fffffe8 characters");
    }
    v = NULL;
  }
  free(data);
  str_free(&c, path);
  return v;
}

int nodus_fs_init_watch(napi_env env, napi_value exports);

#define M(name, fn) {name, NULL, fn, NULL, NULL, NULL, napi_default, NULL}

/* Builds the binding object for fs.js. */
napi_value nodus_fs_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      M("access", fs_access),     M("exists", fs_exists),       M("open", fs_open),
      M("close", fs_close),       M("read", fs_read),           M("write", fs_write),
      M("readv", fs_readv),       M("writev", fs_writev),       M("stat", fs_stat),
      M("lstat", fs_lstat),       M("fstat", fs_fstat),         M("rename", fs_rename),
      M("link", fs_link),         M("symlink", fs_symlink),     M("readlink", fs_readlink),
      M("realpath", fs_realpath), M("unlink", fs_unlink),       M("rmdir", fs_rmdir),
      M("mkdir", fs_mkdir),       M("mkdtemp", fs_mkdtemp),     M("scandir", fs_scandir),
      M("copyfile", fs_copyfile), M("chmod", fs_chmod),         M("fchmod", fs_fchmod),
      M("chown", fs_chown),       M("fchown", fs_fchown),       M("lchown", fs_lchown),
      M("utimes", fs_utimes),     M("futimes", fs_futimes),     M("lutimes", fs_lutimes),
      M("fsync", fs_fsync),       M("fdatasync", fs_fdatasync), M("ftruncate", fs_ftruncate),
      M("readFileUtf8", fs_read_file_utf8), M("statfs", fs_statfs),
  };
  if (napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods) != napi_ok)
    return NULL;
  if (!nodus_fs_init_watch(env, exports)) return NULL;
  if (!instance_init(env, exports)) return NULL;
  return exports;
}

#include <nodus/plugin.h>

NODUS_PLUGIN("fs", "0.1.0", nodus_fs_init)
