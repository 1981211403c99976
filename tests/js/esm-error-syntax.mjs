// differential
import '../fixtures/esm/errors/syntax.mjs';
