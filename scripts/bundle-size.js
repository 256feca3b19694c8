// Prints the gzip size of the Office pane's initial bundle (the scripts taskpane.html loads) in a built dist/,
// and fails when it passes the budget (350 KB) or carries exceljs. Plain Node, so CI runs it without a compiler.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const BUDGET = 350 * 1024;
const dir = process.argv[2] || 'dist';
const html = readFileSync(join(dir, 'taskpane.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
let raw = 0;
let gz = 0;
for (const s of scripts) {
  const bytes = readFileSync(join(dir, s));
  if (bytes.includes('xl/sharedStrings.xml')) throw new Error(`${s} indeholder exceljs`);
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1).replace('.', ',')} KB`;
console.log(`Opgaverudens første bundt: ${kb(raw)} (gzip ${kb(gz)}; grænse ${kb(BUDGET)}) – ${scripts.join(', ')}`);
if (gz > BUDGET) process.exit(1);
module.exports = { BUDGET };
