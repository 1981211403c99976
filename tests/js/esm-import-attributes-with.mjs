// differential
import '../fixtures/esm/interop/with.mjs';
