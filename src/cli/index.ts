/** Entry point of the bundle: `bin/pakt.js` calls {@link main}. */
export { main } from './run';
/** The manual page, written by `scripts/man.cjs` at build time. */
export { manPage } from './man';
export type { IO } from './settings';
/** The process's own IO, for `bin/pakt.js`. */
export { processIO } from './io';

/** pakt's version, from package.json, written into the bundle by `scripts/build.mjs`. */
export const version: string = process.env.PAKT_BUILD_VERSION ?? '0.0.0';
