# Loader options: --preserve-symlinks (required files keep their symlinked path and find
# their dependencies beside it), --preserve-symlinks-main, NODE_PATH, --pending-deprecation
# (module.parent, DEP0144), -r with a package from node_modules, and an entry directory
# with a package.json "main".
. "$(dirname "$0")/lib.sh"
mkdir -p real app/node_modules dep-path/from-node-path node_modules/preloaded entry-dir/lib
echo "module.exports = { file: require('path').basename(__dirname) + '/' + require('path').basename(__filename), peer: require('peer') };" > real/index.js
echo "module.exports = 'peer found next to the real file';" > real/peer.js
mkdir -p real/node_modules/peer app/node_modules/peer
echo "module.exports = 'peer from real/node_modules';" > real/node_modules/peer/index.js
echo "module.exports = 'peer from app/node_modules';" > app/node_modules/peer/index.js
ln -s ../../real app/node_modules/linked
echo "console.log(require('linked'));" > app/main.js
ln -s real/index.js linked-main.js
echo "module.exports = 'from NODE_PATH';" > dep-path/from-node-path/index.js
echo "console.log(require('from-node-path'));" > node-path.js
echo "console.log(module.parent, require('./child-parent'));" > parent.js
echo "module.exports = module.parent.id;" > child-parent.js
echo "console.log('preloaded', require('module').prototype.isPreloading === undefined);" > node_modules/preloaded/index.js
echo '{ "main": "lib/start.js" }' > entry-dir/package.json
echo "console.log('started', require('path').basename(__filename), require.main === module);" > entry-dir/lib/start.js
same 'node app/main.js'
same 'node --preserve-symlinks app/main.js'
same 'node linked-main.js'
same 'node --preserve-symlinks-main linked-main.js'
same 'NODE_PATH=$PWD/dep-path node node-path.js'
same 'node --pending-deprecation parent.js'
same 'node -r preloaded -e "console.log(1)"'
same 'node entry-dir'
# --no-experimental-require-module: require() of ES modules refused with ERR_REQUIRE_ESM.
mkdir -p esm-pkg
echo 'export default 1;' > esm.mjs
echo '{ "type": "module" }' > esm-pkg/package.json
echo 'export default 2;' > esm-pkg/y.js
echo "for (const f of ['./esm.mjs', './esm-pkg/y.js']) { try { console.log(require(f).default); } catch (e) { console.log(e.code, e.message); } }" > req-esm.js
same 'node req-esm.js'
same 'node --no-experimental-require-module req-esm.js'
finish
