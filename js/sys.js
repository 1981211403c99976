'use strict';
// sys: the old name of util (DEP0025). The same object as util, with node's warning the
// first time it is required.

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
