/* Shared between the fs plugin's C files. */
#ifndef NODUS_FS_INTERNAL_H
#define NODUS_FS_INTERNAL_H

#include <stdint.h>

#include "fs_req.h"

/* dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and
 * nanoseconds of atime, mtime, ctime, birthtime: the layout fs.js reads. */
#define FS_STAT_FIELDS 18

char* fs_strdup(const char* s);
napi_value fs_make_error(napi_env env, int err, const char* syscall, const char* path,
                         const char* dest);
void fs_fill_stat(double* f, const uv_stat_t* s);
void fs_fill_stat_bigint(int64_t* f, const uv_stat_t* s);
fs_req_t* fs_req_new(napi_env env, fs_result_kind kind, const char* syscall, const char* path,
                     const char* dest);
fs_mode fs_mode_of(napi_env env, napi_value last);
napi_value fs_prepare_async(napi_env env, fs_req_t* r, fs_mode mode, napi_value last);
napi_value fs_finish(napi_env env, fs_req_t* r, fs_mode mode, napi_value last, int rc,
                     napi_value stat_into);
uv_fs_cb fs_callback_for(fs_mode mode);
/* Delivers a request whose uv.result has been set (by work not started as a uv_fs_t). */
void fs_complete(fs_req_t* r);

/* scandir.c: a directory's entries, sorted as libuv's scandir sorts them. */
typedef struct fs_listing_s fs_listing_t;
fs_listing_t* fs_listing_new(void);
void fs_listing_free(fs_listing_t* l);
int fs_list_dir(const char* path, fs_listing_t* l);
int fs_listing_from_req(uv_fs_t* req, fs_listing_t* l);
napi_value fs_listing_to_js(napi_env env, const fs_listing_t* l, int with_types);
napi_value fs_split_function(napi_env env); /* fs.c */

#endif
