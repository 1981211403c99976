// differential: an exception thrown by an EventTarget listener is uncaught on the next tick
const et = new EventTarget();
et.addEventListener('x', () => {
  throw new RangeError('listener');
});
et.dispatchEvent(new Event('x'));
console.log('dispatch returned first');
