/* The physical ceiling for bench/http: a libuv server that answers every request on a
 * connection with one fixed response, parsing only enough to count requests (each ends
 * with an empty line; a POST's body is skipped by its Content-Length). Whatever node or
 * nodus spend above this per request is their own user-space cost.
 * usage: ceiling <port>  (0 picks one; prints the port) */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uv.h>

static const char kHello[] =
    "HTTP/1.1 200 OK\r\nContent-Length: 13\r\nConnection: keep-alive\r\n\r\nHello, World!";
static const char kHelloClose[] =
    "HTTP/1.1 200 OK\r\nContent-Length: 13\r\nConnection: close\r\n\r\nHello, World!";

typedef struct {
  uv_tcp_t tcp;
  char head[8192]; /* the unfinished request head carried between reads */
  size_t head_len;
  size_t body_left; /* request body bytes still to skip */
} conn_t;

static char *g_big;
static size_t g_big_len;

static void on_close(uv_handle_t *h) { free(h); }

static void on_write(uv_write_t *w, int status) {
  (void)status;
  free(w);
}

static void send_bytes(conn_t *c, const char *p, size_t n) {
  uv_buf_t b = uv_buf_init((char *)p, (unsigned)n);
  int r = uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
  if (r == (int)n) return;
  if (r < 0) r = 0;
  /* The rest is static data: no copy needed. */
  uv_write_t *w = malloc(sizeof(*w));
  b = uv_buf_init((char *)p + r, (unsigned)(n - r));
  uv_write(w, (uv_stream_t *)&c->tcp, &b, 1, on_write);
}

static void alloc_cb(uv_handle_t *h, size_t hint, uv_buf_t *buf) {
  static char slab[65536];
  (void)h;
  (void)hint;
  *buf = uv_buf_init(slab, sizeof(slab));
}

/* One complete request head: answer it. Returns 0 to keep the connection. */
static int answer(conn_t *c, const char *head, size_t len) {
  const char *cl = NULL;
  int close_it = 0;
  for (const char *p = head; p < head + len; p++) {
    if (*p != '\n') continue;
    if (len - (p + 1 - head) > 15 && !strncasecmp(p + 1, "content-length:", 15)) cl = p + 16;
    if (len - (p + 1 - head) > 17 && !strncasecmp(p + 1, "connection: close", 17)) close_it = 1;
  }
  if (cl) c->body_left = strtoul(cl, NULL, 10);
  if (len > 8 && !memcmp(head, "GET /big ", 9)) {
    send_bytes(c, g_big, g_big_len);
  } else if (close_it) {
    send_bytes(c, kHelloClose, sizeof(kHelloClose) - 1);
    return 1;
  } else {
    send_bytes(c, kHello, sizeof(kHello) - 1);
  }
  return 0;
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
  conn_t *c = (conn_t *)s;
  if (nread < 0) {
    uv_close((uv_handle_t *)s, on_close);
    return;
  }
  const char *p = buf->base, *end = buf->base + nread;
  while (p < end) {
    if (c->body_left) {
      size_t n = (size_t)(end - p) < c->body_left ? (size_t)(end - p) : c->body_left;
      c->body_left -= n;
      p += n;
      continue;
    }
    /* Append to the head until its empty line. */
    size_t room = sizeof(c->head) - c->head_len;
    size_t n = (size_t)(end - p) < room ? (size_t)(end - p) : room;
    memcpy(c->head + c->head_len, p, n);
    size_t old = c->head_len;
    c->head_len += n;
    size_t from = old > 3 ? old - 3 : 0;
    char *hit = NULL;
    for (size_t i = from; i + 3 < c->head_len; i++)
      if (!memcmp(c->head + i, "\r\n\r\n", 4)) { hit = c->head + i; break; }
    if (!hit) {
      if (c->head_len == sizeof(c->head)) { uv_close((uv_handle_t *)s, on_close); return; }
      p += n;
      continue;
    }
    size_t used = (size_t)(hit + 4 - c->head) - old;
    p += used;
    size_t hlen = (size_t)(hit + 4 - c->head);
    c->head_len = 0;
    if (answer(c, c->head, hlen)) {
      uv_close((uv_handle_t *)s, on_close);
      return;
    }
  }
}

static void on_conn(uv_stream_t *server, int status) {
  if (status < 0) return;
  conn_t *c = calloc(1, sizeof(*c));
  uv_tcp_init(server->loop, &c->tcp);
  if (uv_accept(server, (uv_stream_t *)&c->tcp) == 0) {
    uv_tcp_nodelay(&c->tcp, 1);
    uv_read_start((uv_stream_t *)&c->tcp, alloc_cb, on_read);
  } else {
    uv_close((uv_handle_t *)&c->tcp, on_close);
  }
}

int main(int argc, char **argv) {
  static const char hdr[] = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            "Content-Length: 65536\r\nConnection: keep-alive\r\n\r\n";
  g_big_len = sizeof(hdr) - 1 + 65536;
  g_big = malloc(g_big_len);
  memcpy(g_big, hdr, sizeof(hdr) - 1);
  memset(g_big + sizeof(hdr) - 1, 'x', 65536);

  uv_loop_t *loop = uv_default_loop();
  uv_tcp_t server;
  struct sockaddr_in addr;
  uv_tcp_init(loop, &server);
  uv_ip4_addr("127.0.0.1", argc > 1 ? atoi(argv[1]) : 0, &addr);
  if (uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0) ||
      uv_listen((uv_stream_t *)&server, 511, on_conn)) {
    fprintf(stderr, "ceiling: cannot listen\n");
    return 1;
  }
  struct sockaddr_in bound;
  int len = sizeof(bound);
  uv_tcp_getsockname(&server, (struct sockaddr *)&bound, &len);
  printf("%d\n", ntohs(bound.sin_port));
  fflush(stdout);
  return uv_run(loop, UV_RUN_DEFAULT);
}
