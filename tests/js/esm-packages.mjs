// differential
import '../fixtures/esm/pkgs/main.mjs';
