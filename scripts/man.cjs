// Writes the manual page man/pakt.1 from the commander program of the
// bundle just built (src/cli/man.ts), so that `man pakt` lists exactly the
// commands and options pakt has. Run by scripts/build.mjs.
const fs = require('node:fs');
const path = require('node:path');
const { loadBundle } = require('../bin/load-bundle.js');

const root = path.join(__dirname, '..');
const { manPage, version } = loadBundle(path.join(root, 'dist', 'pakt.cjs'));
fs.mkdirSync(path.join(root, 'man'), { recursive: true });
fs.writeFileSync(path.join(root, 'man', 'pakt.1'), manPage(version));
