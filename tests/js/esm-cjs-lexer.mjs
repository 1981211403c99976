// differential
import '../fixtures/esm/lexer/main.mjs';
