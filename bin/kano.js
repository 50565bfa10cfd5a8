#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle/kano.cjs, made by npm run build). It is compiled with V8's code
// cache beside it (kano.cjs.cache), so a run does not compile again what the build's warm-up run
// compiled: a small analysis takes about 0.8× the time. The cache is written when missing or made by
// another Node (then V8 rejects it and compiles as usual); a read-only install goes without.
// Under --debug, Node's own loader runs the bundle with its source maps, so stacks name src/*.ts.
import { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('../dist/bundle/kano.cjs', import.meta.url));
const require = createRequire(file);

function withCodeCache() {
  const cache = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file));
  if ((cachedData === undefined || script.cachedDataRejected) && writable(dirname(file))) {
    // At exit, so that the cache holds every function this run compiled, not just the top level.
    process.once('exit', () => {
      const temporary = `${cache}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cache);
      } catch {
        rmSync(temporary, { force: true });
      }
    });
  }
  return bundle.exports;
}

function writable(folder) {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

let bundle;
if (process.argv.includes('--debug')) {
  process.setSourceMapsEnabled(true);
  bundle = require(file);
} else {
  bundle = withCodeCache();
}
await bundle.main();
