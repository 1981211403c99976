// differential
// A getter with effects is not a named export the lexer may promise: node's explanation.
import shapes, { alpha, delta as d } from '../fixtures/esm/interop/shapes.cjs';
