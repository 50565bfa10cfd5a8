#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle/kano.cjs, made by npm run build). It is compiled with V8's code
// cache beside it (kano.cjs.cache), so a run does not compile again what the build's warm-up run
// compiled: a small analysis takes about 0.8× the time. The cache is written when missing or made by
// another Node (then V8 rejects it and compiles as usual); a read-only install goes without.
// Under --debug, Node's own loader runs the bundle with its source maps, so stacks name src/*.ts.
// CommonJS, as is the bundle: an ES module here would start Node's ESM loader, 5 ms of every run.
'use strict';
const { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, '..', 'dist', 'bundle', 'kano.cjs');
const bundleRequire = Module.createRequire(file);

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
  script.runInThisContext()(bundle.exports, bundleRequire, bundle, file, dirname(file));
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
  bundle = bundleRequire(file);
} else {
  bundle = withCodeCache();
}
bundle.main();
