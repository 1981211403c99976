// differential: AbortController and AbortSignal: abort, reason, timeout, any, errors
'use strict';
const ac = new AbortController();
const s = ac.signal;
console.log(Object.getOwnPropertyNames(AbortController.prototype).join(), Object.getOwnPropertyNames(AbortSignal.prototype).join(), Object.getOwnPropertyNames(AbortSignal).join());
console.log(s.aborted, s.reason, s instanceof EventTarget, Object.prototype.toString.call(s), Object.prototype.toString.call(ac), s.onabort);
s.onabort = (e) => console.log('onabort', e.type, e.constructor.name, e.isTrusted);
ac.abort(); ac.abort('again');
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException);
try { s.throwIfAborted() } catch (e) { console.log('throwIfAborted', e === s.reason) }
const a2 = AbortSignal.abort('r'); console.log(a2.aborted, a2.reason);
const a3 = AbortSignal.abort(); console.log(a3.reason.message);
try { new AbortSignal() } catch (e) { console.log(e.name, e.code, e.message) }
const t = AbortSignal.timeout(1);
t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.message, t.reason.code));
try { AbortSignal.timeout(-1) } catch (e) { console.log(e.name, e.code, e.message) }
try { AbortSignal.timeout('x') } catch (e) { console.log(e.name, e.code, e.message) }
const c1 = new AbortController(), c2 = new AbortController();
const any = AbortSignal.any([c1.signal, c2.signal]);
any.addEventListener('abort', () => console.log('any', any.reason));
c2.abort('second');
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason);
try { AbortSignal.any([1]) } catch (e) { console.log(e.name, e.code, e.message) }
try { AbortSignal.any(1) } catch (e) { console.log(e.name, e.code, e.message) }
try { AbortSignal.prototype.aborted } catch (e) { console.log(e.name, e.code, e.message) }
try { AbortController.prototype.signal } catch (e) { console.log(e.name, e.code, e.message) }
const c3 = new AbortController(); c3.abort(undefined); console.log(c3.signal.reason.name);
new AbortController().signal.throwIfAborted(); console.log('ok');
s.addEventListener('abort', () => console.log('never: listener added after abort'));
const late = new AbortController();
late.signal.addEventListener('abort', (e) => console.log('listener', e.type, late.signal.aborted, late.signal.reason));
const h = { handleEvent(e) { console.log("never: handler objects are not called"); } };
late.signal.onabort = h;
console.log(late.signal.onabort === h);
late.abort(42);
// A timeout signal fires while something else keeps the process alive.
const t2 = AbortSignal.timeout(1);
t2.onabort = () => console.log('timeout fired', t2.reason.name, t2.reason.code, t2.reason.message);
setTimeout(() => console.log('kept alive'), 30);
// any() of an any(): follows the original sources.
const root = new AbortController();
const inner = AbortSignal.any([root.signal]);
const outer = AbortSignal.any([inner, new AbortController().signal]);
outer.onabort = () => console.log('outer aborted', outer.reason);
root.abort('root reason');
