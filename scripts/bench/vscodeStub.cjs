// A stand-in `vscode` module for timing activation outside VS Code: every name the API exports (read
// from @types/vscode) is a stub whose properties are stubs and whose calls and `new` return stubs, so
// the extension's calls into the API cost (almost) nothing.
'use strict';
const { readFileSync } = require('node:fs');

function stub(withPrototype = true) {
  const members = new Map();
  const target = function () {};
  // What a subclass's instances inherit: stubs for every member the subclass does not define.
  target.prototype = withPrototype ? stub(false) : {};
  const proxy = new Proxy(target, {
    get(_, property) {
      if (property === 'prototype') return target.prototype;
      // Not a thenable (awaiting a stub must not hang), not iterable, prints as a string.
      if (property === 'then') return undefined;
      if (property === Symbol.iterator) return function* () {};
      if (property === Symbol.toPrimitive) return () => 'stub';
      if (!members.has(property)) members.set(property, stub());
      return members.get(property);
    },
    set(_, property, value) {
      members.set(property, value);
      return true;
    },
    apply: () => stub(),
    // `new vscode.X()` gives a stub; `super()` in `class Y extends vscode.X` keeps Y's own methods.
    construct: (_, args, newTarget) => (newTarget === proxy ? stub() : Reflect.construct(function () {}, args, newTarget)),
  });
  return proxy;
}

// Own properties, because a bundle's `import * as vscode` copies the module's own keys.
const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const api = { version: '1.100.0' };
for (const [, name] of declarations.matchAll(/^\texport (?:class|namespace|enum|const|let|function) (\w+)/gm)) {
  if (!(name in api)) api[name] = stub();
}
module.exports = api;
