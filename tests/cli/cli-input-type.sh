# --input-type: applies to -e and stdin; commonjs is the default.
. "$(dirname "$0")/lib.sh"
same 'node --input-type=commonjs -e "console.log(typeof require)"'
same 'node --input-type=module -e "console.log(typeof require, typeof import.meta)"'
same 'echo "console.log(typeof import.meta)" | node --input-type=module'
same 'node --input-type=wrong -e 1'
finish
