import { Chalk } from 'chalk';

describe('toolchain', () => {
  test('chalk 5 (ESM-only) loads through the jest transform', () => {
    const c = new Chalk({ level: 1 });
    expect(c.red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(new Chalk({ level: 0 }).red('x')).toBe('x');
  });
});
