# --env-file, process.loadEnvFile and util.parseEnv: one dotenv parser, node's syntax
# (quotes, multi-line values, export, comments), precedence (the environment over the
# files, a later file over an earlier one, the last of a repeated key), NODE_OPTIONS
# from a file, and the errors for a missing file, a directory and bad arguments.
. "$(dirname "$0")/lib.sh"
printf 'A=1\nB="two words"\n# comment\nexport C=3\nD=%sq%s\nE="multi\nline"\nF=x # trailing\nG=`back`\nH="esc\\nnl"\n  I = spaced  \nJ\n=K\nL=has=eq\nM=\nN=first\nN=last\nO="unclosed\nP=after\r\nQ=crlf\r\n' "'" "'" > .env
printf 'N=second-file\nR=r\n' > two.env
printf 'NODE_OPTIONS=--title=from-env-file\n' > opts.env
cat > show.js <<'JS'
const keys = ['A', 'B', 'C', 'export C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'];
console.log(JSON.stringify(keys.map((k) => [k, process.env[k]])));
JS
same 'node --env-file=.env show.js'
same 'node --env-file .env --env-file=two.env show.js'
same 'A=outer N=outer node --env-file=.env show.js'
same 'node --env-file=opts.env -p process.title'
same 'node --env-file=missing.env -e 0'
same 'node --env-file=. -e 0'
same 'node --env-file'
same 'NODE_OPTIONS=--env-file=.env node -e 0'
same 'node -e "console.log(JSON.stringify(require(\"util\").parseEnv(require(\"fs\").readFileSync(\".env\", \"utf8\"))))"'
same 'A=outer node -e "process.loadEnvFile(); console.log(process.env.A, process.env.B, process.env.N)"'
same 'node -e "process.loadEnvFile(\"two.env\"); process.loadEnvFile(new URL(\"file://\" + process.cwd() + \"/opts.env\")); console.log(process.env.R, process.env.NODE_OPTIONS)"'
same 'node -e "process.loadEnvFile(Buffer.from(\"two.env\")); console.log(process.env.N)"'
same 'node -e "try { process.loadEnvFile(\"nope.env\") } catch (e) { console.log(e.code, e.syscall, e.message) }"'
same 'node -e "try { process.loadEnvFile(\".\") } catch (e) { console.log(e.name, e.code, e.message) }"'
same 'node -e "try { process.loadEnvFile(5) } catch (e) { console.log(e.code, e.message) }"'
same 'node -e "try { require(\"util\").parseEnv(5) } catch (e) { console.log(e.code, e.message) }"'
finish
