#!/usr/bin/env node
// The `takst` command; the TypeScript sources are compiled to lib/ by `npm ci` (the prepare script).
try {
  require.resolve('../lib/cli/main.js');
} catch {
  process.stderr.write('takst: lib/ mangler; kør "npm ci" eller "npm run build:cli" først / lib/ is missing; run "npm ci" first\n');
  process.exit(2);
}
// V8's settings before any work; not for --help or --version alone (node:v8 costs a few ms to load).
if (process.argv.slice(2).some((a) => !a.startsWith('-'))) require('../lib/cli/v8-settings.js').tuneV8();
require('../lib/cli/main.js').main();
