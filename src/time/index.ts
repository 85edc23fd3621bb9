/**
 * The time core: EDTF values from packs, command-line dates, zones, UTC
 * bounds, ordering, calendar arithmetic and display. Imports luxon only.
 */
import './luxon-settings';
export * from './errors';
export * from './edtf';
export * from './zone';
export * from './value';
export * from './query-date';
export * from './display';
export * from './local';
