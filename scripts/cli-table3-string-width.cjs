// cli-table3 requires its own string-width (4) to measure text. pakt
// replaces every cli-table3 function that measures (src/render/table.ts),
// so the bundle gives it this stand-in instead of a second width library
// and its emoji table; a call would mean the replacement no longer holds.
module.exports = () => {
  throw new Error('cli-table3 measured text itself: see src/render/table.ts');
};
