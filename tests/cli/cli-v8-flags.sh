# V8 options pass through: --expose-gc, --stack-trace-limit, --max-old-space-size,
# --stack-size; Error.captureStackTrace and Error.stackTraceLimit behave as in node.
. "$(dirname "$0")/lib.sh"
cat > stack.js <<'JS'
console.log('default limit', Error.stackTraceLimit);
Error.stackTraceLimit = 2;
function a() { return b(); }
function b() { return new Error('deep').stack.split('\n').slice(1).map((l) => l.trim().split(' ')[1]); }
console.log('frames', a());
Error.stackTraceLimit = 10;
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0]);
function hidden() { const e = {}; Error.captureStackTrace(e, hidden); return e.stack.split('\n')[1].trim().startsWith('at Object.<anonymous>'); }
console.log('hidden frame', hidden());
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
JS
cat > recurse.js <<'JS'
let depth = 0;
function r() { depth++; r(); }
try { r(); } catch (e) { console.log(e instanceof RangeError, e.message, depth > 1000); }
JS
same 'node --expose-gc -p "typeof gc"'
same 'node -p "typeof gc"'
same 'node --expose-gc -e "gc(); console.log(\"collected\")"'
same 'node stack.js'
same 'node --stack-trace-limit=3 stack.js'
same 'node --max-old-space-size=64 -p "process.execArgv"'
same 'node recurse.js'
same 'node --stack-size=2000 recurse.js'
same 'node --stack_trace_limit=2 -p "new Error().stack.split(\"\\n\").length"'
finish
