// differential: DOMException names, codes, constants and shape
'use strict';
const e = new DOMException('msg', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, Object.prototype.toString.call(e),
  String(e), Object.keys(e).length);
console.log(DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, DOMException.prototype.DATA_CLONE_ERR,
  new DOMException().name, JSON.stringify(new DOMException().message),
  new DOMException('m', { name: 'TimeoutError', cause: 1 }).code,
  new DOMException('m', { name: 'X', cause: 1 }).cause);
console.log(e.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(DOMException.prototype).join());
console.log(DOMException.length, Object.getOwnPropertyNames(e).join());
try {
  DOMException.prototype.name; // eslint-disable-line no-unused-expressions
} catch (x) {
  console.log(x.name, x.code, x.message);
}
const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError',
  'Whatever'];
console.log(names.map((n) => new DOMException('', n).code).join());
console.log(Object.keys(DOMException).join());
const d = Object.getOwnPropertyDescriptor(DOMException.prototype, 'code');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
