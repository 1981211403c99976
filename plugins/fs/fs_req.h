/* One fs operation in flight: how a call runs synchronously (throwing) or on libuv's
 * thread pool (calling back or settling a promise), and how its result becomes JS. */
#ifndef NODUS_FS_REQ_H
#define NODUS_FS_REQ_H

#include <uv.h>

#include <node_api.h>

typedef enum {
  FS_RESULT_UNDEFINED, /* nothing */
  FS_RESULT_INT,       /* req.result: fd, byte count */
  FS_RESULT_STAT,      /* req.statbuf as a Float64Array / BigInt64Array of 18 fields */
  FS_RESULT_PTR_STRING,/* (char*)req.ptr: readlink, realpath */
  FS_RESULT_PATH,      /* req.path: mkdtemp */
  FS_RESULT_DIRENTS,   /* scandir: [names, types] or names */
  FS_RESULT_BOOL_OK,   /* access/exists: true, or false on error (never throws) */
  FS_RESULT_STATFS,    /* (uv_statfs_t*)req.ptr as 7 numbers */
} fs_result_kind;

typedef struct fs_req_s {
  uv_fs_t uv;
  napi_env env;
  fs_result_kind kind;
  const char* syscall;
  char* path;        /* owned copies, for error messages */
  char* dest;
  napi_ref callback; /* async with a callback, or */
  napi_deferred deferred; /* async with a promise */
  napi_ref keep;     /* a buffer that must outlive the operation */
  napi_async_context async_context;
  int bigint;        /* stats as BigInt64Array */
  int with_types;    /* scandir with types */
  uv_buf_t* bufs;    /* readv/writev */
  unsigned nbufs;
  unsigned own_path : 1, own_dest : 1; /* path/dest are freed with the request */
  unsigned on_stack : 1;               /* a synchronous call's request, not malloc'd */
  void* stat_dest;   /* sync stat: the memory of the array it fills (see make_stat) */
  uv_work_t work;    /* a composite operation run on the pool by uv_queue_work */
  uv_buf_t buf;      /* its buffer */
  int fd;
  int64_t position;
} fs_req_t;

/* How a binding call wants its result: sync (throw), callback, or promise. */
typedef enum { FS_SYNC, FS_CALLBACK, FS_PROMISE } fs_mode;

#endif
