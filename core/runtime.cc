#include "runtime.h"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

#include "bindings.h"
#include "builtins.h"
#include "code_cache.h"
#include "platform.h"
#include "util.h"

namespace nodus {
namespace {

void OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Runtime* rt = Runtime::From(isolate);
  if (rt->promise_reject_handler.IsEmpty()) return;
  v8::Local<v8::Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  v8::Local<v8::Value> args[] = {v8::Integer::New(isolate, message.GetEvent()), promise, reason};
  // Runs inside V8's promise machinery: never let an exception escape from here.
  v8::TryCatch tc(isolate);
  (void)rt->promise_reject_handler.Get(isolate)->Call(rt->context(), v8::Undefined(isolate), 3,
                                                       args);
}

// internalBinding(name): builds each binding once and caches it on the function's data.
void InternalBinding(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> cache = info.Data().As<v8::Object>();
  if (!info[0]->IsString()) return;
  v8::Local<v8::String> name = info[0].As<v8::String>();
  v8::Local<v8::Value> cached;
  if (cache->Get(context, name).ToLocal(&cached) && cached->IsObject()) {
    info.GetReturnValue().Set(cached);
    return;
  }
  Utf8 n(isolate, name);
  const BindingEntry* entry = FindBinding(*n, n.length());
  if (!entry) {
    ThrowCodeError(isolate, "Error", "ERR_INVALID_MODULE", "No such binding: " + n.str());
    return;
  }
  v8::Local<v8::Object> target = v8::Object::New(isolate);
  entry->init(Runtime::From(isolate), target);
  cache->Set(context, name, target).Check();
  info.GetReturnValue().Set(target);
}

std::string ArrowFromMessage(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string out;
  Utf8 file(isolate, message->GetScriptResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return out;
  Utf8 src(isolate, source_line);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  out = file.str() + ":" + std::to_string(line) + "\n" + src.str() + "\n";
  // Columns count UTF-16 units of the line; keep tabs so the caret lines up.
  std::string s = src.str();
  for (int i = 0; i < start && i < static_cast<int>(s.size()); i++) out += s[i] == '\t' ? '\t' : ' ';
  // One caret under each character V8 marks: a runtime error marks one, a syntax error
  // its token, and "Unexpected end of input" none at all (node prints no caret then).
  int carets = message->GetScriptOrigin().Options().IsModule() || end < start ? 1 : end - start;
  out.append(carets, '^');
  out += "\n";
  return out;
}

}  // namespace

Runtime::Runtime(const Options& options, v8::Isolate* isolate, uv_loop_t* loop)
    : options_(options), isolate_(isolate), loop_(loop) {
  isolate_->SetData(0, this);
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate_->SetPromiseRejectCallback(OnPromiseReject);
  isolate_->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  isolate_->SetAbortOnUncaughtExceptionCallback(
      [](v8::Isolate* isolate) { return !Runtime::From(isolate)->capture_callback_active; });
  // A write to a closed pipe must be an EPIPE error, not a silent death.
  std::signal(SIGPIPE, SIG_IGN);
}

Runtime::~Runtime() = default;

bool Runtime::Bootstrap() {
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  context_.Reset(isolate_, context);
  context->Enter();
  arrow_key_.Reset(isolate_, v8::Private::ForApi(isolate_, Name(isolate_, "nodus:arrow")));
  decorated_key_.Reset(isolate_,
                       v8::Private::ForApi(isolate_, Name(isolate_, "nodus:decorated")));

  v8::Local<v8::Object> process = v8::Object::New(isolate_);
  process_object.Reset(isolate_, process);
  v8::Local<v8::Function> binding =
      v8::Function::New(context, InternalBinding, v8::Object::New(isolate_)).ToLocalChecked();

  // The loader bootstrap builds require-for-builtins and returns runMain.
  const builtins::Source* loader = builtins::Find("internal/bootstrap/loaders", 26);
  v8::TryCatch tc(isolate_);
  v8::Local<v8::Function> fn;
  v8::Local<v8::Object> module = v8::Object::New(isolate_);
  v8::Local<v8::Object> exports = v8::Object::New(isolate_);
  module->Set(context, Name(isolate_, "exports"), exports).Check();
  v8::Local<v8::Value> args[] = {exports, v8::Undefined(isolate_), module, process, binding};
  if (!builtins::Compile(context, *loader).ToLocal(&fn) ||
      fn->Call(context, v8::Undefined(isolate_), 5, args).IsEmpty()) {
    if (tc.HasTerminated()) return false;  // a worker terminated while starting
    v8::Local<v8::Value> stack;
    if (!tc.StackTrace(context).ToLocal(&stack)) stack = tc.Exception();
    Utf8 msg(isolate_, stack);
    std::fprintf(stderr, "nodus: bootstrap failed: %s\n", *msg);
    return false;
  }
  return true;
}

int Runtime::Run() {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  if (!Bootstrap()) return 70;
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);

  // runMain was left on the process object by the bootstrap.
  v8::Local<v8::Object> process = process_object.Get(isolate_);
  v8::Local<v8::Value> run_main;
  v8::Local<v8::String> key = Name(isolate_, "_runMain");
  if (!process->Get(context, key).ToLocal(&run_main) || !run_main->IsFunction()) {
    std::fprintf(stderr, "nodus: bootstrap did not provide runMain\n");
    return 70;
  }
  process->Delete(context, key).Check();
  platform::Attach(isolate_, loop_, [](void* rt) { static_cast<Runtime*>(rt)->RunPlatformTasks(); },
                   this);
  // Unlike other callbacks, the main script's ticks run even when it threw.
  if (MakeCallback(process, run_main.As<v8::Function>(), 0, nullptr).IsEmpty()) DrainTasks();
  int code = RunLoop();
  // The build's code-cache run: serialize what the script compiled (core/code_cache.h).
  // Its exit status is whether the cache was written.
  if (code_cache::Recording()) return code_cache::Write(context) ? 0 : 1;
  return code;
}

int Runtime::RunLoop() {
  v8::Local<v8::Context> context = this->context();
  v8::Local<v8::Object> process = process_object.Get(isolate_);
  v8::Local<v8::Value> code;
  for (;;) {
    if (stop_requested_) return stop_code_;
    uv_run(loop_, UV_RUN_DEFAULT);
    if (stop_requested_) return stop_code_;
    // Node drains the platform's tasks before deciding the loop is done; a
    // FinalizationRegistry callback may schedule more work.
    if (RunPlatformTasks() && uv_loop_alive(loop_)) continue;
    if (stop_requested_) return stop_code_;
    // 'beforeExit' may schedule more work; then the loop goes on.
    v8::Local<v8::Value> args[] = {Name(isolate_, "beforeExit")};
    MakeCallback(process, emit_process_event.Get(isolate_), 1, args);
    if (!uv_loop_alive(loop_)) break;
  }
  v8::Local<v8::Value> args[] = {Name(isolate_, "exit")};
  if (!MakeCallback(process, emit_process_event.Get(isolate_), 1, args).ToLocal(&code))
    return 7;
  return code->Int32Value(context).FromMaybe(0);
}

v8::MaybeLocal<v8::Value> Runtime::MakeCallback(v8::Local<v8::Object> recv,
                                                v8::Local<v8::Function> fn, int argc,
                                                v8::Local<v8::Value>* argv) {
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::MaybeLocal<v8::Value> result;
  callback_depth_++;
  {
    v8::TryCatch tc(isolate_);
    tc.SetVerbose(false);
    result = fn->Call(context, recv, argc, argv);
    if (result.IsEmpty() && tc.HasCaught() && tc.CanContinue()) {
      HandleUncaught(tc.Exception(), tc.Message());
    }
  }
  callback_depth_--;
  // A callback that threw leaves its ticks queued for the next one, as node does: the
  // rest of a phase (further due timers, the remaining immediates) runs first.
  if (callback_depth_ == 0 && !result.IsEmpty()) DrainTasks();
  v8::Local<v8::Value> r;
  if (!result.ToLocal(&r)) return {};
  return scope.Escape(r);
}

bool Runtime::RunPlatformTasks() {
  if (exiting_ || stop_requested_) return false;
  v8::HandleScope scope(isolate_);
  bool ran = platform::RunTasks(isolate_);
  if (ran && callback_depth_ == 0) DrainTasks();
  return ran;
}

void Runtime::DrainTasks() {
  if (exiting_) return;
  if (!tick_info[kHasTickScheduled] && !tick_info[kHasRejectionToWarn]) {
    isolate_->PerformMicrotaskCheckpoint();
  }
  if (tick_callback.IsEmpty()) return;
  // Runs every queued tick and microtask. A throwing tick is reported as uncaught and,
  // as in node, the rest wait for the next callback (the tick queue schedules an
  // immediate so that there is one).
  if (tick_info[kHasTickScheduled] || tick_info[kHasRejectionToWarn]) {
    v8::HandleScope scope(isolate_);
    v8::TryCatch tc(isolate_);
    v8::Local<v8::Object> process = process_object.Get(isolate_);
    if (tick_callback.Get(isolate_)->Call(context(), process, 0, nullptr).IsEmpty()) {
      if (!tc.CanContinue()) return;
      HandleUncaught(tc.Exception(), tc.Message());
    }
  }
}

void Runtime::DecorateErrorWithArrow(v8::Local<v8::Value> error,
                                     v8::Local<v8::Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  v8::Local<v8::Context> context = this->context();
  v8::Local<v8::Private> key = arrow_key_.Get(isolate_);
  if (obj->HasPrivate(context, key).FromMaybe(true)) return;
  std::string arrow = ArrowFromMessage(isolate_, message);
  if (!arrow.empty()) (void)obj->SetPrivate(context, key, Str(isolate_, arrow));
}

v8::Local<v8::Value> Runtime::GetArrow(v8::Local<v8::Value> error) {
  v8::Local<v8::Value> v;
  // An error whose stack already starts with its arrow (decorateErrorStack, vm's
  // displayErrors) keeps the arrow readable, as node does, but reports none.
  if (error->IsObject() &&
      error.As<v8::Object>()->HasPrivate(context(), decorated_key_.Get(isolate_)).FromMaybe(false))
    return v8::String::Empty(isolate_);
  if (error->IsObject() &&
      error.As<v8::Object>()->GetPrivate(context(), arrow_key_.Get(isolate_)).ToLocal(&v) &&
      v->IsString())
    return v;
  return v8::Undefined(isolate_);
}

namespace {

// "Thrown at:" frames for --trace-uncaught, from the stack V8 captured at the throw.
std::string ThrownAt(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  v8::Local<v8::StackTrace> trace = message->GetStackTrace();
  if (trace.IsEmpty()) return "";
  std::string out;
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    v8::Local<v8::StackFrame> f = trace->GetFrame(isolate, i);
    std::string where = Utf8(isolate, f->GetScriptNameOrSourceURL()).str() + ":" +
                        std::to_string(f->GetLineNumber()) + ":" + std::to_string(f->GetColumn());
    v8::Local<v8::String> fn = f->GetFunctionName();
    if (!fn.IsEmpty() && fn->Length() > 0) {
      out += "    at " + Utf8(isolate, fn).str() + " (" + where + ")\n";
    } else {
      out += "    at " + where + "\n";
    }
  }
  return out;
}

}  // namespace

void Runtime::HandleUncaught(v8::Local<v8::Value> error, v8::Local<v8::Message> message,
                             bool from_promise) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Value> arrow = GetArrow(error);
  if (arrow->IsUndefined() && !message.IsEmpty()) {
    std::string a = ArrowFromMessage(isolate_, message);
    if (!a.empty()) arrow = Str(isolate_, a);
  }
  if (uncaught_handler.IsEmpty()) {
    Utf8 s(isolate_, error);
    std::fprintf(stderr, "Uncaught %s\n", *s);
    Exit(1);
  }
  v8::Local<v8::Value> thrown_at = v8::Undefined(isolate_);
  if (options_.trace_uncaught && !message.IsEmpty()) thrown_at = Str(isolate_, ThrownAt(isolate_, message));
  v8::Local<v8::Value> handled;
  {
    v8::TryCatch tc(isolate_);
    v8::Local<v8::Value> args[] = {error, arrow, v8::Boolean::New(isolate_, from_promise),
                                   v8::False(isolate_), thrown_at};
    if (uncaught_handler.Get(isolate_)
            ->Call(context(), process_object.Get(isolate_), 5, args)
            .ToLocal(&handled)) {
      if (!handled->IsTrue()) Exit(1);
      return;
    }
    // A worker being stopped (its handler ended it): only that thread ends.
    if (stop_requested_) return;
    if (!tc.CanContinue()) Exit(1);
    // An 'uncaughtException' listener threw: node reports that error (with its own
    // arrow) and exits with 7, without running 'exit' listeners.
    error = tc.Exception();
    message = tc.Message();
  }
  arrow = GetArrow(error);
  if (arrow->IsUndefined() && !message.IsEmpty()) {
    std::string a = ArrowFromMessage(isolate_, message);
    if (!a.empty()) arrow = Str(isolate_, a);
  }
  v8::TryCatch tc(isolate_);
  v8::Local<v8::Value> args[] = {error, arrow, v8::False(isolate_), v8::True(isolate_),
                                 v8::Undefined(isolate_)};
  if (uncaught_handler.Get(isolate_)->Call(context(), process_object.Get(isolate_), 5, args).IsEmpty()) {
    v8::Local<v8::Value> stack;
    if (!tc.StackTrace(context()).ToLocal(&stack)) stack = tc.Exception();
    Utf8 s(isolate_, stack);
    std::fprintf(stderr, "%s\n", *s);
  }
  Exit(7);
}

void Runtime::AddCleanupHook(CleanupHook fn, void* arg) { cleanup_hooks_.emplace_back(fn, arg); }

void Runtime::RemoveCleanupHook(CleanupHook fn, void* arg) {
  for (auto it = cleanup_hooks_.begin(); it != cleanup_hooks_.end(); ++it) {
    if (it->first == fn && it->second == arg) {
      cleanup_hooks_.erase(it);
      return;
    }
  }
}

void Runtime::RunCleanupHooks() {
  exiting_ = true;
  // Hooks may call into V8 (a Node-API finalizer that makes a value or throws), and parts
  // of V8's API find the isolate through the current thread: after Run() has returned
  // nothing has it entered any more, so enter it here, whoever calls.
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Context::Scope context_scope(context());
  for (;;) {
    while (!cleanup_hooks_.empty()) {
      auto hook = cleanup_hooks_.back();
      cleanup_hooks_.pop_back();
      hook.first(hook.second);
    }
    if (cleanup_holds_ <= 0) break;
    // Async cleanup hooks finish from loop callbacks (which may add hooks again).
    uv_run(loop_, UV_RUN_ONCE);
  }
}

void Runtime::Exit(int code) {
  RunCleanupHooks();
  std::fflush(stdout);
  std::fflush(stderr);
  // A program that put the terminal in raw mode (stdin.setRawMode) must not leave it so.
  uv_tty_reset_mode();
  _exit(code);
}

}  // namespace nodus
