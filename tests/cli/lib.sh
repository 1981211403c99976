# Helpers for tests/cli/*.sh. Each test is run as: bash <test>.sh <nodus> <node>.
#
# Both runtimes are started under the same name, "node", through symlinks in a
# scratch directory put first on PATH: what node prints with its own name (the
# "node: bad option" line, the "(Use `node --trace-uncaught ...`" hint) is then the
# same text for both, and compared as is.
set -u
NODUS_BIN=$1
NODE_BIN=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/nodus-bin" "$WORK/node-bin" "$WORK/cwd"
ln -s "$NODUS_BIN" "$WORK/nodus-bin/node"
ln -s "$NODE_BIN" "$WORK/node-bin/node"
cd "$WORK/cwd"
FAILED=0

# Drops runtime-internal stack frames and arrows into runtime source (as
# tests/run-differential does), and pids.
normalise() {
  perl -ne '
    BEGIN { $skip = 0; @out = (); }
    if ($skip > 0) { $skip--; next; }
    s/\((node|nodus):[0-9]+\)/(PROC:PID)/g;
    if (/^ +at (?:.*\(node:[a-z_\/]+(?::[0-9]+:[0-9]+)?\)|node:[a-z_\/]+:[0-9]+:[0-9]+)( \{)?$/) {
      if (defined $1 && @out) { $out[-1] =~ s/\n$/ {\n/; }
      next;
    }
    if (/^node:[a-z_\/]+:[0-9]+$/) { push @out, "RUNTIME-INTERNAL-ARROW\n"; $skip = 2; next; }
    push @out, $_;
    END { print @out; }
  '
}

# run <which> <shell command>: runs the command (which calls `node`) with <which>'s
# binary first on PATH; leaves $WORK/<which>.{out,err,rc}.
run() {
  local which=$1; shift
  ( PATH="$WORK/$which-bin:$PATH" NODE_EXTRA_CA_CERTS= bash -c "$*" \
      >"$WORK/$which.out" 2>"$WORK/$which.err.raw"; echo $? >"$WORK/$which.rc" )
  normalise <"$WORK/$which.err.raw" >"$WORK/$which.err"
}

# same <shell command>: node and nodus must print the same stdout and (normalised)
# stderr and exit with the same code.
same() {
  run node "$@"
  run nodus "$@"
  local bad=0
  if ! diff -u --label node.stdout --label nodus.stdout "$WORK/node.out" "$WORK/nodus.out"; then bad=1; fi
  if ! diff -u --label node.stderr --label nodus.stderr "$WORK/node.err" "$WORK/nodus.err"; then bad=1; fi
  if [ "$(cat "$WORK/node.rc")" != "$(cat "$WORK/nodus.rc")" ]; then
    echo "exit code: node $(cat "$WORK/node.rc"), nodus $(cat "$WORK/nodus.rc")"; bad=1
  fi
  if [ $bad = 0 ]; then
    echo "ok: $* (exit $(cat "$WORK/node.rc"))"
  else
    echo "FAIL: $*"; FAILED=1
  fi
}

# expect_rc <code> <shell command>: nodus alone must exit with <code> (for behaviour
# checked against node by hand where output is not comparable, e.g. timing).
expect_rc() {
  local want=$1; shift
  run nodus "$@"
  local got; got=$(cat "$WORK/nodus.rc")
  if [ "$got" = "$want" ]; then echo "ok: $* (exit $got)"; else
    echo "FAIL: $*: expected exit $want, saw $got"; cat "$WORK/nodus.err.raw"; FAILED=1; fi
}

finish() {
  if [ $FAILED = 0 ]; then echo "all cases pass"; fi
  exit $FAILED
}
