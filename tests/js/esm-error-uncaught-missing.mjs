// differential
import '../fixtures/esm/errors/missing.mjs';
