// camelcase (ESM only): Unicode-aware regular expressions.
import camelCase from 'camelcase';

for (const s of ['foo-bar', 'foo_bar', 'Foo-Bar', '--foo.bar', 'XMLHttpRequest', 'über-straße', 'foo bar baz']) {
  console.log(JSON.stringify(s), camelCase(s), camelCase(s, { pascalCase: true }),
    camelCase(s, { preserveConsecutiveUppercase: true }));
}
console.log(camelCase(['foo', 'bar']), camelCase('lorem-ipsum', { locale: 'en-US' }));
