// differential: a string thrown inside a function: the caret points at the throw
function fail(reason) {
  throw reason;
}
fail('went wrong');
