# NODE_OPTIONS: allowed options apply (and are not in execArgv); others are refused
# with node's message and exit 9.
. "$(dirname "$0")/lib.sh"
echo 'console.log(process.execArgv, new Error("x").stack.split("\n").length)' > s.js
same 'NODE_OPTIONS="--stack-trace-limit=1" node s.js'
same 'NODE_OPTIONS="--no-warnings" node -e "process.emitWarning(\"hidden\"); console.log(\"done\")"'
same 'NODE_OPTIONS="--eval=1" node s.js'
same 'NODE_OPTIONS="-p" node s.js'
same 'NODE_OPTIONS="--stack-size=100" node s.js'
same 'NODE_OPTIONS="--bogus" node s.js'
same 'NODE_OPTIONS="--unhandled-rejections" node s.js'
same 'NODE_OPTIONS="--unhandled-rejections=warn" node -e "Promise.reject(1); setTimeout(() => console.log(\"alive\"), 5)"'
finish
