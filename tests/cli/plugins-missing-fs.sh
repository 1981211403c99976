# Plugins are what they say: without fs.so there is no 'fs', with a clear error naming
# the plugin, while the other plugins keep working; `nodus --plugins` lists what loaded.
. "$(dirname "$0")/lib.sh"
unset NODUS_PLUGIN_PATH
plugins=$(dirname "$NODUS_BIN")/../lib/nodus/plugins

# A copy of the executable whose own plugin directory is empty, so the only plugins are
# the ones --plugin-path names: a copy of the build's plugins minus fs.so.
mkdir -p "$WORK/bin" "$WORK/lib/nodus/plugins" "$WORK/some-plugins"
cp "$NODUS_BIN" "$WORK/bin/nodus"
for so in "$plugins"/*.so; do
  [ "$(basename "$so")" = fs.so ] || cp "$so" "$WORK/some-plugins/"
done
nodus() { "$WORK/bin/nodus" --plugin-path "$WORK/some-plugins" "$@"; }

check() {  # check <description> <expected> <seen>
  if [ "$2" = "$3" ]; then echo "ok: $1"; else
    echo "FAIL: $1"; echo "  expected: $2"; echo "  seen:     $3"; FAILED=1; fi
}
contains() {  # contains <description> <needle> <haystack>
  case "$3" in *"$2"*) echo "ok: $1" ;; *)
    echo "FAIL: $1"; echo "  expected to contain: $2"; echo "  seen: $3"; FAILED=1 ;; esac
}

# --plugins: the plugins that loaded, from where, and their modules.
list=$(nodus --plugins)
check "--plugins lists os, tty (and not fs)" "os tty" \
  "$(echo "$list" | awk '/^[a-z]/ {print $1}' | grep -x -e fs -e os -e tty | tr '\n' ' ' | sed 's/ $//')"
contains "--plugins names os.so's path" "$WORK/some-plugins/os.so" "$list"
contains "--plugins names the os module" "  modules: os" "$list"
full=$("$NODUS_BIN" --plugins)
check "the build's --plugins lists fs, os and tty" "fs os tty" \
  "$(echo "$full" | awk '/^[a-z]/ {print $1}' | grep -x -e fs -e os -e tty | tr '\n' ' ' | sed 's/ $//')"
contains "fs.so is listed with fs/promises" "fs fs/promises" "$full"

hint="'fs' is a Node.js built-in module that nodus loads from the plugin 'fs' (fs.so), which was not found in the plugin path"
# require('fs'): MODULE_NOT_FOUND (what optional-dependency code tests for), naming the plugin.
out=$(nodus -e "try { require('fs'); } catch (e) { console.log(e.code); console.log(e.message.split('\n')[0]); }")
check "require('fs') code" "MODULE_NOT_FOUND" "$(echo "$out" | sed -n 1p)"
check "require('fs') message" "Cannot find module 'fs' ($hint (\`nodus --plugins\` lists the plugins loaded))" \
  "$(echo "$out" | sed -n 2p)"
# Uncaught, it ends the process with exit code 1 and the message on stderr.
nodus -e "require('fs')" >/dev/null 2>"$WORK/err"; rc=$?
check "uncaught require('fs') exit code" 1 $rc
contains "uncaught require('fs') stderr" "$hint" "$(cat "$WORK/err")"
out=$(nodus -e "try { require('node:fs/promises'); } catch (e) { console.log(e.code, e.message); }")
contains "require('node:fs/promises') code" "ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:fs/promises ('fs/promises' is a Node.js built-in module that nodus loads from the plugin 'fs'" "$out"
out=$(nodus -e "import('fs').catch((e) => console.log(e.code, e.message.includes(\"$hint\")))")
check "import('fs')" "ERR_MODULE_NOT_FOUND true" "$out"
check "isBuiltin / builtinModules without fs" "false false true" \
  "$(nodus -p "const m = require('module'); [m.isBuiltin('fs'), m.builtinModules.includes('fs'), m.builtinModules.includes('os')].join(' ')")"

# The other plugins work.
check "require('os') works" "$(uname -s) true" \
  "$(nodus -p "require('os').type() + ' ' + (require('os').cpus().length > 0)")"
check "require('tty') works" "boolean" "$(nodus -p "typeof require('tty').isatty(1)")"
# A module nobody provides keeps node's plain message.
check "require('nosuch')" "Cannot find module 'nosuch'" \
  "$(nodus -e "try { require('nosuch'); } catch (e) { console.log(e.message.split('\n')[0]); }")"

# --no-plugins: the bare core; pure-JS built-ins only.
check "--no-plugins --plugins" "no plugins loaded" "$("$NODUS_BIN" --no-plugins --plugins)"
check "--no-plugins: os missing, path present" "MODULE_NOT_FOUND function" \
  "$("$NODUS_BIN" --no-plugins -e "let c; try { require('os'); } catch (e) { c = e.code; } console.log(c, typeof require('path').join)")"
finish
