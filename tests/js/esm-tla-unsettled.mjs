// differential
// A top-level await that never settles: exit code 13, as node.
import '../fixtures/esm/tla/never.mjs';
console.log('not reached');
