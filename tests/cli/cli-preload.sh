# -r / --require: repeatable, run in order before the main script and before -e.
. "$(dirname "$0")/lib.sh"
echo 'console.log("pre1"); globalThis.order = ["pre1"];' > pre1.js
echo 'console.log("pre2"); globalThis.order.push("pre2");' > pre2.js
echo 'console.log("main", globalThis.order, process.execArgv)' > main.js
same 'node -r ./pre1.js -r ./pre2.js main.js'
same 'node --require ./pre1.js --require=./pre2.js main.js'
same 'node -r ./pre1.js -e "console.log(\"eval\", globalThis.order)"'
same 'NODE_OPTIONS="--require ./pre1.js" node main.js'
finish
