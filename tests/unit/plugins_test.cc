// The plugin loader, one behaviour per test case: nodus is run with --plugin-path on a
// directory of test plugins (tests/plugins) and its stdout, stderr and exit code checked.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Result {
  std::string out, err;
  int code;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs nodus with --plugin-path=<case dir> and `args`.
Result Run(const std::string& case_dir, const std::string& args) {
  const char* exe = std::getenv("NODUS_EXE");
  const char* dirs = std::getenv("NODUS_TEST_PLUGIN_DIRS");
  REQUIRE(exe != nullptr);
  REQUIRE(dirs != nullptr);
  std::string tmp = "/tmp/nodus-plugins-test-" + std::to_string(getpid());
  std::string cmd = std::string("env -u NODUS_PLUGIN_PATH ") + Quote(exe);
  if (!case_dir.empty()) cmd += " --plugin-path=" + Quote(std::string(dirs) + "/" + case_dir);
  cmd += " " + args + " >" + tmp + ".out 2>" + tmp + ".err";
  int status = std::system(cmd.c_str());
  Result r{Slurp(tmp + ".out"), Slurp(tmp + ".err"),
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)};
  std::remove((tmp + ".out").c_str());
  std::remove((tmp + ".err").c_str());
  INFO("command: " << cmd);
  INFO("stdout: " << r.out);
  INFO("stderr: " << r.err);
  return r;
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A script that proves nodus kept running and that `id` is not a module.
const char* kAliveAndAbsent =
    "-e \"try { require('%s'); console.log('present'); } catch (e) { console.log(e.code); }"
    " console.log('alive')\"";

std::string AliveAndAbsent(const std::string& id) {
  char buf[512];
  std::snprintf(buf, sizeof(buf), kAliveAndAbsent, id.c_str());
  return buf;
}

}  // namespace

TEST_CASE("plugins: a good plugin is listed by --plugins") {
  Result r = Run("good", "--plugins");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(Has(r.out, "plugtest-good 1.2.3 (ABI 2, Node-API 8) "));
  CHECK(Has(r.out, "/good/plugtest_good.so"));
  CHECK(Has(r.out, "modules: plugtest-good internal/plugtest-good/binding"));
}

TEST_CASE("plugins: a good plugin's modules load lazily, once, as x and node:x") {
  Result r = Run("good",
                 "-e \"const a = require('plugtest-good'); const b = require('node:plugtest-good');"
                 " console.log(a === b, a.add(2, 3), a.inits(), a.joined, a.internalVisible);"
                 " try { require('internal/plugtest-good/binding'); } catch (e) { console.log(e.code); }"
                 " console.log(require('module').builtinModules.includes('plugtest-good'))\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "true 5 1 a/b function\nMODULE_NOT_FOUND\ntrue\n");
}

TEST_CASE("plugins: nodus_create_system_error makes node's system errors") {
  Result r = Run("good",
                 "-e \"const { systemError } = require('plugtest-good');"
                 " const e = systemError('x'); console.log(e instanceof Error, e.message, e.errno,"
                 " e.code, e.syscall, e.path, 'dest' in e);"
                 " console.log(systemError('a', 'b').message, systemError('a', 'b').dest)\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.out ==
        "true ENOENT: no such file or directory, open 'x' -2 ENOENT open x false\n"
        "ENOENT: no such file or directory, open 'a' -> 'b' b\n");
}

TEST_CASE("plugins: an ABI 2 plugin adds process.versions entries, never replacing one") {
  Result r = Run("good", "-p \"[process.versions.plugtest, process.versions.v8 !== 'bogus',"
                         " Object.keys(process.versions).includes('nothing')].join(' ')\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "4.5.6 true false\n");
}

TEST_CASE("plugins: an ABI 1 plugin loads, and nothing past its init field is read") {
  Result r = Run("abi1", "-p \"[require('plugtest-abi1').ok, process.versions.abi1].join(' ')\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "yes \n");
}

TEST_CASE("plugins: a plugin for a newer ABI is refused") {
  Result r = Run("newer-abi", AliveAndAbsent("plugtest-newer-abi"));
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(Has(r.err, "nodus: plugin 'newer-abi' ("));
  CHECK(Has(r.err, "plugtest_newer_abi.so): built for plugin ABI 3, this nodus has ABI 2; skipped"));
  CHECK(r.out == "MODULE_NOT_FOUND\nalive\n");
}

TEST_CASE("plugins: a plugin needing a newer Node-API is refused") {
  Result r = Run("newer-napi", AliveAndAbsent("plugtest-newer-napi"));
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(Has(r.err, "nodus: plugin 'newer-napi' ("));
  CHECK(Has(r.err, "needs Node-API 10, this nodus has Node-API 9; skipped"));
  CHECK(r.out == "MODULE_NOT_FOUND\nalive\n");
}

TEST_CASE("plugins: a plugin with a missing symbol is refused") {
  Result r = Run("missing-symbol", AliveAndAbsent("plugtest-missing"));
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(Has(r.err, "plugtest_missing_symbol.so: cannot be loaded: "));
  CHECK(Has(r.err, "undefined symbol: nodus_no_such_function"));
  CHECK(r.out == "MODULE_NOT_FOUND\nalive\n");
}

TEST_CASE("plugins: a plugin whose init throws fails the require only") {
  Result r = Run("throwing",
                 "-e \"for (let i = 0; i < 2; i++) { try { require('plugtest-throwing'); }"
                 " catch (e) { console.log(e.code, e.message); } } console.log('alive')\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "ERR_PLUGTEST plugin 'throwing' failed to initialise\n"
        "ERR_PLUGTEST plugin 'throwing' failed to initialise\nalive\n");
}

TEST_CASE("plugins: two plugins claiming one id") {
  Result r = Run("dup", "-e \"console.log(require('plugtest-good').add(1, 1))\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(Has(r.err, "nodus: plugin 'dup' ("));
  CHECK(Has(r.err, "plugtest_dup_b.so): module 'plugtest-good' is already provided by plugin "
                   "'plugtest-good' ("));
  CHECK(r.out == "2\n");  // the first one (in file order) stays
}

TEST_CASE("plugins: a plugin claiming a core module id is refused") {
  Result r = Run("core-id", "-e \"console.log(typeof require('path').join)\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(Has(r.err, "plugtest_core_id.so): module 'path' is a core module; skipped"));
  CHECK(r.out == "function\n");
}

TEST_CASE("plugins: a shared library that is not a plugin is reported") {
  Result r = Run("not-plugin", "-e \"console.log('alive')\"");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(Has(r.err, "plugtest_not_plugin.so: not a nodus plugin (no nodus_plugin_v1 symbol); skipped"));
  CHECK(r.out == "alive\n");
}

TEST_CASE("plugins: --no-plugins starts the bare core") {
  Result r = Run("good", "--no-plugins --plugins");
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.code == 0);
  CHECK(r.out == "no plugins loaded\n");
  Result r2 = Run("good", "--no-plugins " + AliveAndAbsent("plugtest-good"));
  CHECK(r2.out == "MODULE_NOT_FOUND\nalive\n");
}
