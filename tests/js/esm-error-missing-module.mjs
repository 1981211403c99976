// differential
// A missing file, package, and subpath: node's errors, with their code and url.
for (const spec of ['../fixtures/esm/errors/missing.mjs', 'no-such-package', './esm-error-missing-module']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(e.name, e.code, e.url, e.message);
  }
}
