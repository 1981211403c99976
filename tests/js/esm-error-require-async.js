// differential
// require() of a graph with top-level await, uncaught.
require('../fixtures/esm/tla/dyn.mjs');
