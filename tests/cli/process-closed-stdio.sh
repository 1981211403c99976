# Started with stdin, stdout or stderr closed: writes go nowhere without errors and
# stdin ends at once, as in node (the fds are pointed at /dev/null, not reused).
. "$(dirname "$0")/lib.sh"
same 'node -e "console.log(1); console.error(2)" >&-'
same 'node -e "process.stdout.write(\"x\", (e) => console.error(\"cb\", e))" >&-'
same 'node -e "console.error(1); console.log(\"out\")" 2>&-'
same 'node -e "process.stdin.on(\"data\", () => {}); process.stdin.on(\"end\", () => console.log(\"end\"))" <&-'
same 'node -e "console.log(require(\"path\").basename(__filename))" <&- >&- 2>&-'
finish
