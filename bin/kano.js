#!/usr/bin/env node
// Under --debug, stack traces name the TypeScript sources (the bundle's source maps), read before the bundle loads.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../dist/bundle/main.js');

await main();
