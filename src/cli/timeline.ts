import type { Command } from 'commander';
import { timeline } from '../query/timeline';
import { timelineView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { ambiguityNotes, contextFor, dateOption } from './settings';

/** `pakt timeline [--from] [--to] [--type]`: events in real time order. */
export function registerTimeline(program: Command, state: RunState, h: HelpMessages): void {
  program
    .command('timeline')
    .description(h.commands.timeline)
    .option('--from <when>', h.options.from)
    .option('--to <when>', h.options.to)
    .option('--type <type>', h.options.type)
    .addHelpText(
      'after',
      examples(h, [
        'pakt timeline',
        'pakt timeline --from 1945-08 --to 1945-08 --zone Asia/Tokyo',
        'pakt timeline --json | jq -r ".[] | [.date.start, .event] | @tsv"',
      ]),
    )
    .action((opts: { from?: string; to?: string; type?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      const from = opts.from !== undefined ? dateOption(opts.from, '--from', s.zone) : undefined;
      const to = opts.to !== undefined ? dateOption(opts.to, '--to', s.zone) : undefined;
      const rows = timeline(contextFor(s), {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(opts.type !== undefined ? { type: opts.type } : {}),
      });
      state.emit(s, { view: timelineView(rows, s.lang), notes: ambiguityNotes(s.lang, [from, to]) });
    });
}
