#include "cli.h"

#include "dotenv.h"

#include <uv.h>
#include <v8.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace nodus {
namespace {

// kOptional: takes the next word only when it is not an option (node's -p [script]).
enum class Arg { kNone, kRequired, kOptional };

struct OptionSpec {
  const char* name;   // long form
  const char* alias;  // short form or nullptr
  Arg arg;
  bool node_options;  // allowed in NODE_OPTIONS
};

// One table of the options nodus understands itself. Anything else that starts with '-'
// is offered to V8; what V8 does not take either is a bad option.
const OptionSpec kOptions[] = {
    {"--eval", "-e", Arg::kRequired, false},
    {"--print", "-p", Arg::kOptional, false},
    {"-pe", nullptr, Arg::kRequired, false},  // node's spelling of -p -e
    {"--require", "-r", Arg::kRequired, true},
    {"--import", nullptr, Arg::kRequired, true},
    {"--version", "-v", Arg::kNone, false},
    {"--help", "-h", Arg::kNone, false},
    {"--v8-options", nullptr, Arg::kNone, false},
    {"--check", "-c", Arg::kNone, false},
    {"--input-type", nullptr, Arg::kRequired, true},
    {"--plugins", nullptr, Arg::kNone, false},
    {"--no-plugins", nullptr, Arg::kNone, true},
    {"--plugin-path", nullptr, Arg::kRequired, true},
    {"--expose-gc", nullptr, Arg::kNone, true},
    // Lets user code require internal/* (node's own tests); read by cjs/loader.js.
    {"--expose-internals", nullptr, Arg::kNone, false},
    {"--trace-uncaught", nullptr, Arg::kNone, true},
    {"--no-warnings", nullptr, Arg::kNone, true},
    {"--no-deprecation", nullptr, Arg::kNone, true},
    {"--throw-deprecation", nullptr, Arg::kNone, true},
    {"--trace-deprecation", nullptr, Arg::kNone, true},
    {"--pending-deprecation", nullptr, Arg::kNone, true},
    {"--trace-warnings", nullptr, Arg::kNone, true},
    {"--redirect-warnings", nullptr, Arg::kRequired, true},
    {"--zero-fill-buffers", nullptr, Arg::kNone, true},
    {"--unhandled-rejections", nullptr, Arg::kRequired, true},
    {"--max-old-space-size", nullptr, Arg::kRequired, true},
    {"--max-semi-space-size", nullptr, Arg::kRequired, true},
    {"--stack-size", nullptr, Arg::kRequired, false},
    {"--stack-trace-limit", nullptr, Arg::kRequired, true},
    {"--title", nullptr, Arg::kRequired, true},
    {"--env-file", nullptr, Arg::kRequired, false},
    {"--enable-source-maps", nullptr, Arg::kNone, true},
    // node:test; --test runs the files (or the ones found) in child processes.
    {"--test", nullptr, Arg::kNone, false},
    {"--test-only", nullptr, Arg::kNone, true},
    {"--test-name-pattern", nullptr, Arg::kRequired, true},
    {"--test-reporter", nullptr, Arg::kRequired, true},
    // V8 options node also accepts in NODE_OPTIONS.
    {"--abort-on-uncaught-exception", nullptr, Arg::kNone, true},
    {"--jitless", nullptr, Arg::kNone, true},
    {"--disallow-code-generation-from-strings", nullptr, Arg::kNone, true},
    {"--huge-max-old-generation-size", nullptr, Arg::kNone, true},
    {"--interpreted-frames-native-stack", nullptr, Arg::kNone, true},
    {"--preserve-symlinks", nullptr, Arg::kNone, true},
    {"--preserve-symlinks-main", nullptr, Arg::kNone, true},  // read by cjs/resolve.js
    // ESM (issue #8): features node 20.19+ has on by default; the flags are accepted no-ops.
    {"--experimental-require-module", nullptr, Arg::kNone, true},
    {"--no-experimental-require-module", nullptr, Arg::kNone, true},  // cjs/loader.js
    {"--experimental-detect-module", nullptr, Arg::kNone, true},
    {"--experimental-import-meta-resolve", nullptr, Arg::kNone, true},
    // Module customization hooks; kept in order with --import (run_main.js reads the prefix).
    {"--experimental-loader", nullptr, Arg::kRequired, true},
    {"--loader", nullptr, Arg::kRequired, true},
    // Node-API (issue #3): exceptions thrown by finalizers are always uncaught exceptions
    // in nodus (node 20's policy with this flag); both spellings are accepted.
    {"--force-node-api-uncaught-exceptions-policy", nullptr, Arg::kNone, true},
    {"--no-force-node-api-uncaught-exceptions-policy", nullptr, Arg::kNone, true},
    {"--napi-modules", nullptr, Arg::kNone, true},  // a no-op in node too
};

const OptionSpec* FindOption(const std::string& name) {
  for (const OptionSpec& o : kOptions) {
    if (name == o.name || (o.alias && name == o.alias)) return &o;
  }
  return nullptr;
}

bool IsV8Passthrough(const std::string& name) {
  static const char* const kV8[] = {
      "--max-old-space-size", "--max-semi-space-size", "--stack-size", "--stack-trace-limit",
      "--expose-gc", "--abort-on-uncaught-exception", "--jitless",
      "--disallow-code-generation-from-strings", "--huge-max-old-generation-size",
      "--interpreted-frames-native-stack"};
  for (const char* f : kV8)
    if (name == f) return true;
  return false;
}

void Apply(const OptionSpec& o, const std::string& value, Options* out) {
  std::string n = o.name;
  if (n == "--eval") { out->has_eval = true; out->eval_source = value; out->saw_eval = true; }
  else if (n == "--print" || n == "-pe") {
    out->has_eval = out->print_eval = true;
    // A bare -p keeps code given by -e (node: "-e 1 -p" prints 1).
    if (!value.empty() || out->eval_source.empty()) out->eval_source = value;
  }
  else if (n == "--v8-options") out->show_v8_options = true;
  else if (n == "--require") out->preload.push_back(value);
  else if (n == "--import") out->imports.push_back(value);
  else if (n == "--experimental-loader" || n == "--loader")
    out->imports.push_back("--experimental-loader=" + value);
  else if (n == "--version") out->show_version = true;
  else if (n == "--help") out->show_help = true;
  else if (n == "--check") out->check_syntax = true;
  else if (n == "--input-type") out->input_type = value;
  else if (n == "--plugins") out->list_plugins = true;
  else if (n == "--no-plugins") out->no_plugins = true;
  else if (n == "--plugin-path") out->plugin_paths.push_back(value);
  else if (n == "--expose-gc") out->expose_gc = true;
  else if (n == "--trace-uncaught") out->trace_uncaught = true;
  else if (n == "--no-warnings") out->no_warnings = true;
  else if (n == "--no-deprecation") out->no_deprecation = true;
  else if (n == "--throw-deprecation") out->throw_deprecation = true;
  else if (n == "--trace-deprecation") out->trace_deprecation = true;
  else if (n == "--pending-deprecation") out->pending_deprecation = true;
  else if (n == "--trace-warnings") out->trace_warnings = true;
  else if (n == "--zero-fill-buffers") out->zero_fill_buffers = true;
  else if (n == "--unhandled-rejections") out->unhandled_rejections = value;
  else if (n == "--redirect-warnings") out->redirect_warnings = value;
  else if (n == "--title") out->title = value;
  else if (n == "--env-file") out->env_files.push_back(value);
  else if (n == "--test") out->test = true;
  else if (n == "--test-only") out->test_only = true;
  else if (n == "--test-name-pattern") out->test_name_patterns.push_back(value);
  else if (n == "--test-reporter") out->test_reporters.push_back(value);
  if (IsV8Passthrough(n)) out->v8_flags.push_back(value.empty() ? n : n + "=" + value);
}

// Splits NODE_OPTIONS like a shell would for simple cases: spaces separate, double
// quotes group, backslash escapes inside quotes.
std::vector<std::string> SplitNodeOptions(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  bool in_quotes = false, have = false;
  for (const char* p = s; *p; p++) {
    if (in_quotes) {
      if (*p == '\\' && p[1]) cur += *++p;
      else if (*p == '"') in_quotes = false;
      else cur += *p;
    } else if (*p == '"') {
      in_quotes = have = true;
    } else if (*p == ' ' || *p == '\t' || *p == '\n') {
      if (have) out.push_back(cur);
      cur.clear();
      have = false;
    } else {
      cur += *p;
      have = true;
    }
  }
  if (have) out.push_back(cur);
  return out;
}

// Offers unknown options to V8. Returns the ones V8 did not take.
std::vector<std::string> OfferToV8(const std::vector<std::string>& flags) {
  if (flags.empty()) return {};
  std::vector<char*> argv;
  static char prog[] = "nodus";
  argv.push_back(prog);
  std::vector<std::unique_ptr<char[]>> storage;
  for (const std::string& f : flags) {
    storage.emplace_back(new char[f.size() + 1]);
    std::memcpy(storage.back().get(), f.c_str(), f.size() + 1);
    argv.push_back(storage.back().get());
  }
  int argc = static_cast<int>(argv.size());
  v8::V8::SetFlagsFromCommandLine(&argc, argv.data(), true);
  std::vector<std::string> rest;
  for (int i = 1; i < argc; i++) rest.push_back(argv[i]);
  return rest;
}

// The command line proper (after NODE_OPTIONS): options up to the script or "--", then
// the script and its arguments. Unknown options are collected for V8. Errors are printed
// only when `report`.
bool ParseArgv(int argc, char** argv, Options* out, std::vector<std::string>* unknown,
               bool report) {
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--") { i++; break; }
    if (a == "-") { out->force_stdin = true; i++; break; }
    if (a.size() < 2 || a[0] != '-') break;  // the script
    std::string name = a, value;
    size_t eq = a.find('=');
    bool inline_value = a.compare(0, 2, "--") == 0 && eq != std::string::npos;
    if (inline_value) name = a.substr(0, eq);
    // Node treats --foo_bar and --foo-bar alike.
    for (size_t k = 2; k < name.size(); k++)
      if (name[k] == '_') name[k] = '-';
    const OptionSpec* o = FindOption(name);
    if (!o) {
      unknown->push_back(a);
      out->exec_argv.push_back(a);
      continue;
    }
    out->exec_argv.push_back(a);
    if (o->arg == Arg::kOptional) {
      if (inline_value) {
        value = a.substr(eq + 1);
      } else if (i + 1 < argc && argv[i + 1][0] != '-') {
        value = argv[++i];
        out->exec_argv.push_back(value);
      }
    } else if (o->arg == Arg::kRequired) {
      if (inline_value) {
        value = a.substr(eq + 1);
      } else if (i + 1 < argc) {
        value = argv[++i];
        out->exec_argv.push_back(value);
      } else {
        if (report)
          std::fprintf(stderr, "%s: %s requires an argument\n", out->argv0.c_str(), a.c_str());
        return false;
      }
    }
    Apply(*o, value, out);
  }
  if (!out->has_eval && !out->force_stdin && i < argc) out->script = argv[i++];
  for (; i < argc; i++) out->script_args.push_back(argv[i]);
  return true;
}

// --env-file values, for loading the files before NODE_OPTIONS is read (a file may set
// it). A command line that does not parse yields none; the real parse reports it.
std::vector<std::string> EnvFilesOf(int argc, char** argv) {
  Options scratch;
  std::vector<std::string> unknown;
  if (!ParseArgv(argc, argv, &scratch, &unknown, false)) return {};
  return scratch.env_files;
}

}  // namespace

bool ParseOptions(int argc, char** argv, Options* out) {
  out->argv0 = argc > 0 ? argv[0] : "nodus";
  char exe[4096];
  size_t exe_len = sizeof(exe);
  out->exec_path = uv_exepath(exe, &exe_len) == 0 ? std::string(exe, exe_len) : out->argv0;

  std::vector<std::string> unknown;

  // --env-file first, as node does: its variables (NODE_OPTIONS among them) are in the
  // environment before anything reads it.
  std::vector<std::string> env_files = EnvFilesOf(argc, argv);
  if (!env_files.empty()) {
    std::string bad;
    const char* why = "";
    if (!dotenv::LoadFiles(env_files, &bad, &why)) {
      std::fprintf(stderr, "%s: %s: %s\n", out->argv0.c_str(), bad.c_str(), why);
      return false;
    }
  }

  // NODE_OPTIONS next, so the command line can override it.
  if (const char* env = std::getenv("NODE_OPTIONS")) {
    std::vector<std::string> words = SplitNodeOptions(env);
    for (size_t i = 0; i < words.size(); i++) {
      std::string w = words[i], value;
      size_t eq = w.find('=');
      std::string name = w.compare(0, 2, "--") == 0 && eq != std::string::npos ? w.substr(0, eq) : w;
      const OptionSpec* o = FindOption(name);
      // node names a refused option as written up to its '=' ("--eval= is not allowed").
      if (!o || !o->node_options) {
        std::string shown = eq != std::string::npos && name != w ? name + "=" : name;
        std::fprintf(stderr, "%s: %s is not allowed in NODE_OPTIONS\n", out->argv0.c_str(),
                     shown.c_str());
        return false;
      }
      if (o->arg == Arg::kRequired) {
        if (eq != std::string::npos && name != w) value = w.substr(eq + 1);
        else if (i + 1 < words.size()) value = words[++i];
        else {
          std::fprintf(stderr, "%s: %s requires an argument\n", out->argv0.c_str(), name.c_str());
          return false;
        }
      }
      Apply(*o, value, out);
    }
  }

  if (!ParseArgv(argc, argv, out, &unknown, true)) return false;

  // Values node checks before anything runs (exit 9 like a bad option).
  if (out->check_syntax && out->saw_eval) {
    std::fprintf(stderr, "%s: either --check or --eval can be used, not both\n", out->argv0.c_str());
    return false;
  }
  if (!out->input_type.empty() && out->input_type != "module" && out->input_type != "commonjs") {
    std::fprintf(stderr, "%s: --input-type must be \"module\" or \"commonjs\"\n", out->argv0.c_str());
    return false;
  }
  const std::string& ur = out->unhandled_rejections;
  if (!ur.empty() && ur != "strict" && ur != "warn" && ur != "none" && ur != "throw" &&
      ur != "warn-with-error-code") {
    std::fprintf(stderr, "%s: invalid value for --unhandled-rejections\n", out->argv0.c_str());
    return false;
  }

  for (const std::string& f : out->v8_flags) unknown.push_back(f);
  std::vector<std::string> rejected = OfferToV8(unknown);
  if (!rejected.empty()) {
    std::fprintf(stderr, "%s: bad option: %s\n", out->argv0.c_str(), rejected[0].c_str());
    return false;
  }
  return true;
}

std::vector<std::string> NodeOptionsAllowed() {
  std::vector<std::string> out;
  for (const OptionSpec& o : kOptions) {
    if (!o.node_options) continue;
    out.push_back(o.name);
    if (o.alias) out.push_back(o.alias);
  }
  return out;
}

const char* HelpText() {
  return "Usage: nodus [options] [ script.js ] [arguments]\n"
         "       nodus [options] -e \"script\" [arguments]\n"
         "       nodus [options] -p \"expression\" [arguments]\n"
         "       nodus [options] - [arguments]     (script from stdin)\n"
         "\n"
         "Options:\n"
         "  -e, --eval script          evaluate script\n"
         "  -p, --print script         evaluate script and print the result\n"
         "  -r, --require module       module to preload (option can be repeated)\n"
         "  -c, --check                syntax check script without executing\n"
         "  -v, --version              print the Node.js version nodus follows\n"
         "  -h, --help                 print this help\n"
         "  --input-type=type          commonjs or module, for -e and stdin\n"
         "  --env-file=path            set environment variables from a dotenv file\n"
         "  --test [files]             run tests (node:test) in child processes\n"
         "  --test-only                run only tests with the only option\n"
         "  --test-name-pattern=re     run only tests whose name matches\n"
         "  --test-reporter=name       spec, tap or dot (default: spec on a terminal)\n"
         "  --expose-gc                expose gc() (a V8 option)\n"
         "  --max-old-space-size=MiB   V8 heap limit\n"
         "  --stack-size=KiB           V8 stack size\n"
         "  --unhandled-rejections=mode  throw (default), strict, warn, none, warn-with-error-code\n"
         "  --no-warnings              silence process warnings\n"
         "  --redirect-warnings=file   append process warnings to file instead of stderr\n"
         "  --trace-uncaught           show where a non-error was thrown\n"
         "  --plugins                  list the plugins that loaded, and exit\n"
         "  --no-plugins               start the bare core, without plugins\n"
         "  --plugin-path=dir          also load plugins from dir (repeatable)\n"
         "  --                         end of options\n"
         "\n"
         "Environment:\n"
         "  NODE_OPTIONS               options to prepend to the command line\n"
         "  NODE_REDIRECT_WARNINGS     file for process warnings (as --redirect-warnings)\n"
         "  NODUS_PLUGIN_PATH          colon-separated plugin directories\n"
         "\n"
         "Other options are passed to V8; one V8 does not know is an error (exit 9).\n";
}

}  // namespace nodus
