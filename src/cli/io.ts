/**
 * The real IO of the installed command: the process's file descriptors,
 * environment and clock, as {@link IO}. Tests pass their own IO to `main`
 * instead (`__tests__/helpers.ts`).
 */
import { fstatSync, statSync, type Stats, writeSync } from 'node:fs';
import type { IO } from './settings';

/** Sleeps a millisecond (a non-blocking pipe that is full). */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

/**
 * Writes all of `text` (UTF-8) to a file descriptor, synchronously, retrying
 * while a non-blocking pipe is full.
 *
 * @throws the write's error otherwise: EPIPE from a reader that closed,
 *   ENOSPC from a full disk.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      pause();
    }
  }
}

/** Whether a file status is that of /dev/null (false where there is none). */
function isNullDevice(stat: Stats): boolean {
  try {
    const devNull = statSync('/dev/null');
    return stat.rdev === devNull.rdev && stat.dev === devNull.dev && stat.ino === devNull.ino;
  } catch {
    return false;
  }
}

/**
 * stdout, written with fs.writeSync. Node's `process.stdout` is created only
 * to ask a character device other than /dev/null whether it is a terminal
 * and how wide: creating it loads Node's stream, net and tty modules, and a
 * pipe, a file or /dev/null cannot be a terminal.
 */
function stdout(): IO['stdout'] {
  const fd = 1;
  let terminal: boolean | undefined;
  const isTTY = (): boolean => {
    if (terminal === undefined) {
      let stat: Stats | undefined;
      try {
        stat = fstatSync(fd);
      } catch {
        stat = undefined;
      }
      terminal = stat !== undefined && stat.isCharacterDevice() && !isNullDevice(stat) && process.stdout.isTTY === true;
    }
    return terminal;
  };
  return {
    write: (text: string) => writeAll(fd, text),
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? process.stdout.columns : undefined;
    },
  };
}

/** The process's IO: stdout and stderr by file descriptor, `process.env`, `Date.now`. */
export function processIO(): IO {
  return {
    stdout: stdout(),
    stderr: {
      write: (text: string) => {
        try {
          writeAll(2, text);
        } catch {
          // A message that cannot be written has nowhere else to go.
        }
      },
    },
    env: process.env,
    now: Date.now,
  };
}
