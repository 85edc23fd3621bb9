/** Jest global teardown: removes the run's scratch folder (see global-setup.cjs). */
const { rmSync } = require('node:fs');

module.exports = () => {
  const scratch = process.env.PAKT_TEST_SCRATCH;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
};
