'use strict';
// The net module: TCP and Unix socket servers and clients on the net plugin's handles.
// Socket lives in internal/net/socket, Server in internal/net/server.

const { Socket, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout } =
  require('internal/net/socket');
const { Server } = require('internal/net/server');
const { isIP, isIPv4, isIPv6, normalizeArgs } = require('internal/net/util');
const { SocketAddress, BlockList } = require('internal/net/blocklist');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

let warnedSimultaneousAccepts = false;
// A Windows-only knob in node; here it only warns (DEP0121), once.
function _setSimultaneousAccepts() {
  if (warnedSimultaneousAccepts) return;
  warnedSimultaneousAccepts = true;
  process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
    'DeprecationWarning', 'DEP0121');
}

module.exports = {
  _setSimultaneousAccepts,
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  SocketAddress,
  BlockList,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
