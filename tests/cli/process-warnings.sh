# Warning output and the flags that change it: --no-warnings, --trace-warnings,
# --no-deprecation, --throw-deprecation, --trace-deprecation, and the trace hint shown
# once, with the program's name.
. "$(dirname "$0")/lib.sh"
cat > warn.js <<'JS'
function make() { process.emitWarning('first warning', 'CustomWarning', 'CW1'); }
make();
process.emitWarning('second warning');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with detail', { detail: 'the detail', code: 'CW2' });
process.on('warning', (w) => console.log('listener', w.name, w.code));
setTimeout(() => console.log('done'), 5);
JS
same 'node warn.js'
same 'node --no-warnings warn.js'
same 'node --trace-warnings warn.js'
same 'node --no-deprecation warn.js'
cat > throwdep.js <<'JS'
process.emitWarning('first warning');
console.error('sync after first');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
console.error('sync after deprecation');
JS
same 'node --throw-deprecation throwdep.js'
same 'node --trace-deprecation warn.js'
same 'NODE_OPTIONS=--no-warnings node warn.js'
finish
