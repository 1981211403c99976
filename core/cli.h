// Command-line options: what `nodus [options] [script | -e code | -] [args]` asked for.
#pragma once
#include <string>
#include <vector>

namespace nodus {

struct Options {
  std::string exec_path;                 // absolute path of this executable
  std::string argv0;                     // argv[0] as given
  std::vector<std::string> exec_argv;    // runtime options as given (process.execArgv)
  std::string script;                    // entry file; empty for -e/-p/stdin
  std::vector<std::string> script_args;  // after the script (process.argv[2..])
  bool has_eval = false;                 // -e / -p
  bool print_eval = false;               // -p
  std::string eval_source;
  bool force_stdin = false;              // "-" as the script
  std::vector<std::string> preload;      // -r / --require
  std::vector<std::string> imports;      // --import
  std::string input_type;                // --input-type=commonjs|module
  std::vector<std::string> v8_flags;     // passed to V8
  std::vector<std::string> plugin_paths; // --plugin-path (before NODUS_PLUGIN_PATH)
  bool show_version = false;
  bool show_help = false;
  bool show_v8_options = false;          // --v8-options: V8's own flag list
  bool saw_eval = false;                 // -e/--eval given (for the --check conflict)
  bool list_plugins = false;
  bool no_plugins = false;
  bool expose_gc = false;
  bool check_syntax = false;             // -c / --check
  bool trace_uncaught = false;
  bool no_warnings = false;
  bool no_deprecation = false;
  bool throw_deprecation = false;
  bool trace_deprecation = false;
  bool pending_deprecation = false;
  bool trace_warnings = false;
  bool zero_fill_buffers = false;  // --zero-fill-buffers: allocUnsafe zeroes too
  std::string unhandled_rejections;      // --unhandled-rejections=mode
  std::string redirect_warnings;         // --redirect-warnings=file (appended to)
  std::string title;                     // --title (process.title)
  std::vector<std::string> env_files;    // --env-file, loaded into the environment
  bool test = false;                     // --test: script and its args are test files
  bool test_only = false;                // --test-only
  std::vector<std::string> test_name_patterns;  // --test-name-pattern (repeatable)
  std::vector<std::string> test_reporters;      // --test-reporter (repeatable)
};

// Parses NODE_OPTIONS and argv into `options`. On a bad option prints node's message
// ("nodus: bad option: --x") to stderr and returns false; the caller exits with 9.
bool ParseOptions(int argc, char** argv, Options* options);

// The options node accepts in NODE_OPTIONS that nodus knows (process.allowedNodeEnvironmentFlags).
std::vector<std::string> NodeOptionsAllowed();

// The --help text.
const char* HelpText();

}  // namespace nodus
