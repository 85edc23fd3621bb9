import fc from 'fast-check';
import { argvProperty, packProperty } from './fuzz';

/** A quick fuzz in every test run; `npm run fuzz` runs 10,000 cases of each. */
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe('fuzzing', () => {
  test(`random argv never crashes (${runs} cases)`, () => {
    fc.assert(argvProperty, { numRuns: runs });
  });

  test(`random mutations of the pack load or fail with exit 1 (${runs} cases)`, () => {
    fc.assert(packProperty, { numRuns: runs });
  });
});
