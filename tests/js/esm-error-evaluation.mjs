// differential
import '../fixtures/esm/errors/throws.mjs';
