# Unknown options: "node: bad option: --foo" and exit 9; missing option arguments;
# option values node validates before running.
. "$(dirname "$0")/lib.sh"
echo 'console.log("ran")' > a.js
same 'node --foo a.js'
same 'node --not-a-real-option=1 -e 1'
same 'node -e'
same 'node --require'
same 'node --input-type=bogus -e 1'
same 'node --unhandled-rejections=sometimes -e 1'
same 'node a.js --foo'
finish
