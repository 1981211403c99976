# Output written right before process.exit() is never lost: through a pipe (also to a
# slow reader), to a file, on stderr. node itself loses most of a 1 MB write to a pipe
# here (it prints 65536 or 81920 bytes), so the expected counts are exact numbers, not
# node's output.
. "$(dirname "$0")/lib.sh"
expect_out() {
  local want=$1; shift
  run nodus "$@"
  local got; got=$(tr -d ' \n' <"$WORK/nodus.out")
  if [ "$got" = "$want" ]; then echo "ok: $* -> $got"; else
    echo "FAIL: $*: expected $want, saw $got"; cat "$WORK/nodus.err.raw"; FAILED=1; fi
}
expect_out 1048576 'node -e "process.stdout.write(\"x\".repeat(1 << 20)); process.exit(0)" | wc -c'
expect_out 19999 'node -e "for (let i = 0; i < 20000; i++) console.log(i); process.exit(1)" | tail -1'
expect_out 1048576 'node -e "process.stdout.write(new Uint8Array(1 << 20).fill(97)); process.exit()" | (sleep 0.3; wc -c)'
expect_out 300000 'node -e "process.stderr.write(\"e\".repeat(300000)); process.exit(0)" 2>&1 | wc -c'
expect_out 1048577 'node -e "console.log(\"y\".repeat(1 << 20)); process.exitCode = 0" > out.txt; wc -c < out.txt'
expect_out 2097152 'node -e "const s = \"z\".repeat(1 << 20); process.stdout.write(s); process.stdout.write(s, () => process.exit(0))" | wc -c'
finish
