import { Chalk } from 'chalk';
import { tmpdir } from 'node:os';

describe('toolchain', () => {
  test('chalk 5 (ESM-only) loads through the jest transform', () => {
    const c = new Chalk({ level: 1 });
    expect(c.red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(new Chalk({ level: 0 }).red('x')).toBe('x');
  });

  test("scratch folders land in the run's own folder, which global teardown removes", () => {
    const scratch = process.env.PAKT_TEST_SCRATCH;
    expect(scratch).toMatch(/pakt-test-/);
    expect(tmpdir()).toBe(scratch);
  });
});
