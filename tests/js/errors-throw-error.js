// differential: an uncaught Error: arrow, blank line, stack, blank line, version; exit 1
function inner() {
  throw new RangeError('out of range');
}
function outer() { inner(); }
outer();
