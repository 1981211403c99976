# Exit codes: process.exit(n), process.exitCode, uncaught error (1), a throwing
# 'uncaughtException' listener (7), exit() inside 'exit', invalid codes.
. "$(dirname "$0")/lib.sh"
same 'node -e "process.exit(3)"'
same 'node -e "process.exitCode = 4"'
same 'node -e "process.exitCode = 4; process.exit()"'
same 'node -e "process.exitCode = 4; process.exit(5)"'
same 'node -e "process.exit(\"6\")"'
same 'node -e "throw new Error(\"x\")"'
same 'node -e "process.on(\"uncaughtException\", () => { throw new Error(\"again\"); }); throw 1"'
same 'node -e "process.on(\"exit\", (c) => { console.log(\"exit\", c); process.exit(9); }); process.exitCode = 2"'
same 'node -e "process.exitCode = 1.5"'
same 'node -e "process.exit(\"abc\")"'
same 'node -e "process.exit(true)"'
same 'node -e "process.exitCode = 300; console.log(process.exitCode)"'
finish
