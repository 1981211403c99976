# -c / --check: syntax only, nothing runs; errors as node prints them.
. "$(dirname "$0")/lib.sh"
echo 'console.log("must not run")' > good.js
printf 'const a = 1;\nconst a = 2;\n' > bad.js
same 'node -c good.js'
same 'node --check bad.js'
same 'node --check missing.js'
finish
