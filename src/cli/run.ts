import { CommanderError } from 'commander';
import { NotFoundError, PackError, UsageError } from '../errors';
import { closest } from '../text/fold';
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
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    return fail(err, io, help, argv, program.commands.map((c) => c.name()));
  }
  io.stderr.write(state.err);
  try {
    io.stdout.write(state.out);
  } catch (err) {
    // Files and terminals are written synchronously: a failure throws here.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return EXIT.ok;
    line(io, `cannot write the output: ${code ?? (err as Error).message}`);
    return EXIT.failed;
  }
  return state.exitCode;
}

function line(io: IO, message: string, hint?: string): void {
  const clean = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();
  io.stderr.write(`pakt: error: ${clean(message)}\n${hint ? `${clean(hint)}\n` : ''}`);
}

function fail(err: unknown, io: IO, help: string, argv: readonly string[], commands: readonly string[]): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) {
      io.stdout.write(help);
      return EXIT.ok;
    }
    if (err.code === 'commander.help') {
      // Commander's answer to no command at all, or to `help <unknown>`.
      const asked = argv[argv.indexOf('help') + 1];
      if (argv.includes('help') && asked !== undefined) {
        const near = closest(asked, commands);
        line(io, `unknown command '${asked}'`, near.length > 0 ? `did you mean ${near.join(', ')}?` : `commands: ${commands.join(', ')}`);
      } else {
        line(io, 'missing command', `commands: ${commands.join(', ')}; see pakt --help`);
      }
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
