// differential
// CommonJS rules would find it: node's "Did you mean" hint.
import '../fixtures/esm/detect/plain';
