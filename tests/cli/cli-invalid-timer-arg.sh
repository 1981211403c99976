# setTimeout with a non-function: ERR_INVALID_ARG_TYPE report (code listed), exit 1.
. "$(dirname "$0")/lib.sh"
echo 'setTimeout("x");' > timer.js
echo 'setInterval(null, 10);' > interval.js
echo 'setImmediate({});' > immediate.js
same 'node timer.js'
same 'node interval.js'
same 'node immediate.js'
finish
