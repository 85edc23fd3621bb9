// Bundles the CLI into one CommonJS file, dist/pakt.cjs, that bin/pakt.js
// loads: one file to read at start-up, chalk (ESM-only) included.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/pakt.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose dynamic requires a bundle
  // cannot follow; its ES module build bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
});
