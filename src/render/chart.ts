import type { Colorizer } from './color';
import type { Lang } from '../i18n';
import { messages } from '../i18n';
import type { ChartData } from '../query/chart';
import { yearStart } from '../time';
import { Marks } from './marks';
import { displayWidth, wrapText } from './width';
import { visible } from '../text/visible';

/**
 * Events a terminal chart draws and keys: one screen of them. A pack of
 * 100,000 events would otherwise draw as many key lines (and place markers
 * in time that grows with their square); the rest are counted in one line.
 */
export const CHART_EVENTS = 40;

/** Events an SVG chart draws and keys, for the same reason. */
export const SVG_EVENTS = 200;

/**
 * The timeline as a picture: a terminal chart (plain characters, coloured on
 * a terminal) and a standalone SVG document. Both draw the same ChartData:
 * a year axis, the treaty's phases as a bar with a legend, and each event as
 * a numbered marker — a point, or the span a vague date can mean — with a key
 * below giving its date and label.
 */

/** Fill characters of the phases, by state position in the machine; `~` where a change may have happened. */
const FILLS = ['·', '█', '▓', '▒', '░', '#', '=', '+'];
const FUZZY = '~';
const COLOURS = ['gray', 'green', 'yellow', 'red', 'blue', 'magenta', 'cyan', 'white'] as const;
const SVG_COLOURS = ['#c8c8c8', '#4caf50', '#f2c037', '#d9534f', '#5b8def', '#b561c9', '#3fb8c5', '#888888'];

/** The states shown, each with its position in the machine (which picks its fill and colour). */
function stateOrder(data: ChartData): Map<string, number> {
  const order = new Map<string, number>();
  const phased = new Set(data.phases.map((p) => p.state));
  data.states.forEach((state, i) => {
    if (phased.has(state)) order.set(state, i);
  });
  return order;
}

/** Column of an instant on an axis of `width` columns. */
function column(data: ChartData, t: number, width: number): number {
  const x = Math.floor(((t - data.start) / (data.end - data.start)) * width);
  return Math.max(0, Math.min(width - 1, x));
}

/** Year boundaries inside the range, with their column. */
function years(data: ChartData, width: number): { year: number; x: number }[] {
  const out: { year: number; x: number }[] = [];
  for (let y = new Date(data.start).getUTCFullYear(); yearStart(y) < data.end; y++) {
    const t = yearStart(y);
    if (t >= data.start) out.push({ year: y, x: column(data, t, width) });
  }
  return out;
}

/** Marker rows: each event placed on the first row where its columns (and number) are free. */
function placeMarkers(data: ChartData, width: number): { n: number; x0: number; x1: number; row: number }[] {
  const rows: boolean[][] = [];
  return data.events.map((e, i) => {
    const n = i + 1;
    const x0 = column(data, Math.max(e.date.start ? Date.parse(e.date.start) : data.start, data.start), width);
    const endMs = e.date.end ? Date.parse(e.date.end) - 1 : data.end - 1;
    const x1 = Math.max(x0, column(data, Math.min(endMs, data.end - 1), width));
    const label = String(n);
    const last = Math.min(width - 1, Math.max(x1, x0 + label.length - 1));
    let row = 0;
    for (;; row++) {
      rows[row] ??= Array.from({ length: width }, () => false);
      const cells = rows[row] as boolean[];
      let free = true;
      for (let x = x0; x <= last + 1 && x < width; x++) if (cells[x]) free = false;
      if (free) {
        for (let x = x0; x <= last + 1 && x < width; x++) cells[x] = true;
        break;
      }
    }
    return { n, x0, x1, row };
  });
}

/**
 * The terminal chart, `width` columns wide (at least 20). Plain characters;
 * `c` colours the phases when colour is on.
 */
export function renderChart(data: ChartData, lang: Lang, width: number, c: Colorizer): string {
  const m = messages[lang];
  const w = Math.max(20, width);
  const out: string[] = [c.bold(visible(data.title))];
  const shown = data.events.slice(0, CHART_EVENTS);
  const order = stateOrder(data);

  // Year labels and the axis.
  const marks = years(data, w);
  const step = Math.max(1, Math.ceil(marks.length / Math.floor(w / 6)));
  const labels = Array.from({ length: w }, () => ' ');
  const axis = Array.from({ length: w }, () => '─');
  marks.forEach((mk, i) => {
    axis[mk.x] = '┼';
    if (i % step === 0 && mk.x + 4 <= w) for (let k = 0; k < 4; k++) labels[mk.x + k] = String(mk.year)[k] ?? ' ';
  });
  axis[0] = '├';
  axis[w - 1] = '┤';
  out.push(labels.join('').trimEnd(), axis.join(''));

  // Phases.
  const bar = Array.from({ length: w }, () => ({ ch: ' ', state: -1 }));
  for (const p of data.phases) {
    const i = order.get(p.state) ?? 0;
    const ch = FILLS[i % FILLS.length] ?? '#';
    const fuzzyEnd = Math.min(p.start, p.end);
    if (p.fuzzyFrom < fuzzyEnd) {
      for (let x = column(data, p.fuzzyFrom, w); x <= column(data, fuzzyEnd - 1, w); x++) bar[x] = { ch: FUZZY, state: i };
    }
    if (p.start < p.end) {
      for (let x = column(data, p.start, w); x <= column(data, p.end - 1, w); x++) bar[x] = { ch, state: i };
    }
  }
  // Runs of one state are coloured together.
  let line = '';
  for (let x = 0; x < w; ) {
    const b = bar[x] as { ch: string; state: number };
    let run = '';
    while (x < w && bar[x]?.state === b.state && bar[x]?.ch === b.ch) {
      run += b.ch;
      x++;
    }
    const colour = COLOURS[b.state % COLOURS.length];
    line += b.state < 0 || !colour ? run : c[colour](run);
  }
  out.push(line);

  // Event markers: a number at a point, `├──┤` under the span a vague date can mean.
  const placed = placeMarkers({ ...data, events: shown }, w);
  const rowCount = Math.max(0, ...placed.map((p) => p.row + 1));
  for (let r = 0; r < rowCount; r++) {
    const line = Array.from({ length: w }, () => ' ');
    for (const p of placed.filter((q) => q.row === r)) {
      if (p.x1 > p.x0 + 1) {
        line[p.x0] = '├';
        for (let x = p.x0 + 1; x < p.x1; x++) line[x] = '─';
        line[p.x1] = '┤';
      }
      const label = String(p.n);
      for (let k = 0; k < label.length && p.x0 + k < w; k++) line[p.x0 + k] = label[k] ?? ' ';
    }
    out.push(line.join('').trimEnd());
  }

  // Legend and key.
  const firstPhase = firstPhases(data);
  const legend = [...order.entries()].map(([state, i]) => {
    const phase = firstPhase.get(state);
    const colour = COLOURS[i % COLOURS.length] ?? 'white';
    return `${c[colour](FILLS[i % FILLS.length] ?? '#')} ${visible(phase?.label ?? state)}`;
  });
  if (bar.some((b) => b.ch === FUZZY)) legend.push(`${FUZZY} ${m.chart.uncertain}`);
  out.push('', ...wrapLegend(legend, w));
  if (data.events.length === 0) {
    out.push('', m.chart.noEvents);
  } else {
    out.push('');
    const numberWidth = String(shown.length).length;
    const marks = new Marks(lang);
    shown.forEach((e, i) => {
      const head = `${String(i + 1).padStart(numberWidth)}  `;
      const text = `${marks.date(e.date)} — ${visible(e.label)}${e.derived ? ` (${m.chart.derived})` : ''}`;
      wrapText(text, Math.max(10, w - head.length)).forEach((line, k) => out.push(`${k === 0 ? head : ' '.repeat(head.length)}${line}`));
    });
    const more = data.events.length - shown.length;
    if (more > 0) out.push(...wrapText(m.chart.more(more), w));
    for (const line of marks.key()) out.push('', ...wrapText(line, w));
  }
  return `${out.join('\n')}\n`;
}

function wrapLegend(items: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const plain = item.replace(/\u001b\[[0-9;]*m/g, '');
    if (line !== '' && displayWidth(line.replace(/\u001b\[[0-9;]*m/g, '')) + 3 + displayWidth(plain) > width) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? item : `${line}   ${item}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text for SVG: controls shown as escapes (XML 1.0 cannot hold most of them), markup characters as entities. */
function xml(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The chart as a standalone SVG document (no external fonts, scripts or
 * images), 1200 px wide.
 */
export function renderSvg(data: ChartData, lang: Lang): string {
  const m = messages[lang];
  const W = 1200;
  const left = 40;
  const right = 40;
  const plot = W - left - right;
  const x = (t: number): number => left + ((Math.max(data.start, Math.min(data.end, t)) - data.start) / (data.end - data.start)) * plot;
  const order = stateOrder(data);
  const parts: string[] = [];
  let y = 40;
  parts.push(`<text x="${left}" y="${y}" font-size="22" font-weight="bold">${xml(data.title)}</text>`);
  y += 30;
  const axisY = y + 20;
  for (const mk of years(data, plot)) {
    const px = x(yearStart(mk.year));
    parts.push(`<line x1="${px.toFixed(1)}" y1="${axisY - 6}" x2="${px.toFixed(1)}" y2="${axisY + 40}" stroke="#999" stroke-width="1"/>`);
    parts.push(`<text x="${(px + 3).toFixed(1)}" y="${axisY - 8}" font-size="14" fill="#333">${mk.year}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${axisY}" x2="${W - right}" y2="${axisY}" stroke="#333" stroke-width="1.5"/>`);
  const barY = axisY + 8;
  for (const p of data.phases) {
    const colour = SVG_COLOURS[(order.get(p.state) ?? 0) % SVG_COLOURS.length];
    const fuzzyEnd = Math.min(p.start, p.end);
    if (p.fuzzyFrom < fuzzyEnd) {
      parts.push(`<rect x="${x(p.fuzzyFrom).toFixed(1)}" y="${barY}" width="${Math.max(1, x(fuzzyEnd) - x(p.fuzzyFrom)).toFixed(1)}" height="24" fill="${colour}" fill-opacity="0.35"/>`);
    }
    if (p.start < p.end) {
      parts.push(`<rect x="${x(p.start).toFixed(1)}" y="${barY}" width="${Math.max(1, x(p.end) - x(p.start)).toFixed(1)}" height="24" fill="${colour}"><title>${xml(p.label)}</title></rect>`);
    }
  }
  y = barY + 24 + 24;
  const shown = data.events.slice(0, SVG_EVENTS);
  const placed = placeMarkers({ ...data, events: shown }, Math.floor(plot / 4));
  const rowHeight = 22;
  for (const p of placed) {
    const e = shown[p.n - 1];
    if (!e) continue;
    const s = x(e.date.start ? Date.parse(e.date.start) : data.start);
    const t = x(e.date.end ? Date.parse(e.date.end) : data.end);
    const ry = y + p.row * rowHeight;
    if (t - s > 4) {
      parts.push(`<rect x="${s.toFixed(1)}" y="${ry - 5}" width="${(t - s).toFixed(1)}" height="10" rx="3" fill="none" stroke="#555" stroke-width="1.2"/>`);
    } else {
      parts.push(`<circle cx="${s.toFixed(1)}" cy="${ry}" r="4" fill="#222"/>`);
    }
    parts.push(`<text x="${(s + 6).toFixed(1)}" y="${ry + 4}" font-size="12" fill="#111">${p.n}<title>${xml(`${e.date.display} — ${e.label}`)}</title></text>`);
  }
  y += Math.max(1, ...placed.map((p) => p.row + 1)) * rowHeight + 16;
  let lx = left;
  const firstPhase = firstPhases(data);
  for (const [state, i] of order) {
    const label = firstPhase.get(state)?.label ?? state;
    parts.push(`<rect x="${lx}" y="${y - 11}" width="14" height="14" fill="${SVG_COLOURS[i % SVG_COLOURS.length]}"/>`);
    parts.push(`<text x="${lx + 20}" y="${y}" font-size="14">${xml(label)}</text>`);
    lx += 40 + label.length * 8;
  }
  parts.push(`<rect x="${lx}" y="${y - 11}" width="14" height="14" fill="#888" fill-opacity="0.35"/>`);
  parts.push(`<text x="${lx + 20}" y="${y}" font-size="14">${xml(m.chart.uncertain)}</text>`);
  y += 30;
  if (data.events.length === 0) {
    parts.push(`<text x="${left}" y="${y}" font-size="14">${xml(m.chart.noEvents)}</text>`);
    y += 20;
  }
  const marks = new Marks(lang);
  shown.forEach((e, i) => {
    const text = `${i + 1}. ${marks.date(e.date)} — ${e.label}${e.derived ? ` (${m.chart.derived})` : ''}`;
    parts.push(`<text x="${left}" y="${y}" font-size="13">${xml(text)}</text>`);
    y += 19;
  });
  if (data.events.length > shown.length) {
    parts.push(`<text x="${left}" y="${y}" font-size="13">${xml(m.chart.more(data.events.length - shown.length))}</text>`);
    y += 19;
  }
  for (const line of marks.key()) {
    y += 8;
    parts.push(`<text x="${left}" y="${y}" font-size="13" fill="#444">${xml(line)}</text>`);
    y += 19;
  }
  const H = y + 20;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" lang="${lang}">`,
    `<title>${xml(data.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** The first phase of each state, by state id (a machine may have thousands of phases). */
function firstPhases(data: ChartData): Map<string, ChartData['phases'][number]> {
  const first = new Map<string, ChartData['phases'][number]>();
  for (const p of data.phases) if (!first.has(p.state)) first.set(p.state, p);
  return first;
}
