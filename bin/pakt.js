#!/usr/bin/env node
'use strict';
// The installed command: runs the bundled CLI (dist/pakt.cjs, built by
// `npm run build`) with the real process streams, environment and clock.
const path = require('node:path');
const { version } = require('../package.json');
const { loadBundle } = require('./load-bundle.js');

const { main } = loadBundle(path.join(__dirname, '..', 'dist', 'pakt.cjs'));

// A reader that closes early (`pakt timeline | head -1`) is not an error;
// any other failure to write (a full disk) is one line, not a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`pakt: error: cannot write the output: ${err.code || err.message}\n`);
  process.exit(1);
});

process.exitCode = main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, env: process.env, now: Date.now },
  path.join(__dirname, '..', 'facts', 'neutrality-pact.json'),
  version,
);
