/** Entry point of the bundle: `bin/pakt.js` calls {@link run}. */
export { main } from './run';
export type { IO } from './settings';
