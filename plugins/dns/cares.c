/* The dns plugin's c-ares channel: DNS queries for Resolver and resolve*().
 *
 *   new ChannelWrap(timeoutMs, tries)
 *   query(type, name, ttl, callback) -> 0 or an ares status
 *       type: 'A' 'AAAA' 'ANY' 'CAA' 'CNAME' 'MX' 'NS' 'NAPTR' 'PTR' 'SOA' 'SRV' 'TXT'.
 *       Later callback(status, records[, ttls]), or during the call itself when c-ares
 *       answers at once (a bad name, /etc/hosts): the JS side defers those (status 0 or an ARES_* code); records
 *       as node's resolve*() gives them; ttls for A/AAAA when `ttl` is true.
 *   getHostByAddr(ip, callback) -> later callback(status, hostnames)
 *   getServers() -> [[ip, port], ...]; setServers(csv) -> ares status, or -1 while
 *       queries are pending (c-ares would drop them)
 *   setLocalAddress(ipv4|null, ipv6|null) -> 0 or ARES_EBADSTR; cancel()
 *
 * c-ares owns the sockets; each one it asks us to watch gets a uv_poll_t and one
 * uv_timer_t drives its timeouts, both active only while queries are pending. Replies
 * are parsed on the loop thread and handed to JS through napi_make_callback. */
#include <arpa/inet.h>
#include <ares.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include <nodus/plugin.h>

typedef struct cares_poll_s {
  uv_poll_t poll;
  ares_socket_t sock;
  struct cares_channel_s* chan;
  struct cares_poll_s* next;
} cares_poll_t;

typedef struct cares_channel_s {
  ares_channel channel;
  uv_timer_t timer;
  napi_env env;
  cares_poll_t* polls;
  int pending;
} cares_channel_t;

typedef struct {
  cares_channel_t* chan;
  napi_env env;
  napi_ref callback;
  napi_async_context ctx;
  int type; /* index into kTypes */
  int ttl;
} cares_query_t;

static const struct {
  const char* name;
  int rr;
} kTypes[] = {
    {"A", 1}, {"AAAA", 28}, {"ANY", 255}, {"CAA", 257}, {"CNAME", 5}, {"MX", 15},
    {"NS", 2}, {"NAPTR", 35}, {"PTR", 12}, {"SOA", 6}, {"SRV", 33}, {"TXT", 16},
};
enum { T_A, T_AAAA, T_ANY, T_CAA, T_CNAME, T_MX, T_NS, T_NAPTR, T_PTR, T_SOA, T_SRV, T_TXT, T_COUNT };

static _Thread_local napi_ref cares_ctor;

/* ---- sockets and timer ---- */

static void cares_timer_cb(uv_timer_t* t) {
  cares_channel_t* c = t->data;
  ares_process_fd(c->channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
}

static void cares_arm_timer(cares_channel_t* c) {
  struct timeval tv, *tvp = ares_timeout(c->channel, NULL, &tv);
  uint64_t ms = tvp ? (uint64_t)tvp->tv_sec * 1000 + (uint64_t)tvp->tv_usec / 1000 : 1000;
  uv_timer_start(&c->timer, cares_timer_cb, ms ? ms : 1, 0);
}

static void cares_poll_cb(uv_poll_t* p, int status, int events) {
  cares_poll_t* w = p->data;
  cares_channel_t* c = w->chan;
  ares_socket_t fd = w->sock;
  if (status < 0) {
    /* An error on the socket: let c-ares read and write it to find out. */
    ares_process_fd(c->channel, fd, fd);
  } else {
    ares_process_fd(c->channel, (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                    (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
  }
  if (c->pending > 0) cares_arm_timer(c);
}

static void cares_poll_closed(uv_handle_t* h) { free(h->data); }

static void cares_sock_state(void* data, ares_socket_t sock, int readable, int writable) {
  cares_channel_t* c = data;
  cares_poll_t** link = &c->polls;
  while (*link && (*link)->sock != sock) link = &(*link)->next;
  cares_poll_t* w = *link;
  if (readable || writable) {
    if (!w) {
      uv_loop_t* loop;
      napi_get_uv_event_loop(c->env, &loop);
      w = calloc(1, sizeof(*w));
      if (!w) return;
      if (uv_poll_init_socket(loop, &w->poll, sock) != 0) {
        free(w);
        return;
      }
      w->sock = sock;
      w->chan = c;
      w->poll.data = w;
      w->next = c->polls;
      c->polls = w;
    }
    uv_poll_start(&w->poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), cares_poll_cb);
    cares_arm_timer(c);
  } else if (w) {
    *link = w->next;
    uv_close((uv_handle_t*)&w->poll, cares_poll_closed);
  }
}

/* ---- values ---- */

static napi_value str(napi_env env, const char* s) {
  napi_value v;
  napi_create_string_utf8(env, s ? s : "", NAPI_AUTO_LENGTH, &v);
  return v;
}

static napi_value num(napi_env env, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  return v;
}

static void push(napi_env env, napi_value arr, napi_value v) {
  uint32_t n;
  napi_get_array_length(env, arr, &n);
  napi_set_element(env, arr, n, v);
}

static void set(napi_env env, napi_value obj, const char* key, napi_value v) {
  napi_set_named_property(env, obj, key, v);
}

/* Each parser appends to `out` (ANY passes `tag` to add a type field) and returns an
 * ares status. */
static int parse_addrs(napi_env env, const unsigned char* buf, int len, int v6, napi_value out,
                       napi_value ttls, int tag) {
  struct ares_addrttl a4[256];
  struct ares_addr6ttl a6[256];
  int n = 256, i, st;
  char ip[INET6_ADDRSTRLEN];
  st = v6 ? ares_parse_aaaa_reply(buf, len, NULL, a6, &n) : ares_parse_a_reply(buf, len, NULL, a4, &n);
  if (st != ARES_SUCCESS) return st;
  for (i = 0; i < n; i++) {
    int ttl;
    if (v6) {
      inet_ntop(AF_INET6, &a6[i].ip6addr, ip, sizeof(ip));
      ttl = a6[i].ttl;
    } else {
      inet_ntop(AF_INET, &a4[i].ipaddr, ip, sizeof(ip));
      ttl = a4[i].ttl;
    }
    if (tag) {
      napi_value o;
      napi_create_object(env, &o);
      set(env, o, "address", str(env, ip));
      set(env, o, "ttl", num(env, ttl));
      set(env, o, "type", str(env, v6 ? "AAAA" : "A"));
      push(env, out, o);
    } else {
      push(env, out, str(env, ip));
      if (ttls) push(env, ttls, num(env, ttl));
    }
  }
  return ARES_SUCCESS;
}

static int parse_hostent_names(napi_env env, const unsigned char* buf, int len, int type, napi_value out,
                               int tag) {
  struct hostent* h = NULL;
  int st;
  if (type == T_CNAME) {
    st = ares_parse_a_reply(buf, len, &h, NULL, NULL);
    if (st == ARES_SUCCESS && h) {
      if (tag) {
        napi_value o;
        napi_create_object(env, &o);
        set(env, o, "value", str(env, h->h_name));
        set(env, o, "type", str(env, "CNAME"));
        push(env, out, o);
      } else {
        push(env, out, str(env, h->h_name));
      }
    }
  } else {
    st = type == T_NS ? ares_parse_ns_reply(buf, len, &h) : ares_parse_ptr_reply(buf, len, NULL, 0, AF_INET, &h);
    if (st == ARES_SUCCESS && h) {
      for (char** a = h->h_aliases; a && *a; a++) {
        if (tag) {
          napi_value o;
          napi_create_object(env, &o);
          set(env, o, "value", str(env, *a));
          set(env, o, "type", str(env, type == T_NS ? "NS" : "PTR"));
          push(env, out, o);
        } else {
          push(env, out, str(env, *a));
        }
      }
    }
  }
  if (h) ares_free_hostent(h);
  return st;
}

static int parse_records(napi_env env, const unsigned char* buf, int len, int type, napi_value out, int tag) {
  int st;
  napi_value o;
  switch (type) {
    case T_MX: {
      struct ares_mx_reply *r = NULL, *p;
      st = ares_parse_mx_reply(buf, len, &r);
      for (p = st == ARES_SUCCESS ? r : NULL; p; p = p->next) {
        napi_create_object(env, &o);
        set(env, o, "exchange", str(env, p->host));
        set(env, o, "priority", num(env, p->priority));
        if (tag) set(env, o, "type", str(env, "MX"));
        push(env, out, o);
      }
      if (r) ares_free_data(r);
      return st;
    }
    case T_SRV: {
      struct ares_srv_reply *r = NULL, *p;
      st = ares_parse_srv_reply(buf, len, &r);
      for (p = st == ARES_SUCCESS ? r : NULL; p; p = p->next) {
        napi_create_object(env, &o);
        set(env, o, "name", str(env, p->host));
        set(env, o, "port", num(env, p->port));
        set(env, o, "priority", num(env, p->priority));
        set(env, o, "weight", num(env, p->weight));
        if (tag) set(env, o, "type", str(env, "SRV"));
        push(env, out, o);
      }
      if (r) ares_free_data(r);
      return st;
    }
    case T_NAPTR: {
      struct ares_naptr_reply *r = NULL, *p;
      st = ares_parse_naptr_reply(buf, len, &r);
      for (p = st == ARES_SUCCESS ? r : NULL; p; p = p->next) {
        napi_create_object(env, &o);
        set(env, o, "flags", str(env, (const char*)p->flags));
        set(env, o, "service", str(env, (const char*)p->service));
        set(env, o, "regexp", str(env, (const char*)p->regexp));
        set(env, o, "replacement", str(env, p->replacement));
        set(env, o, "order", num(env, p->order));
        set(env, o, "preference", num(env, p->preference));
        if (tag) set(env, o, "type", str(env, "NAPTR"));
        push(env, out, o);
      }
      if (r) ares_free_data(r);
      return st;
    }
    case T_SOA: {
      struct ares_soa_reply* r = NULL;
      st = ares_parse_soa_reply(buf, len, &r);
      if (st == ARES_SUCCESS && r) {
        napi_create_object(env, &o);
        set(env, o, "nsname", str(env, r->nsname));
        set(env, o, "hostmaster", str(env, r->hostmaster));
        set(env, o, "serial", num(env, r->serial));
        set(env, o, "refresh", num(env, r->refresh));
        set(env, o, "retry", num(env, r->retry));
        set(env, o, "expire", num(env, r->expire));
        set(env, o, "minttl", num(env, r->minttl));
        if (tag) set(env, o, "type", str(env, "SOA"));
        push(env, out, o);
      }
      if (r) ares_free_data(r);
      return st;
    }
    case T_CAA: {
      struct ares_caa_reply *r = NULL, *p;
      st = ares_parse_caa_reply(buf, len, &r);
      for (p = st == ARES_SUCCESS ? r : NULL; p; p = p->next) {
        napi_value v;
        napi_create_object(env, &o);
        set(env, o, "critical", num(env, p->critical));
        napi_create_string_utf8(env, (const char*)p->value, p->length, &v);
        char prop[256];
        size_t pl = p->plength < sizeof(prop) - 1 ? p->plength : sizeof(prop) - 1;
        memcpy(prop, p->property, pl);
        prop[pl] = 0;
        set(env, o, prop, v);
        if (tag) set(env, o, "type", str(env, "CAA"));
        push(env, out, o);
      }
      if (r) ares_free_data(r);
      return st;
    }
    case T_TXT: {
      struct ares_txt_ext *r = NULL, *p;
      napi_value chunks = NULL;
      st = ares_parse_txt_reply_ext(buf, len, &r);
      for (p = st == ARES_SUCCESS ? r : NULL; p; p = p->next) {
        napi_value s;
        if (p->record_start || !chunks) {
          napi_create_array(env, &chunks);
          if (tag) {
            napi_create_object(env, &o);
            set(env, o, "entries", chunks);
            set(env, o, "type", str(env, "TXT"));
            push(env, out, o);
          } else {
            push(env, out, chunks);
          }
        }
        napi_create_string_utf8(env, (const char*)p->txt, p->length, &s);
        push(env, chunks, s);
      }
      if (r) ares_free_data(r);
      return st;
    }
  }
  return ARES_ENOTIMP;
}

static int parse_reply(napi_env env, const unsigned char* buf, int len, int type, napi_value out,
                       napi_value ttls) {
  switch (type) {
    case T_A: return parse_addrs(env, buf, len, 0, out, ttls, 0);
    case T_AAAA: return parse_addrs(env, buf, len, 1, out, ttls, 0);
    case T_CNAME: case T_NS: case T_PTR: return parse_hostent_names(env, buf, len, type, out, 0);
    case T_ANY: {
      /* Every kind the answer holds; ENODATA only when none of them parsed. */
      int any = 0;
      if (parse_addrs(env, buf, len, 0, out, NULL, 1) == ARES_SUCCESS) any = 1;
      if (parse_addrs(env, buf, len, 1, out, NULL, 1) == ARES_SUCCESS) any = 1;
      static const int kinds[] = {T_CNAME, T_MX, T_NS, T_TXT, T_SRV, T_PTR, T_NAPTR, T_SOA, T_CAA};
      for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        int st = (kinds[i] == T_CNAME || kinds[i] == T_NS || kinds[i] == T_PTR)
                     ? parse_hostent_names(env, buf, len, kinds[i], out, 1)
                     : parse_records(env, buf, len, kinds[i], out, 1);
        if (st == ARES_SUCCESS) any = 1;
      }
      return any ? ARES_SUCCESS : ARES_ENODATA;
    }
    default: return parse_records(env, buf, len, type, out, 0);
  }
}

/* ---- queries ---- */

static void query_finish(cares_query_t* q, int status, napi_value result, napi_value ttls) {
  napi_value fn, global, argv[3];
  napi_get_reference_value(q->env, q->callback, &fn);
  napi_get_global(q->env, &global);
  napi_create_int32(q->env, status, &argv[0]);
  argv[1] = result;
  argv[2] = ttls;
  q->chan->pending--;
  if (q->chan->pending == 0) uv_timer_stop(&q->chan->timer);
  napi_make_callback(q->env, q->ctx, global, fn, 3, argv, NULL);
  napi_delete_reference(q->env, q->callback);
  napi_async_destroy(q->env, q->ctx);
  free(q);
}

static void query_cb(void* arg, int status, int timeouts, unsigned char* abuf, int alen) {
  (void)timeouts;
  cares_query_t* q = arg;
  napi_env env = q->env; /* q is freed by query_finish */
  napi_handle_scope scope;
  napi_value result, ttls;
  napi_open_handle_scope(env, &scope);
  napi_create_array(q->env, &result);
  napi_create_array(q->env, &ttls);
  if (status == ARES_SUCCESS) {
    status = parse_reply(q->env, abuf, alen, q->type, result, q->ttl ? ttls : NULL);
    /* SOA answers one object, not a list. */
    if (status == ARES_SUCCESS && q->type == T_SOA) napi_get_element(q->env, result, 0, &result);
  }
  query_finish(q, status, result, ttls);
  napi_close_handle_scope(env, scope);
}

static void hostbyaddr_cb(void* arg, int status, int timeouts, struct hostent* h) {
  (void)timeouts;
  cares_query_t* q = arg;
  napi_env env = q->env; /* q is freed by query_finish */
  napi_handle_scope scope;
  napi_value result;
  napi_open_handle_scope(env, &scope);
  napi_create_array(q->env, &result);
  /* The names are the aliases: a PTR answer lists every name there, as node reports. */
  if (status == ARES_SUCCESS && h) {
    for (char** a = h->h_aliases; a && *a; a++) push(q->env, result, str(q->env, *a));
  }
  query_finish(q, status, result, result);
  napi_close_handle_scope(env, scope);
}

static cares_channel_t* unwrap(napi_env env, napi_callback_info info, size_t* argc, napi_value* argv) {
  napi_value self;
  void* p = NULL;
  size_t zero = 0;
  if (napi_get_cb_info(env, info, argc ? argc : &zero, argv, &self, NULL) != napi_ok) return NULL;
  if (napi_unwrap(env, self, &p) != napi_ok) return NULL;
  return p;
}

static napi_value ret_int(napi_env env, int v) {
  napi_value r;
  napi_create_int32(env, v, &r);
  return r;
}

static cares_query_t* query_new(napi_env env, cares_channel_t* c, napi_value cb, const char* name) {
  cares_query_t* q = calloc(1, sizeof(*q));
  napi_value n;
  if (!q) return NULL;
  q->chan = c;
  q->env = env;
  napi_create_reference(env, cb, 1, &q->callback);
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &n);
  napi_async_init(env, NULL, n, &q->ctx);
  c->pending++;
  return q;
}

/* query(type, name, ttl, callback) */
static napi_value cares_query(napi_env env, napi_callback_info info) {
  size_t argc = 4, len;
  napi_value argv[4];
  char type[16], *name;
  bool ttl = false;
  int t;
  cares_channel_t* c = unwrap(env, info, &argc, argv);
  if (!c || argc < 4 || napi_get_value_string_utf8(env, argv[0], type, sizeof(type), &len) != napi_ok ||
      napi_get_value_string_utf8(env, argv[1], NULL, 0, &len) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "query(type, name, ttl, callback)");
    return NULL;
  }
  for (t = 0; t < T_COUNT && strcmp(kTypes[t].name, type) != 0; t++) {}
  if (t == T_COUNT) return ret_int(env, ARES_ENOTIMP);
  name = malloc(len + 1);
  if (!name) return ret_int(env, ARES_ENOMEM);
  napi_get_value_string_utf8(env, argv[1], name, len + 1, &len);
  napi_get_value_bool(env, argv[2], &ttl);
  cares_query_t* q = query_new(env, c, argv[3], "QUERYWRAP");
  if (!q) {
    free(name);
    return ret_int(env, ARES_ENOMEM);
  }
  q->type = t;
  q->ttl = ttl;
  /* ns_c_in = 1. The callback may run synchronously (e.g. a bad name). */
  ares_query(c->channel, name, 1, kTypes[t].rr, query_cb, q);
  free(name);
  return ret_int(env, 0);
}

static napi_value cares_get_host_by_addr(napi_env env, napi_callback_info info) {
  size_t argc = 2, len;
  napi_value argv[2];
  char ip[64];
  unsigned char addr[16];
  int family;
  cares_channel_t* c = unwrap(env, info, &argc, argv);
  if (!c || argc < 2 || napi_get_value_string_utf8(env, argv[0], ip, sizeof(ip), &len) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "getHostByAddr(ip, callback)");
    return NULL;
  }
  if (inet_pton(AF_INET, ip, addr) == 1) family = AF_INET;
  else if (inet_pton(AF_INET6, ip, addr) == 1) family = AF_INET6;
  else return ret_int(env, ARES_ENOTIMP);
  cares_query_t* q = query_new(env, c, argv[1], "GETHOSTBYADDRWRAP");
  if (!q) return ret_int(env, ARES_ENOMEM);
  ares_gethostbyaddr(c->channel, addr, family == AF_INET ? 4 : 16, family, hostbyaddr_cb, q);
  return ret_int(env, 0);
}

static napi_value cares_get_servers(napi_env env, napi_callback_info info) {
  cares_channel_t* c = unwrap(env, info, NULL, NULL);
  struct ares_addr_port_node *servers = NULL, *s;
  napi_value arr, pair;
  char ip[INET6_ADDRSTRLEN];
  napi_create_array(env, &arr);
  if (!c || ares_get_servers_ports(c->channel, &servers) != ARES_SUCCESS) return arr;
  for (s = servers; s; s = s->next) {
    inet_ntop(s->family, &s->addr, ip, sizeof(ip));
    napi_create_array(env, &pair);
    napi_set_element(env, pair, 0, str(env, ip));
    napi_set_element(env, pair, 1, num(env, s->udp_port));
    push(env, arr, pair);
  }
  ares_free_data(servers);
  return arr;
}

static napi_value cares_set_servers(napi_env env, napi_callback_info info) {
  size_t argc = 1, len;
  napi_value argv[1];
  cares_channel_t* c = unwrap(env, info, &argc, argv);
  if (!c || argc < 1 || napi_get_value_string_utf8(env, argv[0], NULL, 0, &len) != napi_ok)
    return ret_int(env, ARES_EBADSTR);
  if (c->pending > 0) return ret_int(env, -1);
  char* csv = malloc(len + 1);
  if (!csv) return ret_int(env, ARES_ENOMEM);
  napi_get_value_string_utf8(env, argv[0], csv, len + 1, &len);
  /* An empty list clears the servers (c-ares reads "" as no servers). */
  int st = len ? ares_set_servers_ports_csv(c->channel, csv) : ares_set_servers_ports(c->channel, NULL);
  free(csv);
  return ret_int(env, st);
}

static napi_value cares_set_local_address(napi_env env, napi_callback_info info) {
  size_t argc = 2, len;
  napi_value argv[2];
  char ip[64];
  unsigned char addr[16];
  cares_channel_t* c = unwrap(env, info, &argc, argv);
  if (!c) return ret_int(env, ARES_EBADSTR);
  for (size_t i = 0; i < argc && i < 2; i++) {
    napi_valuetype t;
    napi_typeof(env, argv[i], &t);
    if (t != napi_string) continue;
    napi_get_value_string_utf8(env, argv[i], ip, sizeof(ip), &len);
    if (inet_pton(AF_INET, ip, addr) == 1) {
      uint32_t v;
      memcpy(&v, addr, 4);
      ares_set_local_ip4(c->channel, ntohl(v));
    } else if (inet_pton(AF_INET6, ip, addr) == 1) {
      ares_set_local_ip6(c->channel, addr);
    } else {
      return ret_int(env, ARES_EBADSTR);
    }
  }
  return ret_int(env, 0);
}

static napi_value cares_cancel(napi_env env, napi_callback_info info) {
  cares_channel_t* c = unwrap(env, info, NULL, NULL);
  if (c) ares_cancel(c->channel);
  return NULL;
}

static napi_value cares_strerror(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t code = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc >= 1) napi_get_value_int32(env, argv[0], &code);
  return str(env, ares_strerror(code));
}

static napi_value cares_new(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self;
  int32_t timeout = -1, tries = 4;
  uv_loop_t* loop;
  if (napi_get_cb_info(env, info, &argc, argv, &self, NULL) != napi_ok) return NULL;
  if (argc >= 1) napi_get_value_int32(env, argv[0], &timeout);
  if (argc >= 2) napi_get_value_int32(env, argv[1], &tries);
  cares_channel_t* c = calloc(1, sizeof(*c));
  if (!c) return NULL;
  c->env = env;
  struct ares_options opts;
  memset(&opts, 0, sizeof(opts));
  opts.flags = ARES_FLAG_NOCHECKRESP;
  opts.sock_state_cb = cares_sock_state;
  opts.sock_state_cb_data = c;
  opts.timeout = timeout;
  opts.tries = tries;
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
  if (timeout >= 0) mask |= ARES_OPT_TIMEOUTMS;
  int st = ares_init_options(&c->channel, &opts, mask);
  if (st != ARES_SUCCESS) {
    free(c);
    napi_throw_error(env, "ERR_DNS_SET_SERVERS_FAILED", ares_strerror(st));
    return NULL;
  }
  napi_get_uv_event_loop(env, &loop);
  uv_timer_init(loop, &c->timer);
  c->timer.data = c;
  /* The channel lives as long as the process (resolvers are few and long-lived). */
  if (napi_wrap(env, self, c, NULL, NULL, NULL) != napi_ok) return NULL;
  return self;
}

int nodus_dns_cares_init(napi_env env, napi_value exports) {
  if (ares_library_init(ARES_LIB_INIT_ALL) != ARES_SUCCESS) return 1; /* no resolver, lookup stays */
  napi_property_descriptor methods[] = {
      {"query", NULL, cares_query, NULL, NULL, NULL, napi_default_method, NULL},
      {"getHostByAddr", NULL, cares_get_host_by_addr, NULL, NULL, NULL, napi_default_method, NULL},
      {"getServers", NULL, cares_get_servers, NULL, NULL, NULL, napi_default_method, NULL},
      {"setServers", NULL, cares_set_servers, NULL, NULL, NULL, napi_default_method, NULL},
      {"setLocalAddress", NULL, cares_set_local_address, NULL, NULL, NULL, napi_default_method, NULL},
      {"cancel", NULL, cares_cancel, NULL, NULL, NULL, napi_default_method, NULL},
  };
  napi_value cls, fn;
  if (napi_define_class(env, "ChannelWrap", NAPI_AUTO_LENGTH, cares_new, NULL,
                        sizeof(methods) / sizeof(methods[0]), methods, &cls) != napi_ok ||
      napi_create_reference(env, cls, 1, &cares_ctor) != napi_ok ||
      napi_set_named_property(env, exports, "ChannelWrap", cls) != napi_ok ||
      napi_create_function(env, "aresStrerror", NAPI_AUTO_LENGTH, cares_strerror, NULL, &fn) != napi_ok ||
      napi_set_named_property(env, exports, "aresStrerror", fn) != napi_ok)
    return 0;
  return 1;
}
