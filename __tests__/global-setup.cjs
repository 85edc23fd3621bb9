/**
 * Jest global setup.
 *
 * 1. The end-to-end tests run the built bundle (dist/), so a bundle older
 *    than any file it is built from would test yesterday's code. Refuse to
 *    run instead, loudly (`npm test` builds first; `npx jest` after an edit
 *    needs `npm run build`).
 * 2. Every test writes its scratch folders (packs, sources, links, caches)
 *    under one folder of this run: TMPDIR points there, so `os.tmpdir()` in
 *    the test files, in the workers and in every pakt process they start
 *    lands in it, and global-teardown.cjs removes it whole.
 */
const { mkdtempSync, readdirSync, statSync, existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');

/** The newest modification time of the regular files under `dir` (0 when there are none). */
function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(path));
    else if (entry.isFile()) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

module.exports = () => {
  const bundle = join(root, 'dist', 'pakt.cjs');
  if (!existsSync(bundle)) throw new Error('dist/pakt.cjs is missing: run `npm run build` (or `npm test`, which builds first)');
  const inputs = Math.max(newest(join(root, 'src')), newest(join(root, 'facts')), statSync(join(root, 'scripts', 'build.mjs')).mtimeMs);
  if (statSync(bundle).mtimeMs < inputs) {
    throw new Error('dist/pakt.cjs is older than src/, facts/ or scripts/build.mjs: run `npm run build` (or `npm test`, which builds first)');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'pakt-test-'));
  process.env.PAKT_TEST_SCRATCH = scratch;
  process.env.TMPDIR = scratch;
};
