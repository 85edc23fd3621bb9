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
