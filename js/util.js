'use strict';
const { inspect, format, formatWithOptions } = require('internal/util/inspect');

module.exports = { inspect, format, formatWithOptions };
