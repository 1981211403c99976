#include "dotenv.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <map>

namespace nodus {
namespace dotenv {
namespace {

std::string TrimSpaces(const std::string& s) {
  size_t a = 0, b = s.size();
  while (a < b && s[a] == ' ') a++;
  while (b > a && s[b - 1] == ' ') b--;
  return s.substr(a, b - a);
}

// Whole file, or an errno: an open failure and a read failure are reported differently.
int ReadFile(const std::string& path, std::string* out, bool* opened) {
  *opened = false;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  *opened = true;
  char buf[16384];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      return err;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return 0;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> Parse(const std::string& input) {
  // Carriage returns are dropped wherever they are (node's reading), so CRLF files read
  // as LF ones.
  std::string text;
  text.reserve(input.size());
  for (char c : input) {
    if (c != '\r') text += c;
  }
  const size_t n = text.size();
  auto line_after = [&](size_t from) {
    size_t nl = text.find('\n', from);
    return nl == std::string::npos ? n : nl + 1;
  };
  // node's reading, kept as it behaves: a key runs from the first non-blank character to
  // the next '=' (even across a line without one), and only spaces are trimmed, so tabs
  // and a line break inside a key stay part of it.
  std::vector<std::pair<std::string, std::string>> out;
  size_t pos = 0;
  while (pos < n) {
    while (pos < n && (text[pos] == ' ' || text[pos] == '\n')) pos++;
    if (pos == n) break;
    if (text[pos] == '#') {
      pos = line_after(pos);
      continue;
    }
    size_t eq = text.find('=', pos);
    if (eq == std::string::npos) break;
    std::string key = TrimSpaces(text.substr(pos, eq - pos));
    pos = eq + 1;
    if (key.compare(0, 7, "export ") == 0) key.erase(0, 7);
    if (key.empty()) break;  // node stops reading at an empty key
    while (pos < n && text[pos] == ' ') pos++;
    char quote = pos < n ? text[pos] : '\0';
    if (quote == '"' || quote == '\'' || quote == '`') {
      size_t close = text.find(quote, pos + 1);
      if (close != std::string::npos) {
        std::string value = text.substr(pos + 1, close - pos - 1);
        if (quote == '"') {
          std::string expanded;
          for (size_t k = 0; k < value.size(); k++) {
            if (value[k] == '\\' && k + 1 < value.size() && value[k + 1] == 'n') {
              expanded += '\n';
              k++;
            } else {
              expanded += value[k];
            }
          }
          value = expanded;
        }
        out.emplace_back(key, value);
        pos = line_after(close);
        continue;
      }
    }
    // Unquoted, or a quote that never closes: the rest of the line, up to a '#'.
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = n;
    std::string value = text.substr(pos, end - pos);
    size_t hash = value.find('#');
    if (hash != std::string::npos) value.resize(hash);
    out.emplace_back(key, TrimSpaces(value));
    pos = end < n ? end + 1 : n;
  }
  return out;
}

bool LoadFiles(const std::vector<std::string>& files, std::string* bad, const char** why) {
  std::map<std::string, std::string> merged;
  std::vector<std::string> order;
  for (const std::string& file : files) {
    std::string text;
    bool opened;
    if (ReadFile(file, &text, &opened) != 0) {
      *bad = file;
      *why = opened ? "invalid format" : "not found";
      return false;
    }
    for (auto& kv : Parse(text)) {
      if (merged.find(kv.first) == merged.end()) order.push_back(kv.first);
      merged[kv.first] = kv.second;
    }
  }
  for (const std::string& key : order) setenv(key.c_str(), merged[key].c_str(), 0);
  return true;
}

}  // namespace dotenv
}  // namespace nodus
