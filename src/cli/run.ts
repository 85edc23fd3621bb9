import { CommanderError } from 'commander';
import { NotFoundError, PackError, UsageError } from '../errors';
import { createProgram, createRunState } from './program';
import type { IO } from './settings';

/** Exit codes (CONTRACT.md). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs pakt for one argv (without `node` and the script path) and returns
 * the exit code. The only place errors become exit codes and
 * `pakt: error: …` lines; stdout receives the whole answer at once, and
 * nothing when the run fails.
 *
 * @param bundledPack - path of the pack used when `--facts` is not given.
 * @param version - printed by `--version`.
 */
export function main(argv: readonly string[], io: IO, bundledPack: string, version: string): number {
  const state = createRunState(io, bundledPack);
  const program = createProgram(state, version);
  let help = '';
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => {
      help += text;
    },
    writeErr: (text) => {
      help += text;
    },
    outputError: () => undefined,
  });
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: (text) => {
        help += text;
      },
      writeErr: (text) => {
        help += text;
      },
      outputError: () => undefined,
    });
  }
  try {
    if (argv.length === 0) {
      io.stderr.write(program.helpInformation());
      return EXIT.usage;
    }
    program.parse([...argv], { from: 'user' });
    io.stderr.write(state.err);
    io.stdout.write(state.out);
    return state.exitCode;
  } catch (err) {
    return fail(err, io, help);
  }
}

function line(io: IO, message: string, hint?: string): void {
  const clean = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();
  io.stderr.write(`pakt: error: ${clean(message)}\n${hint ? `${clean(hint)}\n` : ''}`);
}

function fail(err: unknown, io: IO, help: string): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) {
      io.stdout.write(help);
      return EXIT.ok;
    }
    if (err.code === 'commander.help' || err.code === 'commander.executeSubCommandAsync') {
      io.stderr.write(help);
      return EXIT.usage;
    }
    const [first = '', ...rest] = err.message.replace(/^error: /, '').split('\n');
    const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join(' '));
    line(io, first, suggestion ? `did you mean ${suggestion[1]}?` : "run 'pakt --help' for usage");
    return EXIT.usage;
  }
  if (err instanceof UsageError || err instanceof NotFoundError || err instanceof PackError) {
    line(io, err.message, err.hint);
    return err.exitCode;
  }
  if (io.env.PAKT_DEBUG === '1' && err instanceof Error) io.stderr.write(`${err.stack ?? err.message}\n`);
  line(io, `internal error: ${err instanceof Error ? err.message : String(err)}`, 'set PAKT_DEBUG=1 to see where');
  return EXIT.failed;
}
