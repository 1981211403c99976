# A directory as the script: without index.js or package.json it is MODULE_NOT_FOUND;
# with index.js that file runs.
. "$(dirname "$0")/lib.sh"
mkdir -p empty withindex
echo 'console.log("index ran", require("path").basename(__filename))' > withindex/index.js
same 'node empty'
same 'node ./withindex'
finish
