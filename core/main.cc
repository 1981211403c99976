// nodus: the embedding steps in order, one line each.
#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <memory>

#include "cli.h"
#include "platform.h"
#include "plugins.h"
#include "runtime.h"
#include "startup.h"

namespace {

// A closed stdin/stdout/stderr would be reused by the next file the runtime opens (the
// event loop's epoll fd, say), and console.log would write into it. Like node, point
// any closed one of fds 0-2 at /dev/null before anything else is opened.
void EnsureStdioOpen() {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int r = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (r >= 0 && r != fd) {
      dup2(r, fd);
      close(r);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  EnsureStdioOpen();
  // libuv keeps a copy of argv for uv_get_process_title; it may move the strings.
  argv = uv_setup_args(argc, argv);
  nodus::ReleaseLoaderPages();
  nodus::TuneHeap();

  // Options first: V8 flags must be set before V8 starts.
  nodus::Options options;
  // Import assertions (`assert { type: 'json' }`) are behind a flag in V8 10.2 and on in
  // Node 20; set first so a user's --no-harmony-import-assertions still wins.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  // ArrayBuffers die on the loop thread's scavenges and are freed there too. Swept on a
  // worker thread, every freed backing store went back to the main malloc arena from
  // another thread, contending with the loop's own allocations for the arena lock
  // (futex waits, context switches): Buffer-heavy code ran 15-45% slower for it
  // (randomBytes(32), base64 decode and UTF-8 encode of 1 KB, concat of 64 parts;
  // HTTP serving unchanged). --concurrent-array-buffer-sweeping turns it back on.
  v8::V8::SetFlagsFromString("--no-concurrent-array-buffer-sweeping");
  if (!nodus::ParseOptions(argc, argv, &options)) return 9;
  if (options.show_help) { std::fputs(nodus::HelpText(), stdout); return 0; }
  if (options.show_version) { std::printf("%s\n", NODUS_NODE_VERSION); return 0; }
  // V8 prints its flag list itself when given --help.
  if (options.show_v8_options) { v8::V8::SetFlagsFromString("--help"); return 0; }

  // Plugins: found and checked before V8 starts, initialised on first require.
  if (!options.no_plugins) nodus::plugins::Discover(options);
  if (options.list_plugins) { nodus::plugins::PrintList(); return 0; }

  // One platform, with V8's default worker threads for GC and compilation.
  // Its foreground tasks run from each runtime's loop (core/platform.h).
  std::unique_ptr<v8::Platform> platform = nodus::platform::Create(2);
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();

  // One isolate; microtasks run when we say (after each callback into JS), as in Node.
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);

  int code;
  {
    nodus::Runtime runtime(options, isolate, uv_default_loop());
    code = runtime.Run();
    // Exit without tearing V8 down: the process is ending, and destroying an isolate
    // with live handles from plugins is a source of crashes, not of correctness.
    runtime.Exit(code);
  }
}
