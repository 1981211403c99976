// yocto-queue (ESM only): a queue with private class fields.
import Queue from 'yocto-queue';

const q = new Queue();
q.enqueue('a');
q.enqueue('b');
q.enqueue('c');
console.log(q.size, q.dequeue(), [...q], q.peek?.(), q.size);
q.clear();
console.log(q.size, q.dequeue());
