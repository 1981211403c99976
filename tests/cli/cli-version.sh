# -v / --version print the Node version nodus follows; process.version agrees.
. "$(dirname "$0")/lib.sh"
same 'node -v'
same 'node --version'
same 'node -p "process.version === \"v\" + process.versions.node"'
finish
