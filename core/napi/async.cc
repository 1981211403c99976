// Work off the main thread: async work on libuv's thread pool, and threadsafe functions
// (queues from any thread to a JS call on the loop thread).
#include <condition_variable>
#include <deque>
#include <mutex>

#include "bindings/async_wrap.h"
#include "internal.h"
#include "runtime.h"

using nodus::napi::ClearLastError;
using nodus::napi::JsValue;
using nodus::napi::SetLastError;
using nodus::napi::V8Value;

namespace {

napi_status FromUV(napi_env env, int err) {
  if (err == 0) return ClearLastError(env);
  if (err == UV_EINVAL) return SetLastError(env, napi_invalid_arg);
  if (err == UV_ECANCELED) return SetLastError(env, napi_cancelled);
  return SetLastError(env, napi_generic_failure);
}

}  // namespace

struct napi_async_work__ {
  uv_work_t req;
  napi_env env;
  napi_async_execute_callback execute;
  napi_async_complete_callback complete;
  void* data;
  // async_hooks identity: init when created, before/after around complete, destroy
  // when deleted (node's AsyncWrap for a work item).
  double async_id = 0;
  double trigger_id = 0;
  v8::Global<v8::Object> resource;
};

struct napi_threadsafe_function__ {
  napi_env env;
  v8::Global<v8::Function> func;
  uv_async_t async;
  std::mutex mutex;
  std::condition_variable cond;
  std::deque<void*> queue;
  size_t max_queue_size;
  size_t thread_count;
  bool closing = false;         // released to zero or aborted
  bool handles_closing = false; // uv_close called; finalize pending
  bool finalized = false;
  void* finalize_data;
  napi_finalize finalize_cb;
  void* context;
  napi_threadsafe_function_call_js call_js_cb;

  static void OnAsync(uv_async_t* handle);
  static void OnExit(void* arg);
  bool DispatchOne();
  void CallJs(void* data);
  void CloseHandles();
  void Finalize();
};

void napi_threadsafe_function__::OnAsync(uv_async_t* handle) {
  auto* tsfn = static_cast<napi_threadsafe_function__*>(handle->data);
  // Bounded, so a producer that never stops cannot starve the loop.
  for (int i = 0; i < 1000; i++) {
    if (!tsfn->DispatchOne()) return;
  }
  uv_async_send(&tsfn->async);
}

// Calls JS for one queued item; false when nothing more is queued (or it closed).
bool napi_threadsafe_function__::DispatchOne() {
  void* data = nullptr;
  bool popped = false, has_more = false;
  {
    std::unique_lock<std::mutex> lock(mutex);
    if (closing) {
      lock.unlock();
      CloseHandles();
      return false;
    }
    size_t size = queue.size();
    if (size > 0) {
      data = queue.front();
      queue.pop_front();
      popped = true;
      if (size == max_queue_size && max_queue_size > 0) cond.notify_one();
      size--;
    }
    if (size == 0) {
      if (thread_count == 0) {
        closing = true;
        if (max_queue_size > 0) cond.notify_all();
        lock.unlock();
        // The last item is still delivered before closing.
        if (popped) CallJs(data);
        CloseHandles();
        return false;
      }
    } else {
      has_more = true;
    }
  }
  if (popped) CallJs(data);
  return has_more;
}

void napi_threadsafe_function__::CallJs(void* data) {
  nodus::napi::CallFromLoop(env, [&](napi_env e) {
    v8::Local<v8::Value> fn;
    if (!func.IsEmpty()) fn = func.Get(e->isolate);
    if (call_js_cb != nullptr) {
      call_js_cb(e, fn.IsEmpty() ? nullptr : JsValue(fn), context, data);
    } else if (!fn.IsEmpty()) {
      // Without call_js_cb the function is called with no arguments.
      napi_value undefined;
      napi_get_undefined(e, &undefined);
      napi_call_function(e, undefined, JsValue(fn), 0, nullptr, nullptr);
    }
  }, /*legacy_policy=*/true);
}

void napi_threadsafe_function__::CloseHandles() {
  if (handles_closing) return;
  handles_closing = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&async), [](uv_handle_t* handle) {
    auto* tsfn = static_cast<napi_threadsafe_function__*>(handle->data);
    tsfn->Finalize();
    tsfn->env->runtime->RemoveCleanupHook(OnExit, tsfn);
    delete tsfn;
  });
}

void napi_threadsafe_function__::Finalize() {
  if (finalized) return;
  finalized = true;
  v8::HandleScope scope(env->isolate);
  if (finalize_cb != nullptr) {
    nodus::napi::CallFromLoop(
        env, [&](napi_env e) { finalize_cb(e, finalize_data, context); },
        /*legacy_policy=*/true);
  }
  // Items never delivered: call_js_cb with a NULL env lets the module free them.
  if (call_js_cb != nullptr) {
    while (!queue.empty()) {
      call_js_cb(nullptr, nullptr, context, queue.front());
      queue.pop_front();
    }
  }
  func.Reset();
}

// At exit the loop no longer runs: finalize what is still open, as Node's env teardown.
void napi_threadsafe_function__::OnExit(void* arg) {
  auto* tsfn = static_cast<napi_threadsafe_function__*>(arg);
  {
    std::lock_guard<std::mutex> lock(tsfn->mutex);
    tsfn->closing = true;
    tsfn->cond.notify_all();
  }
  v8::HandleScope scope(tsfn->env->isolate);
  v8::Context::Scope context_scope(tsfn->env->context());
  tsfn->Finalize();
}

extern "C" {

napi_status NAPI_CDECL napi_create_async_work(napi_env env, napi_value async_resource,
                                              napi_value async_resource_name,
                                              napi_async_execute_callback execute,
                                              napi_async_complete_callback complete,
                                              void* data, napi_async_work* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, execute);
  NAPI_CHECK_ARG(env, result);
  v8::Isolate* isolate = env->isolate;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> resource;
  if (async_resource != nullptr && V8Value(async_resource)->IsObject()) {
    resource = V8Value(async_resource).As<v8::Object>();
  } else {
    resource = v8::Object::New(isolate);
  }
  v8::Local<v8::String> name;
  if (async_resource_name == nullptr ||
      !V8Value(async_resource_name)->ToString(context).ToLocal(&name)) {
    name = v8::String::Empty(isolate);
  }
  auto* work = new napi_async_work__{{}, env, execute, complete, data};
  work->req.data = work;
  work->async_id = nodus::async_wrap::NewAsyncId(env->runtime);
  work->trigger_id = nodus::async_wrap::ExecutionAsyncId(env->runtime);
  work->resource.Reset(isolate, resource);
  nodus::async_wrap::EmitInit(env->runtime, work->async_id, work->trigger_id, name, resource);
  *result = work;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_delete_async_work(napi_env env, napi_async_work work) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, work);
  nodus::async_wrap::QueueDestroy(env->runtime, work->async_id);
  delete work;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_queue_async_work(node_api_basic_env env, napi_async_work work) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, work);
  int err = uv_queue_work(
      env->runtime->loop(), &work->req,
      [](uv_work_t* req) {
        auto* w = static_cast<napi_async_work__*>(req->data);
        w->execute(w->env, w->data);
      },
      [](uv_work_t* req, int status) {
        auto* w = static_cast<napi_async_work__*>(req->data);
        if (w->complete == nullptr) return;
        // complete may delete the work: copy what is needed first.
        napi_async_complete_callback complete = w->complete;
        void* data = w->data;
        napi_env env = w->env;
        v8::HandleScope scope(env->isolate);
        nodus::async_wrap::Scope async_scope(env->runtime, w->async_id, w->trigger_id,
                                             w->resource.Get(env->isolate));
        nodus::napi::CallFromLoop(env, [&](napi_env e) {
          complete(e, status == UV_ECANCELED ? napi_cancelled : napi_ok, data);
        });
      });
  return FromUV(env, err);
}

napi_status NAPI_CDECL napi_cancel_async_work(node_api_basic_env env, napi_async_work work) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, work);
  return FromUV(env, uv_cancel(reinterpret_cast<uv_req_t*>(&work->req)));
}

napi_status NAPI_CDECL napi_create_threadsafe_function(
    napi_env env, napi_value func, napi_value async_resource, napi_value async_resource_name,
    size_t max_queue_size, size_t initial_thread_count, void* thread_finalize_data,
    napi_finalize thread_finalize_cb, void* context, napi_threadsafe_function_call_js call_js_cb,
    napi_threadsafe_function* result) {
  NAPI_CHECK_ENV(env);
  NAPI_CHECK_ARG(env, async_resource_name);
  NAPI_RETURN_IF_FALSE(env, initial_thread_count > 0, napi_invalid_arg);
  NAPI_CHECK_ARG(env, result);
  if (func == nullptr) {
    NAPI_CHECK_ARG(env, call_js_cb);
  } else {
    NAPI_RETURN_IF_FALSE(env, V8Value(func)->IsFunction(), napi_function_expected);
  }
  auto* tsfn = new napi_threadsafe_function__();
  tsfn->env = env;
  if (func != nullptr) tsfn->func.Reset(env->isolate, V8Value(func).As<v8::Function>());
  tsfn->max_queue_size = max_queue_size;
  tsfn->thread_count = initial_thread_count;
  tsfn->finalize_data = thread_finalize_data;
  tsfn->finalize_cb = thread_finalize_cb;
  tsfn->context = context;
  tsfn->call_js_cb = call_js_cb;
  int err = uv_async_init(env->runtime->loop(), &tsfn->async, napi_threadsafe_function__::OnAsync);
  if (err != 0) {
    delete tsfn;
    return SetLastError(env, napi_generic_failure);
  }
  tsfn->async.data = tsfn;
  env->runtime->AddCleanupHook(napi_threadsafe_function__::OnExit, tsfn);
  *result = tsfn;
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_get_threadsafe_function_context(napi_threadsafe_function func,
                                                            void** result) {
  if (func == nullptr || result == nullptr) return napi_invalid_arg;
  *result = func->context;
  return napi_ok;
}

napi_status NAPI_CDECL napi_call_threadsafe_function(napi_threadsafe_function func, void* data,
                                                     napi_threadsafe_function_call_mode mode) {
  if (func == nullptr) return napi_invalid_arg;
  std::unique_lock<std::mutex> lock(func->mutex);
  while (func->max_queue_size > 0 && func->queue.size() >= func->max_queue_size &&
         !func->closing) {
    if (mode == napi_tsfn_nonblocking) return napi_queue_full;
    func->cond.wait(lock);
  }
  if (func->closing) {
    if (func->thread_count == 0) return napi_invalid_arg;
    func->thread_count--;
    return napi_closing;
  }
  func->queue.push_back(data);
  uv_async_send(&func->async);
  return napi_ok;
}

napi_status NAPI_CDECL napi_acquire_threadsafe_function(napi_threadsafe_function func) {
  if (func == nullptr) return napi_invalid_arg;
  std::lock_guard<std::mutex> lock(func->mutex);
  if (func->closing) return napi_closing;
  func->thread_count++;
  return napi_ok;
}

napi_status NAPI_CDECL napi_release_threadsafe_function(napi_threadsafe_function func,
                                                        napi_threadsafe_function_release_mode mode) {
  if (func == nullptr) return napi_invalid_arg;
  std::lock_guard<std::mutex> lock(func->mutex);
  if (func->thread_count == 0) return napi_invalid_arg;
  func->thread_count--;
  if (func->thread_count == 0 || mode == napi_tsfn_abort) {
    if (!func->closing) {
      func->closing = mode == napi_tsfn_abort;
      if (func->closing && func->max_queue_size > 0) func->cond.notify_all();
      uv_async_send(&func->async);
    }
  }
  return napi_ok;
}

napi_status NAPI_CDECL napi_unref_threadsafe_function(node_api_basic_env env,
                                                      napi_threadsafe_function func) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, func);
  uv_unref(reinterpret_cast<uv_handle_t*>(&func->async));
  return ClearLastError(env);
}

napi_status NAPI_CDECL napi_ref_threadsafe_function(node_api_basic_env env,
                                                    napi_threadsafe_function func) {
  NAPI_CHECK_BASIC_ENV(env);
  NAPI_CHECK_ARG(env, func);
  uv_ref(reinterpret_cast<uv_handle_t*>(&func->async));
  return ClearLastError(env);
}

}  // extern "C"
