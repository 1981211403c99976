# The script on stdin: piped with no arguments, and "-" with arguments after it.
. "$(dirname "$0")/lib.sh"
same 'echo "console.log(\"from stdin\", __filename)" | node'
same 'echo "console.log(process.argv.slice(1))" | node - a b'
same 'printf "const x = 1;\nthrow new Error(\"stdin failed\");\n" | node'
same 'echo "console.log(42)" > s.js; node - < s.js'
same 'echo "console.log(\"file wins\")" > f.js; echo "console.log(\"stdin\")" | node f.js'
finish
