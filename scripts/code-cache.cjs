// Writes V8's code cache for dist/pakt.cjs (dist/pakt.cjs.cache) after
// running the commands people run most, so that their functions are in it.
const fs = require('node:fs');
const path = require('node:path');
const { loadBundle } = require('../bin/load-bundle.js');

const root = path.join(__dirname, '..');
const file = path.join(root, 'dist', 'pakt.cjs');
fs.rmSync(`${file}.cache`, { force: true });
const { main, script } = loadBundle(file);
const io = { stdout: { write() {}, isTTY: false }, stderr: { write() {} }, env: {}, now: Date.now };
const pack = path.join(root, 'facts', 'neutrality-pact.json');
for (const argv of [
  ['status', '--date', '1945-06-01', '--json'],
  ['timeline', '--format', 'table', '--color', 'never'],
  ['signatories'],
  ['show', 'molotov'],
  ['ask', 'Who signed the pact?', '--json'],
]) {
  main(argv, io, pack, '0');
}
fs.writeFileSync(`${file}.cache`, script.createCachedData());
