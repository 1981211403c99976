// differential
import '../fixtures/esm/errors/missing-export.mjs';
