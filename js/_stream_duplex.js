'use strict';
// Legacy alias of stream.Duplex (node's _stream_duplex module).
module.exports = require('stream').Duplex;
