import type { Command } from 'commander';
import { status } from '../query/status';
import { statusView } from '../render/views';
import type { QueryInterval } from '../time';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { ambiguityNotes, contextFor, dateOrEventOption } from './settings';

/** `pakt status [--date <when>]`: the pact's state during an interval (default: now). */
export function registerStatus(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.status)
    .option('--date <when>', h.options.date)
    .addHelpText(
      'after',
      examples(h, [
        'pakt status --date 1945-06-01',
        'pakt status --date 1945-08-08 --zone Europe/Moscow',
        'pakt status --date 1946-04 --json | jq .inForce',
        'pakt status --date german-surrender',
      ]),
    )
    .action((opts: { date?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      const at: QueryInterval =
        opts.date !== undefined ? dateOrEventOption(opts.date, '--date', s) : nowInterval(state.io.now(), s.zone.name);
      state.emit(s, { view: statusView(status(contextFor(s), at), s.lang), notes: ambiguityNotes(s.humanLang, [at]) });
    });
}

/** "Now" as an interval: the current second. */
function nowInterval(now: number, zone: string): QueryInterval {
  const start = Math.floor(now / 1000) * 1000;
  return { input: 'now', zone, precision: 'second', start, end: start + 1000 };
}
