import { constants as bufferConstants } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import type * as JsoncParser from 'jsonc-parser';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { decodeUtf8, type NotUtf8 } from './encoding';
import { PackError, say, type Text, timeErrorText } from '../errors';
import { addDuration, type TemporalValue, TimeValueError } from '../time';
import { qualifierIds } from './qualifiers';
import { type Occurrences, occurrencesIn } from '../text/occurrences';
import { fold } from '../text/fold';
import { echo } from '../text/visible';
import { capped, eventDateResolver, type Problem, PROBLEMS_MAX, resolvedProblems, schemaProblems, semanticProblems, splitParagraphs, STOPPED } from './check';
import { duplicateKeys } from './keys';
import { checkPackRoom, paragraphRoomProblem, textRoomProblem } from './room';
import { type PassedPacks, userRecords } from './passed';
import { buildRecords } from './verified';
import type { Basis, DerivedEvent, Entity, LocalizedAliases, LocalizedText, Pack, PackEvent, Statement, StatusState } from './types';

/** An event of the index: stated or derived, with its date resolved. */
export interface IndexedEvent {
  readonly kind: 'event';
  readonly id: string;
  readonly type: string;
  readonly label: LocalizedText;
  readonly aliases?: LocalizedAliases;
  readonly description?: LocalizedText;
  readonly date: TemporalValue;
  /** How the pack knows the date (CONTRACT.md `basis`); a derived event's is its rule's. */
  readonly basis: Basis;
  /** How the pack knows the date's zone; `null` for a floating date. A derived event's is that of the date it is computed from. */
  readonly zoneBasis: Basis | null;
  /** The step or the choice behind an `inferred` or `assumed` value. */
  readonly reasoning?: LocalizedText;
  /** The date's note, from the pack (why the value reads as it does). */
  readonly dateNote?: LocalizedText;
  /** For a derived event: the rule its date was computed by. */
  readonly derived?: DerivedEvent['rule'];
  readonly agreesWith?: string;
  readonly evidence: PackEvent['evidence'];
}

/** An entity of the index. */
export interface IndexedEntity extends Entity {
  readonly kind: 'entity';
}

/** Anything with an id. */
export type Thing = IndexedEntity | IndexedEvent;

/**
 * A loaded, checked and frozen pack with lookups by id, type, folded name
 * and time. Built once per process by {@link loadPack}.
 */
export interface PackIndex {
  readonly file: string;
  readonly pack: Pack;
  readonly sourceText: string;
  readonly paragraphs: readonly string[];
  readonly byId: ReadonlyMap<string, Thing>;
  /** Events (stated and derived) in real time order: by bounds, then pack order (stated before derived). */
  readonly events: readonly IndexedEvent[];
  readonly entitiesByType: ReadonlyMap<string, readonly IndexedEntity[]>;
  /** Folded labels, aliases and ids → ids. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** Folded labels (either language) → ids: a label outranks an alias. */
  readonly byLabel: ReadonlyMap<string, readonly string[]>;
  /** Statements naming an id as subject, object or in a qualifier, in pack order. */
  readonly statementsAbout: ReadonlyMap<string, readonly Statement[]>;
  /** The states of the status machine by id (ids are unique: a check). */
  readonly statesById: ReadonlyMap<string, StatusState>;
  /** Where quotes occur in each paragraph of the source (numbered from 1), one finder a paragraph for the whole run (made on first use). */
  readonly occurrences: (paragraph: number) => Occurrences;
}

/** The outcome of reading a pack without throwing, for `validate`. */
export interface Inspection {
  readonly index?: PackIndex;
  readonly problems: readonly Problem[];
  /** With an index: the bytes of the pack and of its source it was built from (what a record of the pass keeps). */
  readonly bytes?: { readonly pack: Buffer; readonly source: Buffer };
}

/**
 * The most bytes a pack or a source may have: its text must fit in one
 * JavaScript string (`buffer.constants.MAX_STRING_LENGTH` code units, about
 * 512 MiB on 64-bit Node.js), and UTF-8 text has at least one byte for each.
 */
const MAX_TEXT_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** Refuses a file larger than {@link MAX_TEXT_BYTES}, by its size, before a byte is read. */
function checkSize(file: string, what: 'pack' | 'source', size: number): void {
  if (size > MAX_TEXT_BYTES) throw new PackError(file, undefined, (m) => m.err.tooLarge(what, size, MAX_TEXT_BYTES));
}

/**
 * A file's bytes (packs are UTF-8 JSON, sources UTF-8 text). Only a regular
 * file (or a link to one) is read: a pipe would block for ever and a device
 * such as `/dev/zero` never ends; and only one whose text can be held
 * ({@link MAX_TEXT_BYTES}).
 *
 * @throws PackError naming the file and why it cannot be read: by name for
 *   the reasons a person can act on (no such file, a directory, a loop of
 *   symbolic links, …), else with the system's error code.
 */
export function readRegularFile(file: string, what: 'pack' | 'source'): Buffer {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      const why = stat.isDirectory() ? 'directory' : 'special';
      throw new PackError(file, undefined, (m) => m.err.cannotRead(what, why));
    }
    checkSize(file, what, stat.size);
    return readFileSync(file);
  } catch (err) {
    if (err instanceof PackError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'directory' : code === 'EACCES' ? 'denied' : code === 'ELOOP' ? 'loop' : 'other';
    throw new PackError(file, undefined, (m) => m.err.cannotRead(what, why, code));
  }
}

/**
 * A path as the system reads it: its real path, where the system follows
 * each symbolic link before it takes a `..` (`link/../pack.json` is the
 * pack beside the link's target); else the path as written (after the
 * current folder, if relative), so that reading it fails as the system
 * fails. `path.resolve` would take `..` away first, as text, and read
 * another file, or one behind a folder that does not exist.
 *
 * @throws PackError when the path is relative and the current folder has
 *   no path (deleted, or too long for the system to tell).
 */
function systemPath(file: string): string {
  try {
    // The system's realpath(3): Node's own `realpathSync` resolves the path as text first.
    return realpathSync.native(file);
  } catch {
    // As written, made absolute without taking `..` away (the system still reads it), so that no later
    // step asks for the current folder: a folder deleted, or deeper than its path can be told, has none.
    if (isAbsolute(file)) return file;
    let folder: string;
    try {
      folder = process.cwd();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new PackError(file, undefined, (m) => m.err.cannotRead('pack', 'cwd', code));
    }
    return `${folder}${sep}${file}`;
  }
}

/**
 * The folder a pack's source path is relative to: the folder of the pack
 * file itself, also when it is reached through a symbolic link (a link
 * `current.json` → `v2/pack.json` reads `v2/source/…`).
 */
function packFolder(path: string): string {
  try {
    return dirname(realpathSync(path));
  } catch {
    return dirname(path);
  }
}

/**
 * The real path of a pack's source: `sourceFile` (relative, as the schema
 * requires) resolved against the pack's real folder, then through every
 * symbolic link on the way. The schema's check of the path's text cannot
 * see links: `source/x.txt` may be a link to `/etc/passwd`, `source` a link
 * to another folder. Whatever the links, the file read must lie inside the
 * real folder of the pack file.
 *
 * @returns the real path, or the path as written when it does not resolve
 *   (a missing file: reading it says so).
 * @throws PackError naming the source path, where it leads and the folder,
 *   when it leads outside the folder; naming the source path when it leads
 *   to the folder itself.
 */
export function sourcePath(packPath: string, sourceFile: string): string {
  const folder = packFolder(packPath);
  const written = resolve(folder, sourceFile);
  let real: string;
  try {
    real = realpathSync(written);
  } catch {
    return written;
  }
  const inside = relative(folder, real);
  // A link may lead to the pack's own folder: a directory, not a file outside it.
  if (inside === '') throw new PackError(written, undefined, (m) => m.err.cannotRead('source', 'directory'));
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new PackError(written, undefined, (m) => m.err.sourceOutside(real, folder));
  }
  return real;
}

/**
 * The bytes of a pack's source, from the file {@link sourcePath} finds
 * inside the pack's folder and from no other. The path is checked, the file
 * opened, and then the file opened is checked again: where the system has it (Linux names
 * an open file's path in `/proc/self/fd`), that path must lie inside the
 * real folder of the pack; elsewhere the opened file must be the one the
 * checked path names, not through a link (the same device and inode). So a
 * link swapped between the check and the read, to a file outside the
 * folder, is refused, never read. It is opened without blocking, so that a
 * pipe is refused as not a regular file instead of waiting for a writer.
 *
 * @throws PackError as {@link readRegularFile} and {@link sourcePath} do, and
 *   when the file opened is not the file checked (it changed meanwhile).
 */
export function readSource(packPath: string, sourceFile: string): Buffer {
  const folder = packFolder(packPath);
  const written = resolve(folder, sourceFile);
  // A path that leads outside is refused before anything is opened; what is opened is checked again below.
  const real = sourcePath(packPath, sourceFile);
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    // Said as a read of the path says it (no such file, a loop, …).
    return readRegularFile(real, 'source');
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new PackError(written, undefined, (m) => m.err.cannotRead('source', opened.isDirectory() ? 'directory' : 'special'));
    checkSize(written, 'source', opened.size);
    const changed = (): never => {
      throw new PackError(written, undefined, (m) => m.err.cannotRead('source', 'changed'));
    };
    const where = openedPath(fd);
    if (where !== undefined) {
      if (!isInside(folder, where)) changed();
    } else {
      let named;
      try {
        named = lstatSync(real);
      } catch {
        named = undefined;
      }
      if (named?.dev !== opened.dev || named.ino !== opened.ino) changed();
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The path of an open file as the system has it (Linux: `/proc/self/fd/<fd>`), or `undefined` where it does not say. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/** Whether `path` lies below `folder` (both real paths), not the folder itself. */
function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * How deep the error-tolerant parser is let read: it descends one call per
 * level and overflows the stack a few thousand levels down, while a pack of
 * the schema nests a handful of levels.
 */
const MAX_NESTING = 1000;

/**
 * Parses JSON text (a leading UTF-8 byte-order mark is allowed), turning a
 * syntax error into a one-line message with line and column (1-based).
 * `JSON.parse` on Node 20 does not say where it failed, so the position comes
 * from jsonc-parser's error-tolerant parser, run only on that failure path;
 * text that nests deeper than {@link MAX_NESTING} before its error is
 * reported where it does, found by jsonc-parser's scanner (which reads
 * token by token, at any depth).
 *
 * @throws PackError naming the file, line and column.
 */
export function parseJson(text: string, file: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  checkPackRoom(body, file);
  try {
    return JSON.parse(body);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createScanner, parse: parseTolerant, printParseErrorCode } = require('jsonc-parser') as typeof JsoncParser;
    const place = (at: number): { line: number; column: number } => {
      const before = body.slice(0, at);
      return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
    };
    const deep = deeperThan(createScanner(body, true), MAX_NESTING);
    if (deep >= 0) {
      const { line, column } = place(deep);
      throw new PackError(file, undefined, (m) => m.err.notJson(line, column, m.err.nestedTooDeep(MAX_NESTING)));
    }
    const errors: JsoncParser.ParseError[] = [];
    parseTolerant(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const { line, column } = place(first?.offset ?? 0);
    const what = first
      ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
      : 'not JSON';
    throw new PackError(file, undefined, (m) => m.err.notJson(line, column, what));
  }
}

/** jsonc-parser's token kinds for brackets and braces (its `SyntaxKind`, a const enum that isolated modules cannot read). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** The offset of the first `{` or `[` that opens level `limit + 1` of nesting, or -1 when the text nests no deeper than `limit`. */
function deeperThan(scanner: JsoncParser.JSONScanner, limit: number): number {
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth--;
    }
  }
  return -1;
}

/**
 * Reads and checks a pack file and its source text, returning every problem
 * instead of throwing on bad content (used by `validate`).
 *
 * @param passed - where packs that passed before are recorded: a pack found
 *   there (same bytes, same source, same pakt) is loaded without checking
 *   it again, and one that passes is recorded. `undefined` (as `validate`
 *   asks) checks every time and records nothing.
 * @throws PackError only when the file cannot be read, would not fit in the heap, or is not JSON.
 */
export function inspectPack(file: string, passed?: PassedPacks): Inspection {
  const path = systemPath(file);
  const packBytes = readRegularFile(path, 'pack');
  const noRoom = textRoomProblem(packBytes.length, 'pack');
  if (noRoom) throw new PackError(file, undefined, noRoom);
  const packText = decodeUtf8(packBytes);
  if ('fault' in packText) return { problems: [{ pointer: '', message: notUtf8Text('pack', packText.fault) }] };
  const data = parseJson(packText.text, file);
  // The source's bytes are read once: the bytes checked are the bytes recorded.
  let early: Buffer | undefined | null = null;
  const sourceOnce = (): Buffer | undefined => (early === null ? (early = sourceBytesOf(path, data)) : early);
  const records = passed ? [buildRecords, userRecords(passed)] : [buildRecords];
  for (const record of records) {
    const found = record.find(packBytes, sourceOnce);
    const index = found && indexOfPassed(file, data as Pack, sourceOnce() as Buffer, found.dates);
    if (index) return { index, problems: [], bytes: { pack: packBytes, source: sourceOnce() as Buffer } };
  }
  const { index, problems, source } = checkedIndex(path, file, packText.text, data, early ?? undefined);
  if (!index || !source) return { problems };
  for (const record of records) record.remember(packBytes, source, path);
  return { index, problems, bytes: { pack: packBytes, source } };
}

/**
 * Every check of a pack, in stages (see the README's "Checks"), and its
 * index when it passes them all.
 *
 * @param text - the pack's text (`JSON.parse` gave `data`).
 * @param early - the source's bytes, if read already.
 */
function checkedIndex(
  path: string,
  file: string,
  text: string,
  data: unknown,
  early: Buffer | undefined,
): { index?: PackIndex; problems: readonly Problem[]; source?: Buffer } {
  // The first stage: the schema, then what JSON.parse hid (keys written twice) in a pack of the schema's bounded depth.
  const schema = schemaProblems(data);
  if (schema.length > 0) return { problems: schema };
  const duplicates = duplicateKeys(text, PROBLEMS_MAX);
  const repeated = duplicates.found.map(({ pointer, key }): Problem => ({ pointer, message: (m) => m.pack.duplicateKey(echo(key)) }));
  if (duplicates.more) repeated.push(STOPPED);
  if (repeated.length > 0) return { problems: repeated };
  const pack = data as Pack;
  let sourceBytes = early;
  if (sourceBytes === undefined) {
    try {
      sourceBytes = readSource(path, pack.source.file);
    } catch (err) {
      if (!(err instanceof PackError)) throw err;
      return { problems: [{ pointer: '/source/file', message: err.text }] };
    }
  }
  const noRoomForText = textRoomProblem(sourceBytes.length, 'source');
  if (noRoomForText) return { problems: [{ pointer: '/source/file', message: noRoomForText }] };
  const decoded = decodeUtf8(sourceBytes);
  if ('fault' in decoded) return { problems: [{ pointer: '/source/file', message: notUtf8Text('source', decoded.fault) }] };
  const sourceText = decoded.text;
  const noRoom = paragraphRoomProblem(sourceText);
  if (noRoom) return { problems: [{ pointer: '/source/file', message: noRoom }] };
  const paragraphs = splitParagraphs(sourceText);
  // One finder a paragraph for the checks and the index's users after them (validate reads the same quotes again).
  const occurrences = occurrencesIn(paragraphs);
  const { problems, dates } = semanticProblems(pack, paragraphs, occurrences);
  if (problems.length > 0) return { problems };
  const later: Problem[] = [];
  const index = buildIndex(file, pack, sourceText, { paragraphs, occurrences }, dates, NO_DATES, later);
  // Joined, not spread into push: a pack may have more problems than a call takes arguments.
  const all = capped(later.concat(resolvedProblems(pack, index.byId)));
  if (all.length > 0) return { problems: all };
  return { index, problems: [], source: sourceBytes };
}

/** What is wrong with a pack or source that is not UTF-8 text, in words. */
function notUtf8Text(what: 'pack' | 'source', fault: NotUtf8): Text {
  const { looksLike, binary, line } = fault;
  return binary ? (m) => m.err.binary(what, line) : (m) => m.err.notUtf8(what, looksLike, line);
}

/**
 * The bytes of the source a pack names, read before the pack is checked:
 * only a path inside the pack's folder (what the schema allows) that stays
 * inside it through its links, and `undefined` for anything else or
 * anything that cannot be read — the checks will say why.
 */
function sourceBytesOf(path: string, data: unknown): Buffer | undefined {
  const sourceFile = (data as { source?: { file?: unknown } } | null)?.source?.file;
  if (typeof sourceFile !== 'string' || sourceFile === '') return undefined;
  const folder = packFolder(path);
  const inside = relative(folder, resolve(folder, sourceFile));
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  try {
    return readSource(path, sourceFile);
  } catch {
    return undefined;
  }
}

/**
 * The index of a pack a record says passed every check (see
 * `PassRecords` in records.ts), built without the checks: from the dates the record
 * kept, else with its dates resolved again. `undefined` if anything fails
 * after all (a record of other bytes cannot pass as this one), so that the
 * caller checks in full.
 */
function indexOfPassed(file: string, pack: Pack, source: Buffer, kept: ReadonlyMap<string, TemporalValue> | undefined): PackIndex | undefined {
  try {
    const problems: Problem[] = [];
    let dates: (TemporalValue | undefined)[];
    if (kept) {
      dates = pack.events.map((e) => kept.get(e.id));
    } else {
      const dateOf = eventDateResolver();
      const add = (pointer: string, message: Text): void => {
        problems.push({ pointer, message });
      };
      dates = pack.events.map((e, i) => dateOf(e, i, add));
    }
    if (problems.length > 0) return undefined;
    const index = buildIndex(file, pack, source.toString('utf8'), undefined, dates, kept ?? NO_DATES, problems);
    return problems.length === 0 ? index : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads a pack for answering questions: reads it once, validates it with the
 * JSON Schema, checks references and quotes, resolves every date and builds
 * the frozen index.
 *
 * @param file - path of the pack JSON; its `source.file` is read relative to it.
 * @param passed - where packs that passed every check are recorded (see
 *   {@link inspectPack}); `undefined` checks every time.
 * @throws PackError naming the file and the JSON pointer of the first problem.
 */
export function loadPack(file: string, passed?: PassedPacks): PackIndex {
  const { index, problems } = inspectPack(file, passed);
  const first = problems[0];
  if (first !== undefined || index === undefined) {
    const detail = first?.message ?? 'invalid pack';
    // A list cut short ends in a problem that says so, which is not one more problem.
    const stopped = problems[problems.length - 1]?.stopped === true;
    const more = problems.length - 1 - (stopped ? 1 : 0);
    throw new PackError(
      file,
      first?.pointer ?? '',
      (m) => `${say(detail, m)}${more > 0 ? m.err.moreProblems(more, stopped) : ''}`,
      (m) => m.err.validateHint(file),
    );
  }
  return index;
}

/**
 * Freezes the index, the collections it holds (arrays, maps' value lists,
 * the pack's top-level lists) and the records in them (events, entities,
 * statements, …), leaving its lazy accessors to compute on first use. The
 * values inside records (labels, evidence lists, qualifiers) are readonly
 * by type but not frozen: freezing every object of a pack cost a fortieth of
 * pakt's start-up and a quarter of a second at 100,000 events. A test runs
 * every command and checks that the index is unchanged.
 */
function freezeIndex<T extends object>(index: T): T {
  for (const d of Object.values(Object.getOwnPropertyDescriptors(index))) {
    if ('value' in d) freezeCollection(d.value);
  }
  return Object.freeze(index);
}

function freezeCollection(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  if (Array.isArray(value)) {
    Object.freeze(value);
    for (const record of value) if (typeof record === 'object') Object.freeze(record);
  } else if (value instanceof Map) {
    for (const v of value.values()) {
      if (Array.isArray(v)) freezeCollection(v);
      else if (typeof v === 'object' && v !== null) Object.freeze(v);
    }
  } else {
    Object.freeze(value);
    for (const key in value) {
      const v = (value as Record<string, unknown>)[key];
      if (Array.isArray(v)) freezeCollection(v);
    }
  }
}

/** No derived dates known beforehand: they are computed. */
const NO_DATES: ReadonlyMap<string, TemporalValue> = new Map();

/**
 * Builds the frozen index of a checked pack.
 *
 * @param checked - the source's paragraphs and the finder of quotes in
 *   them, if the checks made them already (else made on first use).
 * @param dates - the resolved dates of the stated events, by position in
 *   `pack.events` (an event without one is left out).
 * @param known - derived dates computed before (a verified pack), by id.
 * @param problems - receives the problems found on the way (derived dates).
 */
function buildIndex(
  file: string,
  pack: Pack,
  sourceText: string,
  checked: { readonly paragraphs: readonly string[]; readonly occurrences: (paragraph: number) => Occurrences } | undefined,
  dates: readonly (TemporalValue | undefined)[],
  known: ReadonlyMap<string, TemporalValue>,
  problems: Problem[],
): PackIndex {
  const byId = new Map<string, Thing>();
  const entitiesByType = new Map<string, IndexedEntity[]>();
  for (const e of pack.entities) {
    const entity: IndexedEntity = { ...e, kind: 'entity' };
    byId.set(e.id, entity);
    const list = entitiesByType.get(e.type) ?? [];
    list.push(entity);
    entitiesByType.set(e.type, list);
  }
  for (let i = 0; i < pack.events.length; i++) {
    const e = pack.events[i]!;
    const date = dates[i];
    if (date === undefined) continue;
    // Assigned one by one (no spreads of temporary objects): a pack may have 100,000 events.
    const event: { -readonly [K in keyof IndexedEvent]: IndexedEvent[K] } = { kind: 'event', id: e.id, type: e.type, label: e.label } as IndexedEvent;
    if (e.aliases) event.aliases = e.aliases;
    if (e.description) event.description = e.description;
    event.date = date;
    event.basis = e.date.basis;
    event.zoneBasis = e.date.zone === undefined ? null : (e.date.zoneBasis ?? null);
    if (e.date.reasoning) event.reasoning = e.date.reasoning;
    if (e.date.note) event.dateNote = e.date.note;
    event.evidence = e.evidence;
    byId.set(e.id, event);
  }
  resolveDerived(pack, byId, known, problems);

  // In time order, needed by `timeline`, `on`, `search` and charts: sorted on
  // first use. Ties in bounds keep the pack's order (stated, then derived),
  // which follows the source's narrative: the list starts in that order and
  // ties are ordered by position.
  let events: readonly IndexedEvent[] | undefined;
  const eventList = (): readonly IndexedEvent[] => {
    if (events) return events;
    const list: IndexedEvent[] = [];
    for (const e of pack.events) {
      const t = byId.get(e.id);
      if (t?.kind === 'event') list.push(t);
    }
    for (const e of pack.derived ?? []) {
      const t = byId.get(e.id);
      if (t?.kind === 'event') list.push(t);
    }
    // Sorted as positions over typed copies of the bounds: half the time of
    // comparing the records' own bounds (a pack may have 100,000 events).
    const starts = Float64Array.from(list, (e) => e.date.bounds.start);
    const ends = Float64Array.from(list, (e) => e.date.bounds.end);
    const order = Uint32Array.from(list, (_, i) => i);
    order.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
    events = Object.freeze(Array.from(order, (i) => list[i]!));
    return events;
  };

  // The source's paragraphs, needed by `search` and `validate` once the pack is checked.
  let paragraphList = checked?.paragraphs;
  const paragraphsOf = (): readonly string[] => {
    paragraphList ??= Object.freeze(splitParagraphs(sourceText));
    return paragraphList;
  };

  // Folded names are needed only by `show`, `search` and `when`: built on first use.
  let names: { byName: Map<string, string[]>; byLabel: Map<string, string[]> } | undefined;
  const nameIndex = () => {
    if (names) return names;
    const byName = new Map<string, string[]>();
    const byLabel = new Map<string, string[]>();
    // A thing's names are added one after another, so an id is in a list already only if it is its last.
    const name = (map: Map<string, string[]>, text: string, id: string): void => {
      const key = fold(text);
      const list = map.get(key);
      if (!list) map.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    for (const t of byId.values()) {
      for (const text of [t.id, t.label.de, t.label.en, ...(t.aliases?.de ?? []), ...(t.aliases?.en ?? [])]) {
        name(byName, text, t.id);
      }
      name(byLabel, t.label.de, t.id);
      name(byLabel, t.label.en, t.id);
    }
    names = { byName, byLabel };
    return names;
  };

  // Statements by id are needed only by `show`: built on first use. A
  // statement is about its subject, its object and every id a qualifier
  // names (the signings name their signing event), once each.
  let states: ReadonlyMap<string, StatusState> | undefined;
  let finders = checked?.occurrences;
  let statementsAbout: Map<string, Statement[]> | undefined;
  const statementIndex = (): Map<string, Statement[]> => {
    if (statementsAbout) return statementsAbout;
    const map = new Map<string, Statement[]>();
    const about = (id: string, s: Statement): void => {
      const list = map.get(id);
      if (!list) map.set(id, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    };
    for (const s of pack.statements) {
      about(s.subject, s);
      about(s.object, s);
      for (const id of qualifierIds(s.qualifiers)) if (byId.has(id)) about(id, s);
    }
    statementsAbout = map;
    return map;
  };

  return freezeIndex({
    file,
    pack,
    sourceText,
    byId,
    entitiesByType,
    get paragraphs(): readonly string[] {
      return paragraphsOf();
    },
    get events(): readonly IndexedEvent[] {
      return eventList();
    },
    get byName(): ReadonlyMap<string, readonly string[]> {
      return nameIndex().byName;
    },
    get byLabel(): ReadonlyMap<string, readonly string[]> {
      return nameIndex().byLabel;
    },
    get statementsAbout(): ReadonlyMap<string, readonly Statement[]> {
      return statementIndex();
    },
    get occurrences(): (paragraph: number) => Occurrences {
      return (finders ??= occurrencesIn(paragraphsOf()));
    },
    get statesById(): ReadonlyMap<string, StatusState> {
      return (states ??= new Map(pack.status.states.map((st) => [st.id, st] as const)));
    },
  });
}

/** The most calendar values the derived dates of a pack compute (see {@link resolveDerived}). */
const DERIVED_VALUES_MAX = 200_000;

/**
 * Computes derived dates (rules may chain) and checks them against
 * `agreesWith`; a date already in `known` (a verified pack) is taken as is.
 *
 * Each rule is computed once, right after its base, in a topological order
 * over `rule.from` (Kahn's algorithm): a chain costs its length whatever
 * order the pack lists it in. A rule whose base is never computed (a cycle,
 * a base that is no dated event, a base whose own rule failed) is reported
 * as a cycle. The computed events enter `byId` in the pack's order, and the
 * problems come in the pack's order too. The rules compute at most
 * {@link DERIVED_VALUES_MAX} calendar values in all: a set of dates is
 * computed anew for each rule based on it, so a small pack could ask for
 * more than memory holds; the rule that would pass the limit fails.
 */
function resolveDerived(
  pack: Pack,
  byId: Map<string, Thing>,
  known: ReadonlyMap<string, TemporalValue>,
  problems: Problem[],
): void {
  const derived = pack.derived ?? [];
  const position = new Map<string, number>();
  derived.forEach((d, i) => position.set(d.id, i));
  // The rules computed from each derived event, by its position. A rule
  // whose base is a stated event can be computed at once.
  const next = new Map<number, number[]>();
  const ready: number[] = [];
  derived.forEach((d, i) => {
    const base = position.get(d.rule.from);
    if (base === undefined) {
      if (byId.get(d.rule.from)?.kind === 'event') ready.push(i);
      return;
    }
    const list = next.get(base);
    if (list) list.push(i);
    else next.set(base, [i]);
  });
  const events: (IndexedEvent | undefined)[] = new Array<IndexedEvent | undefined>(derived.length);
  const failed: (Problem | undefined)[] = new Array<Problem | undefined>(derived.length);
  // The rules that wait, directly or through others, for a rule that failed (by position: the failed
  // rule's). Each rule is marked once, from the first failure above it, so marking is linear.
  const blocked: (number | undefined)[] = new Array<number | undefined>(derived.length);
  const blockBy = (root: number): void => {
    const queue = [...(next.get(root) ?? [])];
    for (let q = 0; q < queue.length; q++) {
      const j = queue[q]!;
      if (blocked[j] !== undefined) continue;
      blocked[j] = root;
      for (const after of next.get(j) ?? []) queue.push(after);
    }
  };
  let values = 0;
  // `ready` grows while it is read: a rule enters it once, when its base is computed.
  for (let k = 0; k < ready.length; k++) {
    const i = ready[k]!;
    const d = derived[i]!;
    const base = position.get(d.rule.from);
    const from = (base === undefined ? byId.get(d.rule.from) : events[base]) as IndexedEvent;
    const parsed = from.date.parsed;
    values += parsed.kind === 'set' ? parsed.members.length : 1;
    if (values > DERIVED_VALUES_MAX) {
      failed[i] = { pointer: `/derived/${i}/rule/from`, message: (m) => m.pack.derivedTooMany(echo(d.id), DERIVED_VALUES_MAX) };
      blockBy(i);
      continue;
    }
    let date: TemporalValue;
    try {
      date = known.get(d.id) ?? addDuration(from.date, d.rule.add);
    } catch (err) {
      if (!(err instanceof TimeValueError)) throw err;
      failed[i] = { pointer: `/derived/${i}/rule/add`, message: timeErrorText(err, '') };
      blockBy(i);
      continue;
    }
    events[i] = {
      kind: 'event',
      id: d.id,
      type: d.type,
      label: d.label,
      ...(d.aliases ? { aliases: d.aliases } : {}),
      ...(d.description ? { description: d.description } : {}),
      date,
      basis: d.basis,
      zoneBasis: from.zoneBasis,
      ...(d.reasoning ? { reasoning: d.reasoning } : {}),
      derived: d.rule,
      ...(d.agreesWith ? { agreesWith: d.agreesWith } : {}),
      evidence: d.evidence,
    };
    const after = next.get(i);
    if (after) for (const j of after) ready.push(j);
  }
  // Rules never computed (in a cycle, or waiting for one that failed) are said after the failures.
  const uncomputed: Problem[] = [];
  derived.forEach((d, i) => {
    const event = events[i];
    const fault = failed[i];
    if (event) byId.set(d.id, event);
    else if (fault) problems.push(fault);
    else if (blocked[i] !== undefined) {
      const base = derived[blocked[i]]!.id;
      uncomputed.push({ pointer: `/derived/${i}/rule/from`, message: (m) => m.pack.derivedBlocked(echo(d.id), echo(base)) });
    } else uncomputed.push({ pointer: `/derived/${i}/rule/from`, message: (m) => m.pack.derivedCycle(echo(d.id)) });
  });
  for (const p of uncomputed) problems.push(p);
}
