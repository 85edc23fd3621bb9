// Generates a synthetic fact pack of N events (with entities, statements,
// evidence and mixed precisions) and its source text, for the scale benchmark.
// Usage: node bench/generate.mjs <events> <dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generate(events, dir) {
  // The synthetic status machine starts and ends with the first two events.
  if (!Number.isInteger(events) || events < 2) throw new RangeError(`events must be a whole number of at least 2, not ${events}`);
  mkdirSync(join(dir, 'source'), { recursive: true });
  let seed = 42;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pad = (n) => String(n).padStart(2, '0');
  const paragraphs = [];
  const quote = (text) => {
    paragraphs.push(text);
    return [{ quote: text, paragraph: paragraphs.length }];
  };
  const people = Math.max(10, Math.floor(events / 10));
  const entities = [
    { id: 'state-a', type: 'state', label: { de: 'Staat A', en: 'State A' } },
    { id: 'state-b', type: 'state', label: { de: 'Staat B', en: 'State B' } },
    { id: 'treaty', type: 'document', label: { de: 'Vertrag', en: 'Treaty' } },
  ];
  for (let i = 0; i < people; i++) {
    entities.push({ id: `person-${i}`, type: 'person', label: { de: `Person ${i}`, en: `Person ${i}` }, aliases: { de: [`P${i}`] } });
  }
  const zones = ['Europe/Moscow', 'Asia/Tokyo', 'UTC', 'Europe/Berlin', undefined];
  const list = [];
  for (let i = 0; i < events; i++) {
    const year = 1930 + rand(30);
    const month = 1 + rand(12);
    const day = 1 + rand(28);
    const kind = rand(6);
    const zone = zones[rand(zones.length)];
    let edtf;
    let precision;
    if (kind === 0) edtf = String(year);
    else if (kind === 1) edtf = `${year}-${pad(month)}`;
    else if (kind === 2 || kind === 3 || zone === undefined) edtf = `${year}-${pad(month)}-${pad(day)}`;
    else if (kind === 4) edtf = `[${year}-${pad(month)}-${pad(day)},${year}-${pad(month)}-${pad(Math.min(day + 1, 28))}]`;
    else {
      edtf = `${year}-${pad(month)}-${pad(day)}T${pad(rand(24))}:${pad(rand(60))}:00`;
      precision = 'minute';
    }
    const date = {
      edtf,
      ...(zone ? { zone, zoneBasis: 'stated' } : {}),
      ...(precision ? { precision } : {}),
      basis: 'stated',
    };
    list.push({
      id: `event-${i}`,
      type: ['signing', 'meeting', 'battle', 'note'][rand(4)],
      label: { de: `Ereignis ${i}`, en: `Event ${i}` },
      date,
      evidence: quote(`Ereignis ${i} geschah im Jahr ${year}.`),
    });
  }
  list[0] = { ...list[0], date: { edtf: '1931-01-01', zone: 'UTC', basis: 'stated', zoneBasis: 'stated' } };
  list[1] = { ...list[1], date: { edtf: '1959-12-31', zone: 'UTC', basis: 'stated', zoneBasis: 'stated' } };
  const statements = list.map((e, i) => ({
    id: `statement-${i}`,
    subject: `person-${rand(people)}`,
    predicate: 'attended',
    object: 'treaty',
    qualifiers: { event: e.id, onBehalfOf: rand(2) ? 'state-a' : 'state-b' },
    basis: 'stated',
    evidence: quote(`Person ${i % people} war bei Ereignis ${i}.`),
  }));
  const pack = {
    formatVersion: 1,
    id: `synthetic-${events}`,
    title: { de: 'Synthetisch', en: 'Synthetic' },
    source: { file: 'source/source.txt', lang: 'de' },
    entities,
    events: list,
    statements,
    status: {
      treaty: 'treaty',
      initial: 'not-signed',
      states: [
        { id: 'not-signed', label: { de: 'nicht unterzeichnet', en: 'not signed' }, summary: { de: 'Noch nicht.', en: 'Not yet.' }, basis: 'stated' },
        { id: 'in-force', label: { de: 'in Kraft', en: 'in force' }, summary: { de: 'Seit {since}.', en: 'Since {since}.' }, basis: 'stated' },
        { id: 'ended', label: { de: 'beendet', en: 'ended' }, summary: { de: 'Seit {since}.', en: 'Since {since}.' }, basis: 'stated' },
      ],
      transitions: [
        { event: 'event-0', to: 'in-force' },
        { event: 'event-1', to: 'ended' },
      ],
      term: { from: 'event-0', until: 'event-1', basis: 'stated', evidence: list[0].evidence },
    },
  };
  writeFileSync(join(dir, 'source', 'source.txt'), `${paragraphs.join('\n\n')}\n`);
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
  return join(dir, 'pack.json');
}

if (process.argv[1] && process.argv[1].endsWith('generate.mjs')) {
  const [, , n, dir] = process.argv;
  if (!/^\d+$/.test(n ?? '') || Number(n) < 2 || !dir) {
    console.error('usage: node bench/generate.mjs <events, at least 2> <dir>');
    process.exit(2);
  }
  console.log(generate(Number(n), dir));
}
