import { join } from 'node:path';
import { main } from '../src/cli/run';
import type { IO } from '../src/cli/settings';
import type { Lang } from '../src/i18n';
import { loadPack } from '../src/pack/load';
import type { QueryContext } from '../src/query/common';
import { parseZone } from '../src/time';

/** The bundled pack, as the binary uses it. */
export const PACK = join(__dirname, '..', 'facts', 'neutrality-pact.json');

/** A fixed "now" for tests: 2026-11-30T12:00:00Z. */
export const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

/** What one in-process run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of an in-process run: the terminal and environment it sees. */
export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly now?: number;
}

/** Runs pakt in-process with injected IO. */
export function run(argv: readonly string[], opts: RunOptions = {}): RunResult {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
      isTTY: opts.isTTY ?? false,
      ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
    env: opts.env ?? {},
    now: () => opts.now ?? NOW,
  };
  const code = main(argv, io, PACK, '0.0.0-test');
  return { code, stdout, stderr };
}

/** Runs pakt in-process and parses its JSON output (adds `--json`). */
export function runJson<T = unknown>(argv: readonly string[], opts: RunOptions = {}): T {
  const r = run([...argv, '--json'], opts);
  if (r.code !== 0) throw new Error(`pakt ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** A query context on the bundled pack. */
export function context(lang: Lang = 'en', zone?: string): QueryContext {
  return { index: loadPack(PACK), lang, displayZone: zone ? parseZone(zone) : null };
}

/**
 * The body of a size test, run so that its timeout can fail it. jest cannot
 * stop synchronous code, and a synchronous test body that runs past its
 * timeout still passes when it returns. This body yields one turn of the
 * timer queue after it returns: jest's timeout timer, due already if the
 * body took too long, fires first and fails the test.
 *
 * Size tests read no clock: each passes a timeout many times its usual time
 * (see {@link SIZE_TIMEOUT}), at a size where the superlinear cost it guards
 * against would take longer still, so it fails when a cost that should be
 * linear grows by an order of magnitude, and never by a noisy machine.
 */
export function sized<A extends unknown[]>(body: (...args: A) => void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    body(...args);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
}

/** The timeout of a size test that takes about a second: ten times that. */
export const SIZE_TIMEOUT = 10_000;
