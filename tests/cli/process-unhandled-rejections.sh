# --unhandled-rejections modes (throw is node 20's default), with and without an
# 'unhandledRejection' listener, Error and non-Error reasons, late handling.
. "$(dirname "$0")/lib.sh"
cat > plain.js <<'JS'
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer ran'), 20);
Promise.reject(new Error('rejected error'));
JS
cat > value.js <<'JS'
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);
JS
cat > listener.js <<'JS'
process.on('unhandledRejection', (r) => console.log('listener', r instanceof Error ? r.message : r));
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('e1'));
Promise.reject('s2');
JS
cat > late.js <<'JS'
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(() => console.log('caught late')), 10);
setTimeout(() => console.log('done'), 30);
JS
for mode in "" "--unhandled-rejections=throw" "--unhandled-rejections=strict" "--unhandled-rejections=warn" "--unhandled-rejections=none" "--unhandled-rejections=warn-with-error-code"; do
  for s in plain value listener late; do
    same "node $mode $s.js"
  done
done
finish
