// differential
// import() with node 20's { with: ... } options (respelled for V8 10.2 in ES modules).
import '../fixtures/esm/interop/dynamic-with.mjs';
