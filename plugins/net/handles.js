'use strict';
// For other built-ins (http, child_process, tty, ...): the net plugin's handle classes
// and the shared write state, as stream_wrap.h describes them, and the symbol under
// which a handle points back to its Socket or Server.

const { kOwner } = require('internal/net/socket');

module.exports = {
  TCP: binding.TCP,
  Pipe: binding.Pipe,
  writeState: binding.writeState,
  kOwner,
};
