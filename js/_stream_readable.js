'use strict';
// Legacy alias of stream.Readable (node's _stream_readable module).
module.exports = require('stream').Readable;
