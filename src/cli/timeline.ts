import type { Command } from 'commander';
import { timeline } from '../query/timeline';
import { timelineView } from '../render/views';
import type { RunState } from './program';
import { ambiguityNotes, contextFor, dateOption } from './settings';

/** `pakt timeline [--from] [--to] [--type]`: events in real time order. */
export function registerTimeline(program: Command, state: RunState): void {
  program
    .command('timeline')
    .description('events in real time order (by the UTC instants their dates can mean)')
    .option('--from <when>', 'only events that can lie at or after the start of this date')
    .option('--to <when>', 'only events that can lie before the end of this date')
    .option('--type <type>', 'only events of this type (signing, denunciation, invasion, …)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  pakt timeline',
        '  pakt timeline --from 1945-08 --to 1945-08 --zone Asia/Tokyo',
        '  pakt timeline --json | jq -r ".[] | [.date.start, .event] | @tsv"',
      ].join('\n'),
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
