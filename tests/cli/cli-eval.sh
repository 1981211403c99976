# -e / -p / -pe: evaluation, printing with inspect, arguments after the code, errors
# reported at [eval]:line.
. "$(dirname "$0")/lib.sh"
same 'node -e "console.log(1 + 1)"'
same 'node -p "1 + 1"'
same 'node -p "({ a: [1, { b: 2 }], s: \"x\" })"'
same 'node -p "\"a string prints raw\""'
same 'node -p "undefined"'
same 'node -pe "[1, 2].map((x) => x * 2)"'
same 'node -e "console.log(process.argv.slice(1), process.execArgv)" one two --three'
same 'node -e "console.log(1)" -p "2"'
same 'node -e "console.log(typeof require, typeof module, __filename)"'
same 'node -e "throw new Error(\"from eval\")"'
same 'node -e "let x = 1;
throw x"'
same 'node -p "(1 +"'
same 'node -p'
same 'node -e "console.log(4); 4" -p'
same 'node -p -e "5"'
finish
