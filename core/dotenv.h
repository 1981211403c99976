// dotenv files: the parser behind --env-file, process.loadEnvFile and util.parseEnv.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nodus {
namespace dotenv {

// Parses dotenv text as node does: KEY=value lines, '#' comment lines, an optional
// `export ` before the key; a value in ', " or ` quotes may span lines and keeps its
// spaces ("\n" becomes a newline inside double quotes only); an unquoted value ends at
// '#' and loses its surrounding spaces. An empty key, or no '=' left, ends the parse;
// carriage returns are ignored. Returns the pairs in file order: a key may repeat, and the caller
// lets the last one win.
std::vector<std::pair<std::string, std::string>> Parse(const std::string& text);

// Reads the --env-file files in order and sets each key that the process environment
// does not already have (a later file overrides an earlier one; the environment wins
// over both). Must run before anything reads the environment (NODE_OPTIONS included).
// Returns true, or false with `*bad` naming the file and `*why` node's reason ("not
// found" for a file that cannot be opened, "invalid format" for one that cannot be read).
bool LoadFiles(const std::vector<std::string>& files, std::string* bad, const char** why);

}  // namespace dotenv
}  // namespace nodus
