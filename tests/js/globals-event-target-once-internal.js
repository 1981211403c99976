// differential
'use strict';
// A once listener is taken off internally: a replaced removeEventListener is not called.
const et = new EventTarget();
et.removeEventListener = () => console.log('removeEventListener called');
et.addEventListener('x', () => console.log('listener'), { once: true });
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
const ac = new AbortController();
ac.signal.removeEventListener = () => console.log('signal removeEventListener called');
ac.signal.addEventListener('abort', () => console.log('aborted'), { once: true });
ac.abort();
