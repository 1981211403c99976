/* Shared by the child_process plugin's C files. */
#ifndef NODUS_CHILD_PROCESS_H
#define NODUS_CHILD_PROCESS_H

#include <stddef.h>
#include <uv.h>

#include <node_api.h>

#define CP_MAX_STDIO 16

typedef enum { CP_STDIO_IGNORE, CP_STDIO_PIPE, CP_STDIO_FD } cp_stdio_type;

typedef struct {
  cp_stdio_type type;
  int fd;            /* CP_STDIO_FD */
  char* input;       /* spawnSync stdin data (owned) */
  size_t input_len;
} cp_stdio_t;

/* A spawn request as fs.js-style normalised options from child_process.js. */
typedef struct {
  char* file;
  char** args;       /* NULL-terminated, owned */
  char** env;        /* NULL-terminated "K=V", owned; NULL = inherit */
  char* cwd;
  cp_stdio_t stdio[CP_MAX_STDIO];
  int nstdio;
  double timeout;    /* ms, 0 = none */
  size_t max_buffer; /* bytes, 0 = none */
  int kill_signal;
  int detached;
  int has_uid, has_gid;
  uv_uid_t uid;
  uv_gid_t gid;
} cp_options_t;

/* Reads options from a JS object; on failure throws and returns 0. */
int cp_parse_options(napi_env env, napi_value obj, cp_options_t* out);
void cp_free_options(cp_options_t* o);
/* Fills libuv's options from ours (pointers into `o` and `stdio`, which must outlive it). */
void cp_fill_process_options(cp_options_t* o, uv_stdio_container_t* stdio, uv_process_options_t* po);

napi_value cp_spawn_sync(napi_env env, napi_callback_info info);
int cp_init_async(napi_env env, napi_value exports);

#endif
