# A required module that throws: the arrow points into that module, the stack goes
# through the requiring script; require of a missing module names the require stack.
. "$(dirname "$0")/lib.sh"
printf 'exports.x = 1;\nthrow new Error("module failed to load");\n' > bad.js
printf 'console.log("main starts");\nrequire("./bad");\nconsole.log("never");\n' > main.js
printf 'require("./missing-dep");\n' > missing.js
printf 'try { require("./bad"); } catch (e) { console.log("caught:", e.message); }\nconsole.log(require.cache[require.resolve("./bad")]);\n' > caught.js
same 'node main.js'
same 'node missing.js'
same 'node caught.js'
finish
