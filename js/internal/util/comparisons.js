'use strict';
// Deep equality for assert.deepEqual/deepStrictEqual and util.isDeepStrictEqual.
// Strict mode compares with Object.is semantics, prototypes and [[Class]] tags;
// loose mode uses == for primitives and ignores prototypes. Sets and Maps compare
// order-independently; cycles are handled by remembering the pairs being compared.

const { types } = internalBinding('util');

const kStrict = true;
const kLoose = false;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objectToString = (o) => Object.prototype.toString.call(o);

function isBoxedPrimitive(v) {
  return types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) ||
    types.isBigIntObject(v) || types.isSymbolObject(v);
}

function isAnyArrayBuffer(v) {
  return types.isArrayBuffer(v) || types.isSharedArrayBuffer(v);
}

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function isFloatArray(v) {
  const tag = objectToString(v);
  return tag === '[object Float32Array]' || tag === '[object Float64Array]';
}

// The real kind of a typed array ("Int8Array"), which Symbol.toStringTag on the
// object itself cannot fake; undefined for a DataView.
const typedArrayKind = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function equalBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = bytesOf(a);
  const y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function equalFloatsLoose(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function equalBoxed(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return types.isSymbolObject(b) &&
    Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

// Own enumerable string keys that are not array indices.
function nonIndexKeys(obj) {
  return Object.keys(obj).filter((k) => !isArrayIndex(k));
}

function isArrayIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

// Objects whose equality lives in a plugin (crypto's KeyObject and CryptoKey): the
// plugin registers a recognizer and an equality when it loads. An object of such a kind
// can only exist once its plugin has loaded, so core needs no knowledge of it.
const pluginKinds = [];
function registerDeepEqualKind(recognize, equal) {
  pluginKinds.push({ recognize, equal });
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a);
    if (keysA.length !== nonIndexKeys(b).length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  } else if (tag === '[object Object]' && !isBoxedPrimitive(a) && !isError(a)) {
    if (!strict && (isBoxedPrimitive(b) || isError(b))) return false;
    return keyCheck(a, b, strict, memos, kNoIterator);
  } else if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isError(a)) {
    // message and name are usually own non-enumerable or inherited: compare them
    // explicitly.
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause') ||
        (hasOwn(a, 'cause') && !innerDeepEqual(a.cause, b.cause, strict, memos))) {
      return false;
    }
    if (hasOwn(a, 'errors') !== hasOwn(b, 'errors') ||
        (hasOwn(a, 'errors') && !innerDeepEqual(a.errors, b.errors, strict, memos))) {
      return false;
    }
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || typedArrayKind.call(a) !== typedArrayKind.call(b)) return false;
    if (!strict && isFloatArray(a)) {
      if (!equalFloatsLoose(a, b)) return false;
    } else if (!equalBytes(a, b)) {
      return false;
    }
    const keysA = nonIndexKeys(a);
    if (keysA.length !== nonIndexKeys(b).length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !equalBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!equalBoxed(a, b)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || types.isSet(b) || types.isMap(b) ||
             types.isDate(b) || types.isRegExp(b) || isAnyArrayBuffer(b) ||
             isBoxedPrimitive(b) || isError(b)) {
    return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    // Their contents cannot be observed: only the same object is equal.
    return false;
  }
  for (let i = 0; i < pluginKinds.length; i++) {
    const kind = pluginKinds[i];
    if (kind.recognize(a)) {
      if (!kind.recognize(b) || !kind.equal(a, b)) return false;
      break;
    }
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function keyCheck(a, b, strict, memos, iterationType, keysA) {
  if (keysA === undefined) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }
  for (let i = 0; i < keysA.length; i++) {
    if (!isEnumerable(b, keysA[i])) return false;
  }

  if (strict) {
    const symbolsA = Object.getOwnPropertySymbols(a);
    let count = 0;
    for (const sym of symbolsA) {
      if (isEnumerable(a, sym)) {
        if (!isEnumerable(b, sym)) return false;
        keysA.push(sym);
        count++;
      } else if (isEnumerable(b, sym)) {
        return false;
      }
    }
    const symbolsB = Object.getOwnPropertySymbols(b);
    if (symbolsA.length !== symbolsB.length &&
        symbolsB.filter((s) => isEnumerable(b, s)).length !== count) {
      return false;
    }
  }

  if (keysA.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) ||
       a.size === 0)) {
    return true;
  }

  // Cycle detection: if this pair is already being compared further up, the
  // answer is whether both sides closed their cycles at the same depth.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const memoA = memos.a.get(a);
    if (memoA !== undefined) {
      const memoB = memos.b.get(b);
      if (memoB !== undefined) return memoA === memoB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, keysA, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: the rest is sparse, compare the remaining own keys.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        if (keysA.length !== Object.keys(b).length) return false;
        return true;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function findEqual(set, val, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(val, candidate, strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  // Values b cannot look up directly (objects, and in loose mode primitives that
  // are only == equal) are matched pairwise.
  let pending = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      (pending || (pending = new Set())).add(val);
    } else if (!b.has(val)) {
      if (strict) return false;
      (pending || (pending = new Set())).add(val);
    }
  }
  if (pending !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!findEqual(pending, val, strict, memos)) return false;
      } else if (!strict && !a.has(val) && !findEqual(pending, val, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function findEqualEntry(pending, map, key, item, strict, memos) {
  for (const candidate of pending) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending || (pending = new Set())).add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !innerDeepEqual(item, other, strict, memos)) {
        if (strict) return false;
        (pending || (pending = new Set())).add(key);
      }
    }
  }
  if (pending !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!findEqualEntry(pending, a, key, item, strict, memos)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
                 !findEqualEntry(pending, a, key, item, false, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual, registerDeepEqualKind };
