// Size budgets (gzip), checked by `npm run size` after `npm run build`. Each page's budget
// covers every script its HTML loads, read from the built HTML, so a renamed shared chunk is
// still counted.
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const out = '.output/chrome-mv3';

function scriptsOf(page) {
  const file = join(out, page);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => join(out, m[1]));
}

function stylesOf(page) {
  const html = readFileSync(join(out, page), 'utf8');
  return [...html.matchAll(/href="\/([^"]+\.css)"/g)].map((m) => join(out, m[1]));
}

module.exports = [
  { name: 'content script (JS)', path: `${out}/content-scripts/content.js`, limit: '54.5 kB' },
  { name: 'content script (CSS)', path: `${out}/content-scripts/content.css`, limit: '2 kB' },
  { name: 'background (JS)', path: `${out}/background.js`, limit: '110.5 kB' },
  { name: 'popup (JS)', path: scriptsOf('popup.html'), limit: '32 kB' },
  { name: 'popup (CSS)', path: stylesOf('popup.html'), limit: '2 kB' },
  { name: 'options (JS)', path: scriptsOf('options.html'), limit: '75 kB' },
  { name: 'options (CSS)', path: stylesOf('options.html'), limit: '3.5 kB' },
  { name: 'first-run page (JS)', path: scriptsOf('welcome.html'), limit: '42 kB' },
  { name: 'first-run page (CSS)', path: stylesOf('welcome.html'), limit: '2 kB' },
].map((budget) => ({ ...budget, gzip: true }));
