// differential: a SyntaxError for an unexpected token
function f() {
  return 1 +;
}
