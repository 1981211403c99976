// differential: EventTarget, Event and CustomEvent: dispatch, listener options, errors
'use strict';
const et = new EventTarget();
const ev = new Event('foo', { cancelable: true });
console.log(Object.getOwnPropertyNames(ev), Object.getOwnPropertyNames(Event.prototype).join());
console.log(Object.getOwnPropertyNames(EventTarget.prototype).join(), Object.getOwnPropertyNames(et));
console.log(ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.eventPhase, ev.target, ev.currentTarget, ev.srcElement, ev.returnValue, ev.cancelBubble, ev.isTrusted, typeof ev.timeStamp, ev.defaultPrevented, ev.composedPath());
et.addEventListener('foo', function (e) { console.log('fn', this === et, e.eventPhase, e.target === et, e.currentTarget === et, e.composedPath().length); e.preventDefault(); });
et.addEventListener('foo', { handleEvent(e) { console.log('obj', this !== et); } });
et.addEventListener('foo', (e) => console.log('once'), { once: true });
et.addEventListener('foo', (e) => { console.log('passive', e.defaultPrevented); e.preventDefault(); }, { passive: true });
console.log(et.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.target === et, ev.currentTarget, ev.returnValue);
console.log(et.dispatchEvent(new Event('foo')));
try { new Event() } catch (e) { console.log(e.name, e.code, e.message) }
try { et.dispatchEvent({type:'foo'}) } catch (e) { console.log(e.name, e.code, e.message) }
try { et.addEventListener('foo', 1) } catch (e) { console.log(e.name, e.code, e.message) }
try { et.addEventListener('foo', 'x') } catch (e) { console.log(e.name, e.code, e.message) }
try { et.addEventListener() } catch (e) { console.log(e.name, e.code, e.message) }
try { et.dispatchEvent() } catch (e) { console.log(e.name, e.code, e.message) }
try { EventTarget.prototype.addEventListener.call({}, 'x', ()=>{}) } catch (e) { console.log(e.name, e.code, e.message) }
try { Event.prototype.type } catch (e) { console.log(e.name, e.code, e.message) }
et.addEventListener('bar', null);
const ce = new CustomEvent('c', { detail: { a: 1 } }); console.log(ce.detail, ce instanceof Event, CustomEvent.length, Event.length);
const ac = new AbortController();
et.addEventListener('s', () => console.log('signal listener'), { signal: ac.signal });
et.dispatchEvent(new Event('s')); ac.abort(); et.dispatchEvent(new Event('s'));
et.addEventListener('r', () => { console.log('recursion'); try { et.dispatchEvent(rev) } catch (e) { console.log(e.name, e.code, e.message) } });
const rev = new Event('r'); et.dispatchEvent(rev);
for (let i = 0; i < 11; i++) et.addEventListener('many', () => {});
et.addEventListener('err', () => { throw new Error('in listener') });
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
et.dispatchEvent(new Event('err')); console.log('after dispatch');
const ev2 = new Event('x'); ev2.stopImmediatePropagation(); console.log(ev2.cancelBubble);
et.addEventListener('st', (e) => { console.log('st1'); e.stopImmediatePropagation(); }); et.addEventListener('st', () => console.log('st2')); et.dispatchEvent(new Event('st'));
const f = () => console.log('dup'); et.addEventListener('d', f); et.addEventListener('d', f); et.addEventListener('d', f, true); et.dispatchEvent(new Event('d')); et.removeEventListener('d', f); et.dispatchEvent(new Event('d')); et.removeEventListener('d', f, {capture: true}); et.dispatchEvent(new Event('d'));
console.log(String(ev), Object.prototype.toString.call(et));
