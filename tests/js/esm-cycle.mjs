// differential
import '../fixtures/esm/cycle/main.mjs';
