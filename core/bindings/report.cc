// internalBinding('report'): the facts process.report needs from the process, the
// loop and V8 (js/internal/process/report.js lays them out as node's diagnostic report).
#include <dlfcn.h>
#include <execinfo.h>
#include <gnu/libc-version.h>
#include <link.h>
#include <sys/resource.h>
#include <uv.h>

#include <cinttypes>
#include <cstdio>
#include <string>

#include "bindings.h"
#include "runtime.h"
#include "util.h"

namespace nodus {
namespace {

std::string Hex(const void* p) {
  char buf[32];
  snprintf(buf, sizeof(buf), "0x%016" PRIxPTR, reinterpret_cast<uintptr_t>(p));
  return buf;
}

void Set(v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* key,
         v8::Local<v8::Value> value) {
  (void)obj->Set(context, Name(context->GetIsolate(), key), value);
}
void SetNum(v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* key, double v) {
  Set(context, obj, key, v8::Number::New(context->GetIsolate(), v));
}

// heap() -> javascriptHeap
void Heap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetNum(context, out, "totalMemory", s.total_heap_size());
  SetNum(context, out, "executableMemory", s.total_heap_size_executable());
  SetNum(context, out, "totalCommittedMemory", s.total_physical_size());
  SetNum(context, out, "availableMemory", s.total_available_size());
  SetNum(context, out, "totalGlobalHandlesMemory", s.total_global_handles_size());
  SetNum(context, out, "usedGlobalHandlesMemory", s.used_global_handles_size());
  SetNum(context, out, "usedMemory", s.used_heap_size());
  SetNum(context, out, "memoryLimit", s.heap_size_limit());
  SetNum(context, out, "mallocedMemory", s.malloced_memory());
  SetNum(context, out, "externalMemory", s.external_memory());
  SetNum(context, out, "peakMallocedMemory", s.peak_malloced_memory());
  SetNum(context, out, "nativeContextCount", s.number_of_native_contexts());
  SetNum(context, out, "detachedContextCount", s.number_of_detached_contexts());
  Set(context, out, "doesZapGarbage", v8::Boolean::New(isolate, s.does_zap_garbage()));
  v8::Local<v8::Object> spaces = v8::Object::New(isolate);
  for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
    v8::HeapSpaceStatistics sp;
    if (!isolate->GetHeapSpaceStatistics(&sp, i)) continue;
    v8::Local<v8::Object> o = v8::Object::New(isolate);
    SetNum(context, o, "memorySize", sp.space_size());
    SetNum(context, o, "committedMemory", sp.physical_space_size());
    SetNum(context, o, "capacity", sp.space_used_size() + sp.space_available_size());
    SetNum(context, o, "used", sp.space_used_size());
    SetNum(context, o, "available", sp.space_available_size());
    Set(context, spaces, sp.space_name(), o);
  }
  Set(context, out, "heapSpaces", spaces);
  info.GetReturnValue().Set(out);
}

struct WalkState {
  v8::Local<v8::Context> context;
  v8::Local<v8::Array> list;
  uint32_t n = 0;
};

// libuv() -> one entry per handle of the loop, then the loop itself
void Libuv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  WalkState state{isolate->GetCurrentContext(), v8::Array::New(isolate)};
  uv_walk(
      rt->loop(),
      [](uv_handle_t* h, void* arg) {
        auto* st = static_cast<WalkState*>(arg);
        v8::Local<v8::Context> context = st->context;
        v8::Isolate* isolate = context->GetIsolate();
        v8::Local<v8::Object> o = v8::Object::New(isolate);
        Set(context, o, "type", Str(isolate, uv_handle_type_name(uv_handle_get_type(h))));
        Set(context, o, "is_active", v8::Boolean::New(isolate, uv_is_active(h) != 0));
        Set(context, o, "is_referenced", v8::Boolean::New(isolate, uv_has_ref(h) != 0));
        Set(context, o, "address", Str(isolate, Hex(h)));
        if (h->type == UV_TIMER) {
          auto* t = reinterpret_cast<uv_timer_t*>(h);
          double due = static_cast<double>(uv_timer_get_due_in(t));
          SetNum(context, o, "repeat", static_cast<double>(uv_timer_get_repeat(t)));
          SetNum(context, o, "firesInMsFromNow", due);
          Set(context, o, "expired", v8::Boolean::New(isolate, due == 0));
        }
        uv_os_fd_t fd;
        if ((h->type == UV_TCP || h->type == UV_NAMED_PIPE || h->type == UV_TTY ||
             h->type == UV_UDP || h->type == UV_POLL) &&
            uv_fileno(h, &fd) == 0) {
          SetNum(context, o, "fd", fd);
          if (fd >= 0 && fd <= 2) {
            static const char* names[] = {"stdin", "stdout", "stderr"};
            Set(context, o, "stdio", Str(isolate, names[fd]));
          }
        }
        (void)st->list->Set(context, st->n++, o);
      },
      &state);
  v8::Local<v8::Context> context = state.context;
  v8::Local<v8::Object> loop = v8::Object::New(isolate);
  Set(context, loop, "type", Name(isolate, "loop"));
  Set(context, loop, "is_active", v8::Boolean::New(isolate, uv_loop_alive(rt->loop()) != 0));
  Set(context, loop, "address", Str(isolate, Hex(rt->loop())));
  SetNum(context, loop, "loopIdleTimeSeconds",
         static_cast<double>(uv_metrics_idle_time(rt->loop())) / 1e9);
  (void)state.list->Set(context, state.n++, loop);
  info.GetReturnValue().Set(state.list);
}

// sharedObjects() -> paths of the loaded libraries
void SharedObjects(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  WalkState state{isolate->GetCurrentContext(), v8::Array::New(isolate)};
  dl_iterate_phdr(
      [](struct dl_phdr_info* i, size_t, void* arg) {
        auto* st = static_cast<WalkState*>(arg);
        if (i->dlpi_name == nullptr || i->dlpi_name[0] == '\0') return 0;
        (void)st->list->Set(st->context, st->n++, Str(st->context->GetIsolate(), i->dlpi_name));
        return 0;
      },
      &state);
  info.GetReturnValue().Set(state.list);
}

// nativeStack() -> [{ pc, symbol }] of this thread, from backtrace(3)
void NativeStack(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  void* frames[64];
  int n = backtrace(frames, 64);
  v8::Local<v8::Array> list = v8::Array::New(isolate);
  for (int i = 0; i < n; i++) {
    Dl_info dl;
    std::string symbol;
    if (dladdr(frames[i], &dl) != 0) {
      if (dl.dli_sname != nullptr) symbol = dl.dli_sname;
      symbol += " [";
      symbol += dl.dli_fname != nullptr ? dl.dli_fname : "";
      symbol += "]";
    }
    v8::Local<v8::Object> o = v8::Object::New(isolate);
    Set(context, o, "pc", Str(isolate, Hex(frames[i])));
    Set(context, o, "symbol", Str(isolate, symbol));
    (void)list->Set(context, static_cast<uint32_t>(i), o);
  }
  info.GetReturnValue().Set(list);
}

void RusageInto(v8::Local<v8::Context> context, v8::Local<v8::Object> o, const struct rusage& ru,
                double uptime_s, bool process) {
  double user = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
  double sys = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  v8::Isolate* isolate = context->GetIsolate();
  SetNum(context, o, "userCpuSeconds", user);
  SetNum(context, o, "kernelCpuSeconds", sys);
  double base = uptime_s > 0 ? uptime_s : 1;
  SetNum(context, o, "cpuConsumptionPercent", (user + sys) / base * 100);
  SetNum(context, o, "userCpuConsumptionPercent", user / base * 100);
  SetNum(context, o, "kernelCpuConsumptionPercent", sys / base * 100);
  if (process) {
    SetNum(context, o, "maxRss", static_cast<double>(ru.ru_maxrss) * 1024);
    v8::Local<v8::Object> faults = v8::Object::New(isolate);
    SetNum(context, faults, "IORequired", static_cast<double>(ru.ru_majflt));
    SetNum(context, faults, "IONotRequired", static_cast<double>(ru.ru_minflt));
    Set(context, o, "pageFaults", faults);
  }
  v8::Local<v8::Object> fs = v8::Object::New(isolate);
  SetNum(context, fs, "reads", static_cast<double>(ru.ru_inblock));
  SetNum(context, fs, "writes", static_cast<double>(ru.ru_oublock));
  Set(context, o, "fsActivity", fs);
}

// resourceUsage(uptimeSeconds) -> [resourceUsage, uvthreadResourceUsage]
void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  double uptime = info[0]->IsNumber() ? info[0].As<v8::Number>()->Value() : 1;
  v8::Local<v8::Object> proc = v8::Object::New(isolate);
  SetNum(context, proc, "free_memory", static_cast<double>(uv_get_free_memory()));
  SetNum(context, proc, "total_memory", static_cast<double>(uv_get_total_memory()));
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  SetNum(context, proc, "rss", static_cast<double>(rss));
  uint64_t constrained = uv_get_constrained_memory();
  SetNum(context, proc, "constrained_memory",
         constrained == 0 ? 18446744073709551615.0 : static_cast<double>(constrained));
  SetNum(context, proc, "available_memory", static_cast<double>(uv_get_free_memory()));
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) == 0) RusageInto(context, proc, ru, uptime, true);
  v8::Local<v8::Object> thread = v8::Object::New(isolate);
  if (getrusage(RUSAGE_THREAD, &ru) == 0) RusageInto(context, thread, ru, uptime, false);
  v8::Local<v8::Array> out = v8::Array::New(isolate, 2);
  (void)out->Set(context, 0, proc);
  (void)out->Set(context, 1, thread);
  info.GetReturnValue().Set(out);
}

// userLimits() -> { name: { soft, hard } } ("unlimited" for RLIM_INFINITY)
void UserLimits(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  static const struct {
    const char* name;
    int resource;
  } kLimits[] = {
      {"core_file_size_blocks", RLIMIT_CORE},   {"data_seg_size_kbytes", RLIMIT_DATA},
      {"file_size_blocks", RLIMIT_FSIZE},       {"max_locked_memory_bytes", RLIMIT_MEMLOCK},
      {"max_memory_size_kbytes", RLIMIT_RSS},   {"open_files", RLIMIT_NOFILE},
      {"stack_size_bytes", RLIMIT_STACK},       {"cpu_time_seconds", RLIMIT_CPU},
      {"max_user_processes", RLIMIT_NPROC},     {"virtual_memory_kbytes", RLIMIT_AS},
  };
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  for (const auto& l : kLimits) {
    struct rlimit r;
    if (getrlimit(l.resource, &r) != 0) continue;
    v8::Local<v8::Object> o = v8::Object::New(isolate);
    auto val = [&](rlim_t v) -> v8::Local<v8::Value> {
      if (v == RLIM_INFINITY) return Name(isolate, "unlimited");
      return v8::Number::New(isolate, static_cast<double>(v));
    };
    Set(context, o, "soft", val(r.rlim_cur));
    Set(context, o, "hard", val(r.rlim_max));
    Set(context, out, l.name, o);
  }
  info.GetReturnValue().Set(out);
}

// system() -> { glibcVersionRuntime, glibcVersionCompiler, osName, osRelease, osVersion,
//              osMachine, host }
void System(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  Set(context, out, "glibcVersionRuntime", Str(isolate, gnu_get_libc_version()));
  Set(context, out, "glibcVersionCompiler",
      Str(isolate, std::to_string(__GLIBC__) + "." + std::to_string(__GLIBC_MINOR__)));
  uv_utsname_t u;
  if (uv_os_uname(&u) == 0) {
    Set(context, out, "osName", Str(isolate, u.sysname));
    Set(context, out, "osRelease", Str(isolate, u.release));
    Set(context, out, "osVersion", Str(isolate, u.version));
    Set(context, out, "osMachine", Str(isolate, u.machine));
  }
  char host[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof(host);
  if (uv_os_gethostname(host, &len) == 0) Set(context, out, "host", Str(isolate, host));
  info.GetReturnValue().Set(out);
}

}  // namespace

void InitReportBinding(Runtime* rt, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = rt->context();
  SetMethod(context, target, "heap", Heap);
  SetMethod(context, target, "libuv", Libuv);
  SetMethod(context, target, "sharedObjects", SharedObjects);
  SetMethod(context, target, "nativeStack", NativeStack);
  SetMethod(context, target, "resourceUsage", ResourceUsage);
  SetMethod(context, target, "userLimits", UserLimits);
  SetMethod(context, target, "system", System);
}

}  // namespace nodus
