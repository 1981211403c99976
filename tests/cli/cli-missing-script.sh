# A missing entry script: node's MODULE_NOT_FOUND report, exit 1.
. "$(dirname "$0")/lib.sh"
same 'node nope.js'
same 'node ./sub/nope'
same 'node /nonexistent/abs/path.js arg'
finish
