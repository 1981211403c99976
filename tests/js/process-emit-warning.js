// differential: process.emitWarning signatures, the 'warning' event and what node prints on stderr
process.on('warning', (w) => console.log('event', w.name, w.message, w.code, w.detail, w instanceof Error));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'CODE2', detail: 'more detail here' });
process.emitWarning('options without type', { code: 'CODE3' });
const err = new Error('an error object');
err.name = 'ErrWarning';
process.emitWarning(err);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
process.emitWarning('second deprecation', 'DeprecationWarning');
function ctorFn() { process.emitWarning('ctor arg', 'CtorWarning', ctorFn); }
ctorFn();
console.log('sync done');
