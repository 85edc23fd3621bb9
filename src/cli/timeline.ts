import type { Command } from 'commander';
import { timeline } from '../query/timeline';
import { timelineView } from '../render/views';
import type { RunState } from './program';
import { contextFor, dateOption } from './settings';

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
      const rows = timeline(contextFor(s), {
        ...(opts.from !== undefined ? { from: dateOption(opts.from, '--from', s.zone) } : {}),
        ...(opts.to !== undefined ? { to: dateOption(opts.to, '--to', s.zone) } : {}),
        ...(opts.type !== undefined ? { type: opts.type } : {}),
      });
      state.emit(s, { view: timelineView(rows, s.lang) });
    });
}
