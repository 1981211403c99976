// differential: emit('error') with a non-Error value: ERR_UNHANDLED_ERROR
const EventEmitter = require('events');
new EventEmitter().emit('error', 'a string');
