// differential
import '../fixtures/esm/interop/main.mjs';
