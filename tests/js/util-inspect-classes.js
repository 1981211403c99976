// differential
'use strict';
const util = require('util');
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo { constructor() { super(); this.y = [1]; } }
class Empty {}
class WithTag { get [Symbol.toStringTag]() { return 'Tagged'; } }
class Static { static count = 3; }
console.log(new Foo(), new Bar(), new Empty(), new WithTag(), Static);
console.log(Foo, Bar, Empty, class {}, class extends Foo {});
console.log([new Foo()], { inst: new Bar() });
console.log(util.inspect({ a: { b: { c: new Foo() } } }, { depth: 1 }));
function OldStyle() { this.v = 1; }
console.log(new OldStyle());
const anon = new (class {})();
console.log(anon);
const protoLess = Object.create(Foo.prototype);
console.log(protoLess);
const custom = Object.create(Object.create(null));
custom.x = 1;
console.log(custom);
class Inspectable {
  [util.inspect.custom](depth, options, inspect) {
    return `Inspectable<${depth}, ${typeof options.stylize}, ${inspect === util.inspect}>`;
  }
}
console.log(new Inspectable(), [new Inspectable()], { a: { b: new Inspectable() } });
console.log({ [util.inspect.custom]() { return { replaced: true }; } });
console.log({ [util.inspect.custom]() { return 'multi\nline'; } }, [{ [util.inspect.custom]() { return 'x\ny'; } }]);
console.log(util.inspect({ [util.inspect.custom]() { return 'never'; }, real: 1 }, { customInspect: false }));
const self = { [util.inspect.custom]() { return this; }, v: 1 };
console.log(self);
console.log(util.inspect(new Inspectable(), { depth: 5 }));
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 5; } }
console.log(new Point(3, 4), util.inspect(new Point(1, 2), { getters: true }));
class NullProtoClass extends null {}
console.log(NullProtoClass);
