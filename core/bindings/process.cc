// internalBinding('process'): the native half of the process object. The JS half,
// js/internal/bootstrap/node.js, turns these into process.* with Node's argument checks.
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <vector>

#include "bindings.h"
#include "plugins.h"
#include "runtime.h"
#include "util.h"

extern char** environ;

namespace nodus {
namespace {

uint64_t start_time_ns = uv_hrtime();

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& v) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> a = v8::Array::New(isolate, static_cast<int>(v.size()));
  for (size_t i = 0; i < v.size(); i++) a->Set(context, static_cast<uint32_t>(i), Str(isolate, v[i])).Check();
  return a;
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  char buf[4096];
  size_t len = sizeof(buf);
  int r = uv_cwd(buf, &len);
  if (r < 0) {
    isolate->ThrowException(UVException(isolate, r, "uv_cwd"));
    return;
  }
  info.GetReturnValue().Set(Str(isolate, buf, static_cast<int>(len)));
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 dir(isolate, info[0]);
  int r = uv_chdir(*dir);
  if (r < 0) {
    // node: "ENOENT: no such file or directory, chdir '/cwd' -> 'dir'"
    char buf[4096];
    size_t len = sizeof(buf);
    std::string cwd = uv_cwd(buf, &len) == 0 ? std::string(buf, len) : "";
    v8::Local<v8::Value> e = UVException(isolate, r, "chdir", cwd.c_str(), *dir);
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    std::string msg = std::string(uv_err_name(r)) + ": " + uv_strerror(r) + ", chdir '" + cwd + "' -> '" + *dir + "'";
    e.As<v8::Object>()->Set(context, Name(isolate, "message"), Str(isolate, msg)).Check();
    isolate->ThrowException(e);
  }
}

// umask([mask]) -> previous mask
void Umask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  mode_t old;
  if (info[0]->IsUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0)));
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// hrtime(Uint32Array(3)): [seconds high, seconds low, nanoseconds], no allocation.
void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint64_t t = uv_hrtime();
  v8::Local<v8::Uint32Array> a = info[0].As<v8::Uint32Array>();
  uint32_t* p = reinterpret_cast<uint32_t*>(static_cast<char*>(a->Buffer()->Data()) + a->ByteOffset());
  uint64_t sec = t / 1000000000;
  p[0] = static_cast<uint32_t>(sec >> 32);
  p[1] = static_cast<uint32_t>(sec & 0xffffffff);
  p[2] = static_cast<uint32_t>(t % 1000000000);
}

void HrtimeBigInt(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(info.GetIsolate(), uv_hrtime()));
}

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - start_time_ns) / 1e9);
}

void Rss(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  info.GetReturnValue().Set(static_cast<double>(rss));
}

// memoryUsage(Float64Array(5)): rss, heapTotal, heapUsed, external, arrayBuffers
void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8::HeapStatistics hs;
  isolate->GetHeapStatistics(&hs);
  v8::Local<v8::Float64Array> a = info[0].As<v8::Float64Array>();
  double* p = reinterpret_cast<double*>(static_cast<char*>(a->Buffer()->Data()) + a->ByteOffset());
  p[0] = static_cast<double>(rss);
  p[1] = static_cast<double>(hs.total_heap_size());
  p[2] = static_cast<double>(hs.used_heap_size());
  p[3] = static_cast<double>(hs.external_memory());
  p[4] = static_cast<double>(hs.external_memory());
}

// cpuUsage(Float64Array(2)): user and system microseconds.
void CpuUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return;
  v8::Local<v8::Float64Array> a = info[0].As<v8::Float64Array>();
  double* p = reinterpret_cast<double*>(static_cast<char*>(a->Buffer()->Data()) + a->ByteOffset());
  p[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  p[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
}

void ReallyExit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int code = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  Runtime::From(info.GetIsolate())->Exit(code);
}

// kill(pid, signal) -> 0 or a negative errno (process._kill; process.kill throws).
void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int sig = info[1]->Int32Value(context).FromMaybe(SIGTERM);
  info.GetReturnValue().Set(uv_kill(pid, sig));
}

void Abort(const v8::FunctionCallbackInfo<v8::Value>&) { std::abort(); }

// resourceUsage(Float64Array(16)): getrusage(RUSAGE_SELF) in node's field order.
void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return;
  v8::Local<v8::Float64Array> a = info[0].As<v8::Float64Array>();
  double* p = reinterpret_cast<double*>(static_cast<char*>(a->Buffer()->Data()) + a->ByteOffset());
  p[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  p[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
  p[2] = static_cast<double>(ru.ru_maxrss);
  p[3] = static_cast<double>(ru.ru_ixrss);
  p[4] = static_cast<double>(ru.ru_idrss);
  p[5] = static_cast<double>(ru.ru_isrss);
  p[6] = static_cast<double>(ru.ru_minflt);
  p[7] = static_cast<double>(ru.ru_majflt);
  p[8] = static_cast<double>(ru.ru_nswap);
  p[9] = static_cast<double>(ru.ru_inblock);
  p[10] = static_cast<double>(ru.ru_oublock);
  p[11] = static_cast<double>(ru.ru_msgsnd);
  p[12] = static_cast<double>(ru.ru_msgrcv);
  p[13] = static_cast<double>(ru.ru_nsignals);
  p[14] = static_cast<double>(ru.ru_nvcsw);
  p[15] = static_cast<double>(ru.ru_nivcsw);
}

void GetTitle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buf[512];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) buf[0] = '\0';
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}

void SetTitle(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8 title(info.GetIsolate(), info[0]);
  uv_set_process_title(*title);
}

void GetUid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getuid())); }
void GetEuid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(geteuid())); }
void GetGid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getgid())); }
void GetEgid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getegid())); }

void GetGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  if (n > 0) n = getgroups(n, groups.data());
  if (n < 0) {
    isolate->ThrowException(ErrnoException(isolate, -errno, "getgroups"));
    return;
  }
  // node adds the effective gid when the list lacks it.
  gid_t egid = getegid();
  bool has_egid = false;
  for (int i = 0; i < n; i++) has_egid = has_egid || groups[i] == egid;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> a = v8::Array::New(isolate);
  uint32_t k = 0;
  for (int i = 0; i < n; i++) (void)a->Set(context, k++, v8::Integer::NewFromUnsigned(isolate, groups[i]));
  if (!has_egid) (void)a->Set(context, k++, v8::Integer::NewFromUnsigned(isolate, egid));
  info.GetReturnValue().Set(a);
}

// A uid/gid given as a number or looked up by name; false when there is no such name.
bool IdFrom(v8::Isolate* isolate, v8::Local<v8::Value> v, bool is_user, uint32_t* id) {
  if (v->IsNumber()) {
    *id = v->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
    return true;
  }
  Utf8 name(isolate, v);
  if (is_user) {
    struct passwd* pw = getpwnam(*name);
    if (!pw) return false;
    *id = pw->pw_uid;
  } else {
    struct group* gr = getgrnam(*name);
    if (!gr) return false;
    *id = gr->gr_gid;
  }
  return true;
}

// node's credential errors read "EPERM, Operation not permitted".
void ThrowCredentialError(v8::Isolate* isolate, int err, const char* syscall) {
  v8::Local<v8::Value> e = ErrnoException(isolate, err, syscall);
  std::string msg = std::string(uv_err_name(err)) + ", " + uv_strerror(err);
  (void)e.As<v8::Object>()->Set(isolate->GetCurrentContext(), Name(isolate, "message"), Str(isolate, msg));
  isolate->ThrowException(e);
}

// setId(kind, id | name): kind is 'uid' | 'euid' | 'gid' | 'egid'. Returns 1 when a name
// is unknown (the JS side throws node's ERR_UNKNOWN_CREDENTIAL), throws the system error
// when the call fails.
void SetId(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string k = Utf8(isolate, info[0]).str();
  uint32_t id;
  if (!IdFrom(isolate, info[1], k == "uid" || k == "euid", &id)) return info.GetReturnValue().Set(1);
  int r;
  if (k == "uid") r = setuid(id);
  else if (k == "euid") r = seteuid(id);
  else if (k == "gid") r = setgid(id);
  else r = setegid(id);
  if (r != 0) return ThrowCredentialError(isolate, -errno, ("set" + k).c_str());
  info.GetReturnValue().Set(0);
}

// setGroups(array) -> 0, or 1 + the index of a group name that does not exist.
void SetGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  std::vector<gid_t> groups(list->Length());
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Value> v;
    uint32_t id;
    if (!list->Get(context, i).ToLocal(&v)) return;
    if (!IdFrom(isolate, v, false, &id)) return info.GetReturnValue().Set(i + 1);
    groups[i] = id;
  }
  if (setgroups(groups.size(), groups.data()) != 0) return ThrowCredentialError(isolate, -errno, "setgroups");
  info.GetReturnValue().Set(0);
}

// initGroups(user, extraGroup) -> 0, 1 (unknown user) or 2 (unknown group).
void InitGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uint32_t uid, gid;
  // node looks the group up first.
  if (!IdFrom(isolate, info[1], false, &gid)) return info.GetReturnValue().Set(2);
  if (!IdFrom(isolate, info[0], true, &uid)) return info.GetReturnValue().Set(1);
  struct passwd* pw = getpwuid(uid);
  if (!pw) return info.GetReturnValue().Set(1);
  if (initgroups(pw->pw_name, gid) != 0) return ThrowCredentialError(isolate, -errno, "initgroups");
  info.GetReturnValue().Set(0);
}

// makeErrnoException(err, syscall): node's "<syscall> <CODE>" error, for process.kill.
void MakeErrnoException(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int err = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  Utf8 syscall(isolate, info[1]);
  info.GetReturnValue().Set(ErrnoException(isolate, err, *syscall));
}

void GetPid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<int32_t>(uv_os_getpid()));
}
void GetPpid(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<int32_t>(uv_os_getppid()));
}

// --- process.env: a live view of the C environment; values become strings. ---

void EnvGet(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (!key->IsString()) return;
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 k(isolate, key);
  if (const char* v = std::getenv(*k)) info.GetReturnValue().Set(Str(isolate, v));
}

// Dates must follow a TZ change at once, as in node.
void TimeZoneChanged(v8::Isolate* isolate) {
  tzset();
  isolate->DateTimeConfigurationChangeNotification(v8::Isolate::TimeZoneDetection::kRedetect);
}

// With --pending-deprecation node warns (once, DEP0104) when an env value is not a
// string, number or boolean.
void WarnEnvValueDeprecated(v8::Isolate* isolate) {
  static thread_local bool warned = false;  // once per runtime, as node (per environment)
  if (warned) return;
  warned = true;
  Runtime* rt = Runtime::From(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> process = rt->process_object.Get(isolate);
  v8::Local<v8::Value> fn;
  if (!process->Get(context, Name(isolate, "emitWarning")).ToLocal(&fn) || !fn->IsFunction()) return;
  v8::Local<v8::Value> args[] = {
      Str(isolate, "Assigning any value other than a string, number, or boolean to a process.env "
                   "property is deprecated. Please make sure to convert the value to a string "
                   "before setting process.env with it."),
      Name(isolate, "DeprecationWarning"), Name(isolate, "DEP0104")};
  (void)fn.As<v8::Function>()->Call(context, process, 3, args);
}

void EnvSet(v8::Local<v8::Name> key, v8::Local<v8::Value> value,
            const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!key->IsString()) {
    // node turns the key into a string too, which a symbol refuses.
    isolate->ThrowException(
        v8::Exception::TypeError(Str(isolate, "Cannot convert a Symbol value to a string")));
    return;
  }
  if (!value->IsString() && !value->IsNumber() && !value->IsBoolean() &&
      Runtime::From(isolate)->options().pending_deprecation) {
    WarnEnvValueDeprecated(isolate);
  }
  v8::Local<v8::String> s;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&s)) return;
  Utf8 k(isolate, key), v(isolate, s);
  if (k.length() > 0 && std::strchr(*k, '=') == nullptr) setenv(*k, *v, 1);
  if (k.str() == "TZ") TimeZoneChanged(isolate);
  info.GetReturnValue().Set(value);
}

void EnvQuery(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (!key->IsString()) return;
  Utf8 k(info.GetIsolate(), key);
  if (std::getenv(*k)) info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
}

void EnvDelete(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (key->IsString()) {
    Utf8 k(info.GetIsolate(), key);
    unsetenv(*k);
    if (k.str() == "TZ") TimeZoneChanged(info.GetIsolate());
  }
  info.GetReturnValue().Set(true);
}

void EnvEnumerate(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<std::string> keys;
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (eq && eq != *e) keys.emplace_back(*e, eq - *e);
  }
  info.GetReturnValue().Set(ToArray(isolate, keys));
}

void EnvDefine(v8::Local<v8::Name> key, const v8::PropertyDescriptor& desc,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  // node: accessors and non-writable/enumerable/configurable env properties are refused.
  if (desc.has_get() || desc.has_set()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                   "'process.env' does not accept an accessor(getter/setter) descriptor");
    return;
  }
  // A missing attribute counts as false, as in any defineProperty.
  if (!desc.has_writable() || !desc.writable() || !desc.has_enumerable() || !desc.enumerable() ||
      !desc.has_configurable() || !desc.configurable()) {
    ThrowCodeError(isolate, "TypeError", "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                   "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    return;
  }
  if (desc.has_value()) EnvSet(key, desc.value(), info);
}

// --- signals: one uv_signal_t per signal that has JS listeners. ---

struct SignalWatch {
  uv_signal_t handle;
  v8::Global<v8::Function> callback;
};
thread_local std::map<int, SignalWatch*> signal_watches;  // per runtime (workers' loops)

void OnSignal(uv_signal_t* handle, int signum) {
  SignalWatch* w = reinterpret_cast<SignalWatch*>(handle->data);
  Runtime* rt = Runtime::From(v8::Isolate::GetCurrent());
  v8::Isolate* isolate = rt->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> arg = v8::Integer::New(isolate, signum);
  rt->MakeCallback(rt->process_object.Get(isolate), w->callback.Get(isolate), 1, &arg);
}

// startSignal(signum, callback) -> 0 or negative errno; stopSignal(signum)
void StartSignal(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int signum = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  if (signal_watches.count(signum)) return info.GetReturnValue().Set(0);
  SignalWatch* w = new SignalWatch();
  w->callback.Reset(isolate, info[1].As<v8::Function>());
  uv_signal_init(Runtime::From(isolate)->loop(), &w->handle);
  w->handle.data = w;
  int r = uv_signal_start(&w->handle, OnSignal, signum);
  if (r < 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(&w->handle), [](uv_handle_t* h) {
      delete reinterpret_cast<SignalWatch*>(h->data);
    });
    return info.GetReturnValue().Set(r);
  }
  // Like node, a signal listener alone does not keep the process alive.
  uv_unref(reinterpret_cast<uv_handle_t*>(&w->handle));
  signal_watches[signum] = w;
  info.GetReturnValue().Set(0);
}

void StopSignal(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int signum = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  auto it = signal_watches.find(signum);
  if (it == signal_watches.end()) return;
  SignalWatch* w = it->second;
  signal_watches.erase(it);
  uv_signal_stop(&w->handle);
  uv_close(reinterpret_cast<uv_handle_t*>(&w->handle), [](uv_handle_t* h) {
    SignalWatch* w = reinterpret_cast<SignalWatch*>(h->data);
    w->callback.Reset();
    delete w;
  });
}

struct SignalName {
  const char* name;
  int value;
};
const SignalName kSignals[] = {
    {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},   {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
    {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},       {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},
};

}  // namespace

void InitProcessBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = rt->isolate();
  v8::Local<v8::Context> context = rt->context();
  const Options& o = rt->options();

  std::vector<std::string> argv = {o.exec_path};
  if (!o.script.empty()) argv.push_back(o.script);
  else if (o.force_stdin && !o.has_eval) argv.push_back("-");
  argv.insert(argv.end(), o.script_args.begin(), o.script_args.end());
  SetValue(context, target, "argv", ToArray(isolate, argv));
  SetValue(context, target, "argv0", Str(isolate, o.argv0));
  SetValue(context, target, "execArgv", ToArray(isolate, o.exec_argv));
  SetValue(context, target, "execPath", Str(isolate, o.exec_path));

  v8::Local<v8::Object> opts = v8::Object::New(isolate);
  SetValue(context, opts, "hasEval", v8::Boolean::New(isolate, o.has_eval));
  SetValue(context, opts, "printEval", v8::Boolean::New(isolate, o.print_eval));
  SetValue(context, opts, "evalSource", Str(isolate, o.eval_source));
  SetValue(context, opts, "forceStdin", v8::Boolean::New(isolate, o.force_stdin));
  SetValue(context, opts, "script", Str(isolate, o.script));
  SetValue(context, opts, "preload", ToArray(isolate, o.preload));
  SetValue(context, opts, "imports", ToArray(isolate, o.imports));
  SetValue(context, opts, "inputType", Str(isolate, o.input_type));
  SetValue(context, opts, "exposeGc", v8::Boolean::New(isolate, o.expose_gc));
  SetValue(context, opts, "checkSyntax", v8::Boolean::New(isolate, o.check_syntax));
  SetValue(context, opts, "traceUncaught", v8::Boolean::New(isolate, o.trace_uncaught));
  SetValue(context, opts, "noWarnings", v8::Boolean::New(isolate, o.no_warnings));
  SetValue(context, opts, "noDeprecation", v8::Boolean::New(isolate, o.no_deprecation));
  SetValue(context, opts, "throwDeprecation", v8::Boolean::New(isolate, o.throw_deprecation));
  SetValue(context, opts, "traceDeprecation", v8::Boolean::New(isolate, o.trace_deprecation));
  SetValue(context, opts, "pendingDeprecation", v8::Boolean::New(isolate, o.pending_deprecation));
  SetValue(context, opts, "traceWarnings", v8::Boolean::New(isolate, o.trace_warnings));
  SetValue(context, opts, "zeroFillBuffers", v8::Boolean::New(isolate, o.zero_fill_buffers));
  SetValue(context, opts, "unhandledRejections", Str(isolate, o.unhandled_rejections));
  SetValue(context, opts, "redirectWarnings", Str(isolate, o.redirect_warnings));
  SetValue(context, opts, "title", Str(isolate, o.title));
  SetValue(context, opts, "test", v8::Boolean::New(isolate, o.test));
  SetValue(context, opts, "testOnly", v8::Boolean::New(isolate, o.test_only));
  SetValue(context, opts, "testNamePatterns", ToArray(isolate, o.test_name_patterns));
  SetValue(context, opts, "testReporters", ToArray(isolate, o.test_reporters));
  SetValue(context, target, "options", opts);

  v8::Local<v8::Object> versions = v8::Object::New(isolate);
  SetValue(context, versions, "node", Str(isolate, NODUS_NODE_VERSION + 1));
  SetValue(context, versions, "nodus", Str(isolate, NODUS_VERSION));
  SetValue(context, versions, "v8", Str(isolate, v8::V8::GetVersion()));
  SetValue(context, versions, "uv", Str(isolate, uv_version_string()));
  SetValue(context, versions, "napi", Str(isolate, "9"));
  // The plugins' libraries (openssl, zlib, ...), from their descriptors: known before any
  // plugin code runs, as node's are at start-up. A name already set keeps its value.
  for (const plugins::Plugin& p : plugins::All()) {
    const nodus_plugin_t* d = p.descriptor;
    if (d->abi_version < 2 || d->versions == nullptr) continue;
    for (const char* const* kv = d->versions; kv[0] != nullptr && kv[1] != nullptr; kv += 2) {
      v8::Local<v8::String> name = Str(isolate, kv[0]);
      if (versions->HasOwnProperty(context, name).FromMaybe(true)) continue;
      SetValue(context, versions, kv[0], Str(isolate, kv[1]));
    }
  }
  SetValue(context, target, "versions", versions);

  v8::Local<v8::Object> signals = v8::Object::New(isolate);
  for (const SignalName& s : kSignals) SetValue(context, signals, s.name, v8::Integer::New(isolate, s.value));
  SetValue(context, target, "signals", signals);

  // node's names for the CPU this binary was built for.
#if defined(__x86_64__)
  const char* arch = "x64";
#elif defined(__aarch64__)
  const char* arch = "arm64";
#elif defined(__i386__)
  const char* arch = "ia32";
#elif defined(__arm__)
  const char* arch = "arm";
#elif defined(__riscv) && __riscv_xlen == 64
  const char* arch = "riscv64";
#elif defined(__powerpc64__)
  const char* arch = "ppc64";
#elif defined(__s390x__)
  const char* arch = "s390x";
#else
  const char* arch = "unknown";
#endif
  SetValue(context, target, "arch", Name(isolate, arch));

  v8::Local<v8::ObjectTemplate> env_tmpl = v8::ObjectTemplate::New(isolate);
  env_tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGet, EnvSet, EnvQuery, EnvDelete, EnvEnumerate, EnvDefine, nullptr));
  SetValue(context, target, "env", env_tmpl->NewInstance(context).ToLocalChecked());

  SetMethod(context, target, "cwd", Cwd);
  SetMethod(context, target, "chdir", Chdir);
  SetMethod(context, target, "umask", Umask);
  SetMethod(context, target, "hrtime", Hrtime);
  SetMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetMethod(context, target, "uptime", Uptime);
  SetMethod(context, target, "rss", Rss);
  SetMethod(context, target, "memoryUsage", MemoryUsage);
  SetMethod(context, target, "cpuUsage", CpuUsage);
  SetMethod(context, target, "reallyExit", ReallyExit);
  SetMethod(context, target, "kill", Kill);
  SetMethod(context, target, "abort", Abort);
  SetMethod(context, target, "resourceUsage", ResourceUsage);
  SetMethod(context, target, "getTitle", GetTitle);
  SetMethod(context, target, "setTitle", SetTitle);
  SetMethod(context, target, "getuid", GetUid);
  SetMethod(context, target, "geteuid", GetEuid);
  SetMethod(context, target, "getgid", GetGid);
  SetMethod(context, target, "getegid", GetEgid);
  SetMethod(context, target, "getgroups", GetGroups);
  SetMethod(context, target, "setId", SetId);
  SetMethod(context, target, "setGroups", SetGroups);
  SetMethod(context, target, "initGroups", InitGroups);
  SetMethod(context, target, "makeErrnoException", MakeErrnoException);
  SetValue(context, target, "nodeOptionsAllowed", ToArray(isolate, NodeOptionsAllowed()));
  SetMethod(context, target, "getPid", GetPid);
  SetMethod(context, target, "getPpid", GetPpid);
  SetMethod(context, target, "startSignal", StartSignal);
  SetMethod(context, target, "stopSignal", StopSignal);
}

}  // namespace nodus
