// differential: a SyntaxError names file:line, with a caret under each character of the token
const ok = 1;
let again = ok;
let again = 2;
