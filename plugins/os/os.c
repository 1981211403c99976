/* The os plugin's native half: what libuv knows about the machine, on Node-API.
 * Every function either returns its value or throws an Error carrying `errno` (a
 * negative libuv code), `code` and `syscall`; os.js turns those into node's SystemError. */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <uv.h>

#include <node_api.h>

#define CHECK(call)                       \
  do {                                    \
    if ((call) != napi_ok) return NULL;   \
  } while (0)

static napi_value throw_uv(napi_env env, int err, const char* syscall) {
  napi_value msg, error, v;
  napi_create_string_utf8(env, uv_strerror(err), NAPI_AUTO_LENGTH, &msg);
  napi_create_error(env, NULL, msg, &error);
  napi_create_int32(env, err, &v);
  napi_set_named_property(env, error, "errno", v);
  napi_create_string_utf8(env, uv_err_name(err), NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, error, "code", v);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, error, "syscall", v);
  napi_throw(env, error);
  return NULL;
}

static napi_value str(napi_env env, const char* s) {
  napi_value v;
  if (napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v) != napi_ok) return NULL;
  return v;
}

static napi_value num(napi_env env, double d) {
  napi_value v;
  if (napi_create_double(env, d, &v) != napi_ok) return NULL;
  return v;
}

static napi_value get_hostname(napi_env env, napi_callback_info info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof(buf);
  int err = uv_os_gethostname(buf, &len);
  if (err) return throw_uv(env, err, "uv_os_gethostname");
  return str(env, buf);
}

static napi_value get_home_directory(napi_env env, napi_callback_info info) {
  char buf[4096];
  size_t len = sizeof(buf);
  int err = uv_os_homedir(buf, &len);
  if (err) return throw_uv(env, err, "uv_os_homedir");
  return str(env, buf);
}

static napi_value get_uptime(napi_env env, napi_callback_info info) {
  double t;
  int err = uv_uptime(&t);
  if (err) return throw_uv(env, err, "uv_uptime");
  return num(env, t);
}

static napi_value get_free_mem(napi_env env, napi_callback_info info) {
  return num(env, (double)uv_get_free_memory());
}

static napi_value get_total_mem(napi_env env, napi_callback_info info) {
  return num(env, (double)uv_get_total_memory());
}

static napi_value get_available_parallelism(napi_env env, napi_callback_info info) {
  return num(env, (double)uv_available_parallelism());
}

static napi_value get_load_avg(napi_env env, napi_callback_info info) {
  double avg[3];
  napi_value arr;
  uv_loadavg(avg);
  CHECK(napi_create_array_with_length(env, 3, &arr));
  for (uint32_t i = 0; i < 3; i++) CHECK(napi_set_element(env, arr, i, num(env, avg[i])));
  return arr;
}

/* [sysname, version, release, machine] */
static napi_value get_os_information(napi_env env, napi_callback_info info) {
  uv_utsname_t u;
  napi_value arr;
  int err = uv_os_uname(&u);
  if (err) return throw_uv(env, err, "uv_os_uname");
  CHECK(napi_create_array_with_length(env, 4, &arr));
  CHECK(napi_set_element(env, arr, 0, str(env, u.sysname)));
  CHECK(napi_set_element(env, arr, 1, str(env, u.version)));
  CHECK(napi_set_element(env, arr, 2, str(env, u.release)));
  CHECK(napi_set_element(env, arr, 3, str(env, u.machine)));
  return arr;
}

static napi_value get_cpus(napi_env env, napi_callback_info info) {
  uv_cpu_info_t* cpus;
  int count;
  napi_value arr;
  int err = uv_cpu_info(&cpus, &count);
  if (err) return throw_uv(env, err, "uv_cpu_info");
  if (napi_create_array_with_length(env, (size_t)count, &arr) != napi_ok) goto fail;
  for (int i = 0; i < count; i++) {
    napi_value cpu, times;
    if (napi_create_object(env, &cpu) != napi_ok || napi_create_object(env, &times) != napi_ok) goto fail;
    napi_set_named_property(env, cpu, "model", str(env, cpus[i].model));
    napi_set_named_property(env, cpu, "speed", num(env, cpus[i].speed));
    napi_set_named_property(env, times, "user", num(env, (double)cpus[i].cpu_times.user));
    napi_set_named_property(env, times, "nice", num(env, (double)cpus[i].cpu_times.nice));
    napi_set_named_property(env, times, "sys", num(env, (double)cpus[i].cpu_times.sys));
    napi_set_named_property(env, times, "idle", num(env, (double)cpus[i].cpu_times.idle));
    napi_set_named_property(env, times, "irq", num(env, (double)cpus[i].cpu_times.irq));
    napi_set_named_property(env, cpu, "times", times);
    if (napi_set_element(env, arr, (uint32_t)i, cpu) != napi_ok) goto fail;
  }
  uv_free_cpu_info(cpus, count);
  return arr;
fail:
  uv_free_cpu_info(cpus, count);
  return NULL;
}

/* A flat list: name, address, netmask, family, mac, internal, scopeid, ... per entry. */
static napi_value get_interface_addresses(napi_env env, napi_callback_info info) {
  uv_interface_address_t* ifs;
  int count;
  napi_value arr;
  int err = uv_interface_addresses(&ifs, &count);
  if (err) return throw_uv(env, err, "uv_interface_addresses");
  if (napi_create_array_with_length(env, (size_t)count * 7, &arr) != napi_ok) {
    uv_free_interface_addresses(ifs, count);
    return NULL;
  }
  for (int i = 0; i < count; i++) {
    char ip[INET6_ADDRSTRLEN], mask[INET6_ADDRSTRLEN], mac[18];
    const char* family;
    int scope = -1;
    if (ifs[i].address.address4.sin_family == AF_INET) {
      uv_ip4_name(&ifs[i].address.address4, ip, sizeof(ip));
      uv_ip4_name(&ifs[i].netmask.netmask4, mask, sizeof(mask));
      family = "IPv4";
    } else {
      uv_ip6_name(&ifs[i].address.address6, ip, sizeof(ip));
      uv_ip6_name(&ifs[i].netmask.netmask6, mask, sizeof(mask));
      family = "IPv6";
      scope = (int)ifs[i].address.address6.sin6_scope_id;
    }
    const unsigned char* m = (const unsigned char*)ifs[i].phys_addr;
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
    napi_value internal, scopeid;
    napi_get_boolean(env, ifs[i].is_internal, &internal);
    if (scope >= 0) napi_create_int32(env, scope, &scopeid);
    else napi_get_undefined(env, &scopeid);
    uint32_t base = (uint32_t)i * 7;
    napi_set_element(env, arr, base, str(env, ifs[i].name));
    napi_set_element(env, arr, base + 1, str(env, ip));
    napi_set_element(env, arr, base + 2, str(env, mask));
    napi_set_element(env, arr, base + 3, str(env, family));
    napi_set_element(env, arr, base + 4, str(env, mac));
    napi_set_element(env, arr, base + 5, internal);
    napi_set_element(env, arr, base + 6, scopeid);
  }
  uv_free_interface_addresses(ifs, count);
  return arr;
}

/* getUserInfo() -> { uid, gid, username, homedir, shell } (strings as UTF-8) */
static napi_value get_user_info(napi_env env, napi_callback_info info) {
  uv_passwd_t pwd;
  napi_value obj, v;
  int err = uv_os_get_passwd(&pwd);
  if (err) return throw_uv(env, err, "uv_os_get_passwd");
  if (napi_create_object(env, &obj) != napi_ok) goto done;
  napi_create_int64(env, (int64_t)pwd.uid, &v);
  napi_set_named_property(env, obj, "uid", v);
  napi_create_int64(env, (int64_t)pwd.gid, &v);
  napi_set_named_property(env, obj, "gid", v);
  napi_set_named_property(env, obj, "username", str(env, pwd.username));
  napi_set_named_property(env, obj, "homedir", str(env, pwd.homedir));
  if (pwd.shell) napi_set_named_property(env, obj, "shell", str(env, pwd.shell));
  else {
    napi_get_null(env, &v);
    napi_set_named_property(env, obj, "shell", v);
  }
done:
  uv_os_free_passwd(&pwd);
  return obj;
}

static napi_value set_priority(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t pid, prio;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  CHECK(napi_get_value_int32(env, argv[0], &pid));
  CHECK(napi_get_value_int32(env, argv[1], &prio));
  int err = uv_os_setpriority((uv_pid_t)pid, prio);
  if (err) return throw_uv(env, err, "uv_os_setpriority");
  return NULL;
}

static napi_value get_priority(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], v;
  int32_t pid;
  int prio;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  CHECK(napi_get_value_int32(env, argv[0], &pid));
  int err = uv_os_getpriority((uv_pid_t)pid, &prio);
  if (err) return throw_uv(env, err, "uv_os_getpriority");
  CHECK(napi_create_int32(env, prio, &v));
  return v;
}

struct named_int {
  const char* name;
  int value;
};

#define E(x) {#x, x}
static const struct named_int errno_names[] = {
    E(E2BIG), E(EACCES), E(EADDRINUSE), E(EADDRNOTAVAIL), E(EAFNOSUPPORT), E(EAGAIN),
    E(EALREADY), E(EBADF), E(EBADMSG), E(EBUSY), E(ECANCELED), E(ECHILD), E(ECONNABORTED),
    E(ECONNREFUSED), E(ECONNRESET), E(EDEADLK), E(EDESTADDRREQ), E(EDOM), E(EDQUOT),
    E(EEXIST), E(EFAULT), E(EFBIG), E(EHOSTUNREACH), E(EIDRM), E(EILSEQ), E(EINPROGRESS),
    E(EINTR), E(EINVAL), E(EIO), E(EISCONN), E(EISDIR), E(ELOOP), E(EMFILE), E(EMLINK),
    E(EMSGSIZE), E(EMULTIHOP), E(ENAMETOOLONG), E(ENETDOWN), E(ENETRESET), E(ENETUNREACH),
    E(ENFILE), E(ENOBUFS), E(ENODATA), E(ENODEV), E(ENOENT), E(ENOEXEC), E(ENOLCK),
    E(ENOLINK), E(ENOMEM), E(ENOMSG), E(ENOPROTOOPT), E(ENOSPC), E(ENOSR), E(ENOSTR),
    E(ENOSYS), E(ENOTCONN), E(ENOTDIR), E(ENOTEMPTY), E(ENOTSOCK), E(ENOTSUP), E(ENOTTY),
    E(ENXIO), E(EOPNOTSUPP), E(EOVERFLOW), E(EPERM), E(EPIPE), E(EPROTO),
    E(EPROTONOSUPPORT), E(EPROTOTYPE), E(ERANGE), E(EROFS), E(ESPIPE), E(ESRCH), E(ESTALE),
    E(ETIME), E(ETIMEDOUT), E(ETXTBSY), E(EWOULDBLOCK), E(EXDEV), {NULL, 0}};
static const struct named_int signal_names[] = {
    E(SIGHUP), E(SIGINT), E(SIGQUIT), E(SIGILL), E(SIGTRAP), E(SIGABRT), E(SIGIOT),
    E(SIGBUS), E(SIGFPE), E(SIGKILL), E(SIGUSR1), E(SIGSEGV), E(SIGUSR2), E(SIGPIPE),
    E(SIGALRM), E(SIGTERM), E(SIGCHLD), E(SIGSTKFLT), E(SIGCONT), E(SIGSTOP), E(SIGTSTP),
    E(SIGTTIN), E(SIGTTOU), E(SIGURG), E(SIGXCPU), E(SIGXFSZ), E(SIGVTALRM), E(SIGPROF),
    E(SIGWINCH), E(SIGIO), E(SIGPOLL), E(SIGPWR), E(SIGSYS), {NULL, 0}};
static const struct named_int dlopen_names[] = {
    E(RTLD_LAZY), E(RTLD_NOW), E(RTLD_GLOBAL), E(RTLD_LOCAL), E(RTLD_DEEPBIND), {NULL, 0}};
#undef E

static napi_value make_table(napi_env env, const struct named_int* t) {
  napi_value obj, v;
  CHECK(napi_create_object(env, &obj));
  for (; t->name; t++) {
    CHECK(napi_create_int32(env, t->value, &v));
    CHECK(napi_set_named_property(env, obj, t->name, v));
  }
  return obj;
}

/* Builds the binding object for os.js. */
napi_value nodus_os_init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"getHostname", NULL, get_hostname, NULL, NULL, NULL, napi_default, NULL},
      {"getHomeDirectory", NULL, get_home_directory, NULL, NULL, NULL, napi_default, NULL},
      {"getUptime", NULL, get_uptime, NULL, NULL, NULL, napi_default, NULL},
      {"getFreeMem", NULL, get_free_mem, NULL, NULL, NULL, napi_default, NULL},
      {"getTotalMem", NULL, get_total_mem, NULL, NULL, NULL, napi_default, NULL},
      {"getAvailableParallelism", NULL, get_available_parallelism, NULL, NULL, NULL, napi_default, NULL},
      {"getLoadAvg", NULL, get_load_avg, NULL, NULL, NULL, napi_default, NULL},
      {"getOSInformation", NULL, get_os_information, NULL, NULL, NULL, napi_default, NULL},
      {"getCPUs", NULL, get_cpus, NULL, NULL, NULL, napi_default, NULL},
      {"getInterfaceAddresses", NULL, get_interface_addresses, NULL, NULL, NULL, napi_default, NULL},
      {"getUserInfo", NULL, get_user_info, NULL, NULL, NULL, napi_default, NULL},
      {"setPriority", NULL, set_priority, NULL, NULL, NULL, napi_default, NULL},
      {"getPriority", NULL, get_priority, NULL, NULL, NULL, napi_default, NULL},
  };
  CHECK(napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods));
  napi_value constants;
  CHECK(napi_create_object(env, &constants));
  CHECK(napi_set_named_property(env, constants, "errno", make_table(env, errno_names)));
  CHECK(napi_set_named_property(env, constants, "signals", make_table(env, signal_names)));
  CHECK(napi_set_named_property(env, constants, "dlopen", make_table(env, dlopen_names)));
  CHECK(napi_set_named_property(env, exports, "constants", constants));
  return exports;
}

#include <nodus/plugin.h>

NODUS_PLUGIN("os", "0.1.0", nodus_os_init)
