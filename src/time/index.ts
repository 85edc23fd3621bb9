/**
 * The time core: EDTF values from packs, command-line dates, zones, UTC
 * bounds, ordering, calendar arithmetic and display. Imports luxon only.
 *
 * The public surface, by task (helpers stay in their files):
 * - values from packs: `resolveValue`, `cachedValue`, `addDuration`, `readingZone`, `TemporalValue`, `Precision`, `Bounds`;
 * - EDTF notation: `parseEdtf`, `formatEdtf`, `parseCalendarValue`, `CalendarValue`, `CalendarPrecision`, `CalendarDuration`;
 * - the calendar: `daysInMonth`, `yearStart`;
 * - command-line dates: `parseQueryDate`, `QueryInterval`;
 * - zones: `parseZone`, `trustedZone`, `UTC_ZONE`, `knownZoneNames`, `formatOffset`, `ResolvedZone`;
 * - order: `compareBounds`, `overlaps`, `isoInstant`;
 * - for people: `dateJson`, `displayValue`, `displayQuery`, `zoneLabel`, `localReading`, `DateJson`, `DateLang`;
 * - errors: `TimeValueError`.
 */
import './luxon-settings';
export { type TimeDetail, type TimeErrorCode, TimeValueError } from './errors';
export { daysInMonth, wallMillisOf, yearStart } from './calendar';
export { type CalendarPrecision, type CalendarValue, type EdtfValue, formatEdtf, parseCalendarValue, parseEdtf, type SetMember } from './edtf';
export { formatOffset, knownZoneNames, parseZone, type ResolvedZone, trustedZone, UTC_ZONE } from './zone';
export {
  addDuration,
  type Bounds,
  cachedValue,
  type CalendarDuration,
  compareBounds,
  isoInstant,
  overlaps,
  type Precision,
  readingZone,
  resolveValue,
  type TemporalValue,
} from './value';
export { parseQueryDate, type QueryInterval } from './query-date';
export { type DateJson, dateJson, type DateLang, displayQuery, displayValue, zoneLabel } from './display';
export { type LocalReading, localReading } from './local';
