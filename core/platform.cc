// The V8 platform wrapper (see platform.h).
#include "platform.h"

#include <libplatform/libplatform.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <vector>

namespace nodus::platform {
namespace {

// One per attached isolate; lives on its loop's thread, woken from any thread.
struct Pump {
  v8::Isolate* isolate;
  uv_async_t async;
  uv_timer_t timer;
  void (*run)(void* arg);
  void* arg;
  std::mutex mutex;
  std::vector<double> dues;  // delayed tasks' due times (s, platform clock)
};

class Platform;
Platform* the_platform = nullptr;

class Platform : public v8::Platform {
 public:
  explicit Platform(std::unique_ptr<v8::Platform> inner) : inner_(std::move(inner)) {}

  v8::Platform* inner() const { return inner_.get(); }

  // Wakes the loop of `isolate` for a task due in `delay` seconds.
  void Wake(v8::Isolate* isolate, double delay) {
    std::lock_guard<std::mutex> lock(pumps_mutex_);
    auto it = pumps_.find(isolate);
    if (it == pumps_.end()) return;
    Pump* pump = it->second;
    if (delay > 0) {
      std::lock_guard<std::mutex> pump_lock(pump->mutex);
      pump->dues.push_back(inner_->MonotonicallyIncreasingTime() + delay);
    }
    uv_async_send(&pump->async);
  }

  void Add(Pump* pump) {
    std::lock_guard<std::mutex> lock(pumps_mutex_);
    pumps_[pump->isolate] = pump;
  }
  Pump* Remove(v8::Isolate* isolate) {
    std::lock_guard<std::mutex> lock(pumps_mutex_);
    auto it = pumps_.find(isolate);
    if (it == pumps_.end()) return nullptr;
    Pump* pump = it->second;
    pumps_.erase(it);
    return pump;
  }
  Pump* Find(v8::Isolate* isolate) {
    std::lock_guard<std::mutex> lock(pumps_mutex_);
    auto it = pumps_.find(isolate);
    return it == pumps_.end() ? nullptr : it->second;
  }

  // v8::Platform, forwarded to V8's default platform.
  v8::PageAllocator* GetPageAllocator() override { return inner_->GetPageAllocator(); }
  v8::ZoneBackingAllocator* GetZoneBackingAllocator() override {
    return inner_->GetZoneBackingAllocator();
  }
  void OnCriticalMemoryPressure() override { inner_->OnCriticalMemoryPressure(); }
  bool OnCriticalMemoryPressure(size_t length) override {
    return inner_->OnCriticalMemoryPressure(length);
  }
  int NumberOfWorkerThreads() override { return inner_->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override;
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallOnWorkerThread(std::move(task));
  }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return inner_->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override {
    return inner_->PostJob(priority, std::move(job_task));
  }
  double MonotonicallyIncreasingTime() override { return inner_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return inner_->CurrentClockTimeMillis(); }
  StackTracePrinter GetStackTracePrinter() override { return inner_->GetStackTracePrinter(); }
  v8::TracingController* GetTracingController() override {
    return inner_->GetTracingController();
  }
  void DumpWithoutCrashing() override { inner_->DumpWithoutCrashing(); }

 private:
  std::unique_ptr<v8::Platform> inner_;
  std::mutex pumps_mutex_;
  std::map<v8::Isolate*, Pump*> pumps_;
  std::mutex runners_mutex_;
  std::map<v8::Isolate*, std::shared_ptr<v8::TaskRunner>> runners_;
};

// The default platform's runner for an isolate, plus a wake-up of its loop.
class WakingRunner : public v8::TaskRunner {
 public:
  WakingRunner(std::shared_ptr<v8::TaskRunner> inner, v8::Isolate* isolate)
      : inner_(std::move(inner)), isolate_(isolate) {}

  void PostTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostTask(std::move(task));
    the_platform->Wake(isolate_, 0);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostNonNestableTask(std::move(task));
    the_platform->Wake(isolate_, 0);
  }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->PostDelayedTask(std::move(task), delay);
    the_platform->Wake(isolate_, delay);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->PostNonNestableDelayedTask(std::move(task), delay);
    the_platform->Wake(isolate_, delay);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {
    inner_->PostIdleTask(std::move(task));
  }
  bool IdleTasksEnabled() override { return inner_->IdleTasksEnabled(); }
  bool NonNestableTasksEnabled() const override { return inner_->NonNestableTasksEnabled(); }
  bool NonNestableDelayedTasksEnabled() const override {
    return inner_->NonNestableDelayedTasksEnabled();
  }

 private:
  std::shared_ptr<v8::TaskRunner> inner_;
  v8::Isolate* isolate_;
};

std::shared_ptr<v8::TaskRunner> Platform::GetForegroundTaskRunner(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(runners_mutex_);
  std::shared_ptr<v8::TaskRunner>& runner = runners_[isolate];
  if (!runner)
    runner = std::make_shared<WakingRunner>(inner_->GetForegroundTaskRunner(isolate), isolate);
  return runner;
}

void OnTimer(uv_timer_t* timer);

// On the loop: run what is due, then sleep until the next delayed task.
void OnWake(uv_async_t* async) {
  Pump* pump = static_cast<Pump*>(async->data);
  pump->run(pump->arg);
  double now = the_platform->MonotonicallyIncreasingTime();
  double next_due = -1;
  {
    std::lock_guard<std::mutex> lock(pump->mutex);
    // The tasks due by now just ran (PumpMessageLoop moves due delayed tasks forward).
    pump->dues.erase(std::remove_if(pump->dues.begin(), pump->dues.end(),
                                    [now](double due) { return due <= now; }),
                     pump->dues.end());
    if (!pump->dues.empty()) next_due = *std::min_element(pump->dues.begin(), pump->dues.end());
  }
  if (next_due < 0) {
    uv_timer_stop(&pump->timer);
    return;
  }
  double ms = std::max(1.0, std::ceil((next_due - now) * 1000));
  uv_timer_start(&pump->timer, OnTimer, static_cast<uint64_t>(ms), 0);
}

void OnTimer(uv_timer_t* timer) {
  Pump* pump = static_cast<Pump*>(timer->data);
  OnWake(&pump->async);
}

}  // namespace

std::unique_ptr<v8::Platform> Create(int worker_threads) {
  auto platform = std::make_unique<Platform>(v8::platform::NewDefaultPlatform(
      worker_threads, v8::platform::IdleTaskSupport::kDisabled,
      v8::platform::InProcessStackDumping::kDisabled));
  the_platform = platform.get();
  return platform;
}

void Attach(v8::Isolate* isolate, uv_loop_t* loop, void (*run)(void* arg), void* arg) {
  auto* pump = new Pump();
  pump->isolate = isolate;
  pump->run = run;
  pump->arg = arg;
  uv_async_init(loop, &pump->async, OnWake);
  pump->async.data = pump;
  uv_timer_init(loop, &pump->timer);
  pump->timer.data = pump;
  // V8's housekeeping never keeps a program alive (node's platform tasks do not either).
  uv_unref(reinterpret_cast<uv_handle_t*>(&pump->async));
  uv_unref(reinterpret_cast<uv_handle_t*>(&pump->timer));
  the_platform->Add(pump);
  // Tasks may have been posted before the runtime attached.
  uv_async_send(&pump->async);
}

void Detach(v8::Isolate* isolate) {
  Pump* pump = the_platform->Remove(isolate);
  if (pump == nullptr) return;
  // The loop may never run again (a worker's loop is left behind): the handles are
  // closed, the pump itself is leaked rather than freed under a pending close.
  uv_close(reinterpret_cast<uv_handle_t*>(&pump->async), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&pump->timer), nullptr);
}

bool RunTasks(v8::Isolate* isolate) {
  if (the_platform == nullptr) return false;
  bool ran = false;
  while (v8::platform::PumpMessageLoop(the_platform->inner(), isolate,
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
    ran = true;
  }
  return ran;
}

}  // namespace nodus::platform
