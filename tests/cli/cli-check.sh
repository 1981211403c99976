# -c / --check: syntax only, nothing runs; errors as node prints them.
. "$(dirname "$0")/lib.sh"
echo 'console.log("must not run")' > good.js
printf 'const a = 1;\nconst a = 2;\n' > bad.js
same 'node -c good.js'
same 'node --check bad.js'
same 'node --check missing.js'
same 'node -c -e 1'
same 'printf "const a = 1;\nconst a = 2;\n" | node -c'
same 'echo "console.log(1)" | node --check -'
finish
