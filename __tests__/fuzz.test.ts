import fc from 'fast-check';
import { argvProperty, binaryProperty, hostileArgvProperty, packProperty, sourceProperty } from './fuzz';

/** A quick fuzz in every test run; `npm run fuzz` runs 10,000 cases of each. */
const runs = Number(process.env.FUZZ_RUNS ?? 300);
/** The hostile properties cost more a case (a fresh folder, 50,000-character values): fewer in the quick run. */
const hostileRuns = Number(process.env.FUZZ_RUNS ?? 100);
/** Real processes, sparingly: one per 1,000 cases of the others, at least 5. */
const binaryRuns = Math.max(5, Math.floor(hostileRuns / 1000));

describe('fuzzing', () => {
  test(`random argv never crashes (${runs} cases)`, () => {
    fc.assert(argvProperty, { numRuns: runs });
  });

  test(`random mutations of the pack load or fail with exit 1 (${runs} cases)`, () => {
    fc.assert(packProperty, { numRuns: runs });
  });

  test(`huge and hostile arguments in every slot (${hostileRuns} cases)`, () => {
    fc.assert(hostileArgvProperty, { numRuns: hostileRuns });
  });

  test(`sources with controls, in other encodings, or replaced by links (${hostileRuns} cases)`, () => {
    if (process.platform === 'win32') return;
    fc.assert(sourceProperty, { numRuns: hostileRuns });
  });

  test(`the real binary under huge and hostile arguments (${binaryRuns} processes)`, () => {
    fc.assert(binaryProperty, { numRuns: binaryRuns });
  }, 60000 + binaryRuns * 10000);
});
