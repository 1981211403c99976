// differential
import '../fixtures/esm/tla/main.mjs';
