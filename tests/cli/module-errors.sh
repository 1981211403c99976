# Uncaught errors out of require(), as node prints them: a missing dependency (require
# stack), a module that throws, a syntax error in a required file (its arrow printed
# once), malformed JSON, an unknown node: builtin, a cycle's partial-exports warning.
. "$(dirname "$0")/lib.sh"
mkdir -p lib
echo "require('./lib/needs-missing');" > missing-dep.js
echo "require('./nope');" > lib/needs-missing.js
echo "require('./lib/throws');" > throwing.js
echo "throw new TypeError('thrown while loading');" > lib/throws.js
echo "require('./lib/bad-syntax');" > syntax.js
printf 'const ok = 1;\nfunction (\n' > lib/bad-syntax.js
echo "require('./lib/bad.json');" > badjson.js
echo '   ' > lib/bad.json
echo "require('node:nope');" > unknown-builtin.js
echo "exports.a = 1; const b = require('./cyc-b'); console.log('b saw', b.sawMissing);" > cyc-a.js
echo "const a = require('./cyc-a'); exports.sawMissing = a.notThereYet;" > cyc-b.js
same 'node missing-dep.js'
same 'node throwing.js'
same 'node syntax.js'
same 'node badjson.js'
same 'node unknown-builtin.js'
same 'node cyc-a.js'
finish
