'use strict';
// Legacy alias of stream.Transform (node's _stream_transform module).
module.exports = require('stream').Transform;
