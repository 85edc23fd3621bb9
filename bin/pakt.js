#!/usr/bin/env node
'use strict';
// The installed command: runs the bundled CLI (dist/pakt.cjs, built by
// `npm run build`) with the process's file descriptors, environment and clock.
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

const { main, version } = bundle();

/** Sleeps a millisecond (a non-blocking pipe that is full). */
function pause() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

/**
 * Writes all of `text` to a file descriptor, synchronously, retrying while
 * a non-blocking pipe is full. Errors (EPIPE from a reader that closed, ENOSPC
 * from a full disk) are thrown to the caller.
 */
function writeAll(fd, text) {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(fd, bytes, done);
    } catch (err) {
      if (err.code !== 'EAGAIN') throw err;
      pause();
    }
  }
}

/** Whether a file status is that of /dev/null (false where there is none). */
function isNullDevice(stat) {
  try {
    const devNull = fs.statSync('/dev/null');
    return stat.rdev === devNull.rdev && stat.dev === devNull.dev && stat.ino === devNull.ino;
  } catch {
    return false;
  }
}

/**
 * stdout, written with fs.writeSync. Node's process.stdout is created only
 * to ask a character device other than /dev/null whether it is a terminal
 * and how wide: creating it loads Node's stream, net and tty modules, a
 * tenth of pakt's start-up, and a pipe, a file or /dev/null cannot be a
 * terminal.
 */
function stdout() {
  const fd = 1;
  let terminal;
  const isTTY = () => {
    if (terminal === undefined) {
      let stat;
      try {
        stat = fs.fstatSync(fd);
      } catch {
        stat = undefined;
      }
      terminal = stat !== undefined && stat.isCharacterDevice() && !isNullDevice(stat) && process.stdout.isTTY === true;
    }
    return terminal;
  };
  return {
    write: (text) => writeAll(fd, text),
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? process.stdout.columns : undefined;
    },
  };
}

process.exitCode = main(
  process.argv.slice(2),
  {
    stdout: stdout(),
    // A message that cannot be written has nowhere else to go.
    stderr: {
      write: (text) => {
        try {
          writeAll(2, text);
        } catch {
          // Nothing left to tell.
        }
      },
    },
    env: process.env,
    now: Date.now,
  },
  path.join(root, 'facts', 'neutrality-pact.json'),
  version,
);
