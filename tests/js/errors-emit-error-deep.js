// differential: the emit site deep in calls: shared frames shortened as node does
const EventEmitter = require('events');
function a(e) { b(e); }
function b(e) { c(e); }
function c(e) { e.emit('error', new Error('deep')); }
function d() { a(new EventEmitter()); }
d();
