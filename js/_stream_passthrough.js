'use strict';
// Legacy alias of stream.PassThrough (node's _stream_passthrough module).
module.exports = require('stream').PassThrough;
