# "--" ends the options: what follows is the script and its arguments.
. "$(dirname "$0")/lib.sh"
echo 'console.log(process.argv.slice(2), process.execArgv)' > args.js
same 'node -- args.js --foo -e x'
same 'node --no-warnings -- args.js -- --bar'
same 'node args.js -- --baz'
finish
