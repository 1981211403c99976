/* Directory listings for readdir: the names of a directory in byte order (libuv's
 * scandir order, which node shows), turned into JS with one string and one split rather
 * than one Node-API call per entry. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fs_internal.h"

typedef struct {
  uint64_t key;     /* the first 8 bytes, big-endian: most comparisons end here */
  const char* name; /* set once the arena stops moving */
  uint32_t off;     /* the name's offset in the arena */
  uint8_t type; /* uv_dirent_type_t */
} entry_t;

struct fs_listing_s {
  char* arena; /* names, each NUL-terminated */
  size_t used, cap;
  entry_t* entries;
  size_t count, ecap;
};

static uint64_t prefix_key(const char* s) {
  uint64_t k = 0;
  int i = 0;
  for (; i < 8 && s[i] != '\0'; i++) k = (k << 8) | (unsigned char)s[i];
  return k << (8 * (8 - i));
}

static int add(fs_listing_t* l, const char* name, uint8_t type) {
  size_t n = strlen(name) + 1;
  if (l->used + n > l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16384;
    while (cap < l->used + n) cap *= 2;
    char* a = realloc(l->arena, cap);
    if (a == NULL) return UV_ENOMEM;
    l->arena = a;
    l->cap = cap;
  }
  if (l->count == l->ecap) {
    size_t cap = l->ecap ? l->ecap * 2 : 256;
    entry_t* e = realloc(l->entries, cap * sizeof(*e));
    if (e == NULL) return UV_ENOMEM;
    l->entries = e;
    l->ecap = cap;
  }
  memcpy(l->arena + l->used, name, n);
  l->entries[l->count].key = prefix_key(name);
  l->entries[l->count].off = (uint32_t)l->used;
  l->entries[l->count].type = type;
  l->count++;
  l->used += n;
  return 0;
}

static inline int less(const entry_t* a, const entry_t* b) {
  if (a->key != b->key) return a->key < b->key;
  return strcmp(a->name, b->name) < 0;
}

/* Quicksort with the comparison inlined: qsort's merge sort through a function pointer
 * was a sixth of a 10k-entry readdir. */
static void sort_entries(entry_t* e, size_t n) {
  while (n > 16) {
    size_t mid = n / 2, last = n - 1;
    entry_t t;
    /* median of three to e[mid] */
    if (less(&e[mid], &e[0])) { t = e[mid]; e[mid] = e[0]; e[0] = t; }
    if (less(&e[last], &e[mid])) {
      t = e[last]; e[last] = e[mid]; e[mid] = t;
      if (less(&e[mid], &e[0])) { t = e[mid]; e[mid] = e[0]; e[0] = t; }
    }
    entry_t pivot = e[mid];
    size_t i = 0, j = last;
    for (;;) {
      while (less(&e[i], &pivot)) i++;
      while (less(&pivot, &e[j])) j--;
      if (i >= j) break;
      t = e[i]; e[i] = e[j]; e[j] = t;
      i++;
      j--;
    }
    /* recurse into the smaller half, loop on the larger */
    size_t left = j + 1;
    if (left < n - left) {
      sort_entries(e, left);
      e += left;
      n -= left;
    } else {
      sort_entries(e + left, n - left);
      n = left;
    }
  }
  for (size_t i = 1; i < n; i++) {
    entry_t t = e[i];
    size_t j = i;
    for (; j > 0 && less(&t, &e[j - 1]); j--) e[j] = e[j - 1];
    e[j] = t;
  }
}

static uint8_t type_of(unsigned char d_type) {
  switch (d_type) {
#ifdef DT_DIR
    case DT_DIR: return UV_DIRENT_DIR;
    case DT_REG: return UV_DIRENT_FILE;
    case DT_LNK: return UV_DIRENT_LINK;
    case DT_FIFO: return UV_DIRENT_FIFO;
    case DT_SOCK: return UV_DIRENT_SOCKET;
    case DT_CHR: return UV_DIRENT_CHAR;
    case DT_BLK: return UV_DIRENT_BLOCK;
#endif
    default: return UV_DIRENT_UNKNOWN;
  }
}

fs_listing_t* fs_listing_new(void) { return calloc(1, sizeof(fs_listing_t)); }

void fs_listing_free(fs_listing_t* l) {
  if (l == NULL) return;
  free(l->arena);
  free(l->entries);
  free(l);
}

/* Synchronous listing, without scandir's allocation per entry. Returns 0 or a negative
 * libuv error (what uv_fs_scandir would have reported). */
int fs_list_dir(const char* path, fs_listing_t* l) {
  DIR* d = opendir(path);
  if (d == NULL) return uv_translate_sys_error(errno);
  int err = 0;
  for (;;) {
    errno = 0;
    struct dirent* ent = readdir(d);
    if (ent == NULL) {
      if (errno != 0) err = uv_translate_sys_error(errno);
      break;
    }
    const char* n = ent->d_name;
    if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
    if ((err = add(l, n, type_of(ent->d_type))) != 0) break;
  }
  closedir(d);
  if (err == 0 && l->count > 1) {
    for (size_t i = 0; i < l->count; i++) l->entries[i].name = l->arena + l->entries[i].off;
    sort_entries(l->entries, l->count);
  }
  return err;
}

/* Takes the entries of a finished uv_fs_scandir request (already sorted by libuv). */
int fs_listing_from_req(uv_fs_t* req, fs_listing_t* l) {
  uv_dirent_t ent;
  while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
    int err = add(l, ent.name, (uint8_t)ent.type);
    if (err != 0) return err;
  }
  return 0;
}

/* names, or [names, types] with types a Uint8Array of uv_dirent_type_t values. */
napi_value fs_listing_to_js(napi_env env, const fs_listing_t* l, int with_types) {
  napi_value names = NULL, types, pair;
  if (l->count == 0) {
    if (napi_create_array(env, &names) != napi_ok) return NULL;
  } else {
    /* The names joined by NUL (which no file name contains), then split in one call. */
    char* joined = malloc(l->used);
    if (joined == NULL) return NULL;
    size_t pos = 0;
    int ascii = 1;
    for (size_t i = 0; i < l->count; i++) {
      const char* s = l->arena + l->entries[i].off;
      size_t n = strlen(s);
      for (size_t j = 0; j < n; j++) ascii &= (unsigned char)s[j] < 0x80;
      memcpy(joined + pos, s, n);
      pos += n;
      if (i + 1 < l->count) joined[pos++] = '\0';
    }
    napi_value str, split = fs_split_function(env), sep;
    if (split == NULL) {
      free(joined);
      return NULL;
    }
    napi_status st = ascii ? napi_create_string_latin1(env, joined, pos, &str)
                           : napi_create_string_utf8(env, joined, pos, &str);
    free(joined);
    if (st != napi_ok) return NULL;
    if (napi_create_string_latin1(env, "\0", 1, &sep) != napi_ok ||
        napi_call_function(env, str, split, 1, &sep, &names) != napi_ok)
      return NULL;
  }
  if (!with_types) return names;
  void* data;
  napi_value ab;
  size_t n = l->count;
  if (napi_create_arraybuffer(env, n, &data, &ab) != napi_ok ||
      napi_create_typedarray(env, napi_uint8_array, n, ab, 0, &types) != napi_ok)
    return NULL;
  for (size_t i = 0; i < n; i++) ((uint8_t*)data)[i] = l->entries[i].type;
  if (napi_create_array_with_length(env, 2, &pair) != napi_ok) return NULL;
  napi_set_element(env, pair, 0, names);
  napi_set_element(env, pair, 1, types);
  return pair;
}
