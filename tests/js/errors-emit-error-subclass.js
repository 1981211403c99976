// differential: an EventEmitter subclass's unhandled 'error' from a timer names the class
const EventEmitter = require('events');
class Foo extends EventEmitter {}
function fire(e) { e.emit('error', Object.assign(new Error('boom'), { code: 'E1' })); }
setTimeout(() => fire(new Foo()), 1);
