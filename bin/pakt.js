#!/usr/bin/env node
'use strict';
// The installed command: runs the bundled CLI (dist/pakt.cjs, built by
// `npm run build`) with the process's IO (src/cli/io.ts).
const fs = require('node:fs');
const path = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const root = path.join(__dirname, '..');

/**
 * The bundle, or — in a clone where it was never built (`dist/` absent) —
 * one line saying how to build it, and exit 1. The message tables live in
 * the bundle, so this one line is written here, in both languages pakt speaks.
 */
function bundle() {
  try {
    return loadBundle(path.join(root, 'dist', 'pakt.cjs'));
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    const env = process.env;
    const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
    const line = locale.toLowerCase().startsWith('de')
      ? `pakt: error: pakt ist nicht gebaut (dist/pakt.cjs fehlt): in ${root} npm ci (oder npm run build) ausführen\n`
      : `pakt: error: pakt is not built (dist/pakt.cjs is missing): run npm ci (or npm run build) in ${root}\n`;
    fs.writeSync(2, line);
    process.exit(1);
  }
}

const { main, processIO, version } = bundle();

// Everything pakt says is written synchronously by the time main returns, so
// the process exits at once: left to end by itself, Node would first run the
// garbage collection V8 scheduled while main ran, for memory nobody needs.
process.exit(main(process.argv.slice(2), processIO(), path.join(root, 'facts', 'neutrality-pact.json'), version));
