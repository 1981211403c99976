# A syntax error in the main script and in a required file: file:line, the source line,
# a caret under each character of the token, the SyntaxError, exit 1.
. "$(dirname "$0")/lib.sh"
printf 'const a = 1;\nconst a = 2;\n' > redeclare.js
printf 'console.log("never");\nfunction f() {\n  return 1 +;\n}\n' > token.js
printf 'require("./redeclare.js");\n' > requires-bad.js
printf 'let s = "unterminated;\n' > string.js
same 'node redeclare.js'
same 'node token.js'
same 'node requires-bad.js'
same 'node string.js'
finish
