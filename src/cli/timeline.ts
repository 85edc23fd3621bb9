import type { Command } from 'commander';
import { NotFoundError, UsageError } from '../errors';
import { chartData } from '../query/chart';
import { timeline } from '../query/timeline';
import { renderChart, renderSvg } from '../render/chart';
import { timelineView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { ambiguityNotes, contextFor, dateOption, SVG } from './settings';

/** `pakt timeline [--from] [--to] [--type]`: events in real time order. */
export function registerTimeline(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.timeline)
    .option('--from <when>', h.options.from)
    .option('--to <when>', h.options.to)
    .option('--type <type>', h.options.type)
    .option('--chart', h.options.chart)
    .addHelpText(
      'after',
      examples(h, [
        'pakt timeline',
        'pakt timeline --from 1945-08 --to 1945-08 --zone Asia/Tokyo',
        'pakt timeline --json | jq -r ".[] | [.date.start, .event] | @tsv"',
        'pakt timeline --format svg > timeline.svg',
      ]),
    )
    .action((opts: { from?: string; to?: string; type?: string; chart?: boolean }, cmd: Command) => {
      const s = state.settingsWithSvg(cmd);
      if (opts.chart && s.formatGiven && s.format !== 'table') {
        const format = s.format;
        throw new UsageError((m) => m.err.chartFormat(format));
      }
      const from = opts.from !== undefined ? dateOption(opts.from, '--from', s.zone) : undefined;
      const to = opts.to !== undefined ? dateOption(opts.to, '--to', s.zone) : undefined;
      if (opts.chart || s.format === SVG) {
        // A chart or an SVG is for people: in their language even when piped.
        const people = { ...s, lang: s.humanLang };
        const data = chartData(contextFor(people), {
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(opts.type !== undefined ? { type: opts.type } : {}),
        });
        state.emitText(opts.chart ? renderChart(data, s.humanLang, s.width, s.chalk) : renderSvg(data, s.humanLang));
        return;
      }
      const rows = timeline(contextFor(s), {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(opts.type !== undefined ? { type: opts.type } : {}),
      });
      if (rows.length === 0) throw new NotFoundError((m) => m.err.noEventsInRange);
      state.emit(s, { view: timelineView(rows, s.lang), notes: ambiguityNotes(s.humanLang, [from, to]) });
    });
}
