'use strict';
// Legacy alias of stream.Writable (node's _stream_writable module).
module.exports = require('stream').Writable;
