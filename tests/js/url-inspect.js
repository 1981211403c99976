// differential: util.inspect of URL, URLSearchParams, its iterators and legacy Url objects
const u = new URL('https://user:pa@ex.com:8080/p/a?x=1#h');
console.log(u);
console.log(u.searchParams, new URLSearchParams(), u.searchParams.keys(), u.searchParams.entries());
console.log(require('util').inspect(new URLSearchParams('a=' + 'x'.repeat(90))));
console.log(require('url').parse('http://a.com/x?y'));
