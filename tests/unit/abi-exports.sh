#!/bin/bash
# Checks the ABI surface of the nodus executable and of built plugins:
#  1. every Node-API symbol of versions 1-9 in node-api-headers' symbols.js is exported
#     (version 10 ones are reported, not required);
#  2. every exported C symbol is napi_*, node_api_* or nodus_*;
#  3. no plugin (.so under the given dirs) imports a V8 (v8::) symbol.
# Usage: abi-exports.sh <nodus> <symbols.js> <plugin dir>...
set -u
exe=$1 symbols_js=$2
shift 2
fail=0

exported=$(nm -D --defined-only "$exe" | awk '{print $3}' | sort -u)

# symbols.js lists each version as `const vN = { ...: [ 'name', ... ] }`.
required=$(awk '/^const v[0-9]+ =/ { v = substr($2, 2) + 0 }
                { while (match($0, /'"'"'(napi|node_api)_[a-z0-9_]+'"'"'/)) {
                    s = substr($0, RSTART + 1, RLENGTH - 2); print v, s
                    $0 = substr($0, RSTART + RLENGTH) } }' "$symbols_js")
missing=0 present=0
while read -r version name; do
  if grep -qx "$name" <<<"$exported"; then
    present=$((present + 1))
  elif [ "$version" -le 9 ]; then
    echo "missing Node-API v$version symbol: $name"
    missing=$((missing + 1))
  else
    echo "note: v$version symbol not exported: $name"
  fi
done <<<"$required"
echo "Node-API symbols exported: $present; missing from v1-v9: $missing"
[ "$missing" -eq 0 ] || fail=1

# C symbols only: mangled C++ names (_Z...) appear because the linker exports an
# executable's definitions of vague-linkage symbols that libnode.so/libstdc++ also define
# (so that one copy wins); data symbols with @GLIBC versions are glibc copy relocations.
# Neither is ABI, and no plugin can name them from C.
extra=$(grep -v '^_Z' <<<"$exported" | grep -v '@' | grep -Ev '^(napi_|node_api_|nodus_)' || true)
if [ -n "$extra" ]; then
  echo "exported but not ABI:"
  echo "$extra"
  fail=1
fi

plugins=0
for dir in "$@"; do
  [ -d "$dir" ] || continue
  while IFS= read -r so; do
    plugins=$((plugins + 1))
    v8=$(nm -D --undefined-only -C "$so" | grep 'v8::' || true)
    if [ -n "$v8" ]; then
      echo "$so imports V8:"
      echo "$v8"
      fail=1
    fi
  done < <(find "$dir" -name '*.so')
done
echo "plugins checked for V8 imports: $plugins"

# 4. libnode.so (V8's carrier) exports napi_* too: the executable's own must win. Load
#    the good test plugin and ask the dynamic linker where its Node-API symbols bound.
good=""
for dir in "$@"; do [ -f "$dir/good/plugtest_good.so" ] && good="$dir/good"; done
if [ -n "$good" ]; then
  bindings=$(LD_DEBUG=bindings "$exe" --plugin-path="$good" \
    -e "require('plugtest-good').add(1, 2)" 2>&1 | grep 'plugtest_good.so' | grep -E '`(napi|node_api)_')
  to_exe=$(grep -c "to $exe \[0\]" <<<"$bindings" || true)
  elsewhere=$(grep -v "to $exe \[0\]" <<<"$bindings" || true)
  echo "Node-API bindings of a plugin resolved to the executable: $to_exe"
  if [ "$to_exe" -eq 0 ] || [ -n "$elsewhere" ]; then
    echo "Node-API symbols bound elsewhere:"
    echo "$elsewhere"
    fail=1
  fi
fi
[ "$fail" -eq 0 ] && echo "abi-exports: ok"
exit $fail
