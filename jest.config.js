/**
 * Jest runs the TypeScript sources through ts-jest, compiled to CommonJS.
 * chalk 5 and string-width 8 (with its own dependencies strip-ansi,
 * ansi-regex and get-east-asian-width) are ESM-only: they are let through
 * the transform too (see transformIgnorePatterns), so they are compiled to
 * CommonJS like our own code.
 * Type errors are caught by `tsc --noEmit` in `npm test`, so ts-jest only
 * transpiles (isolatedModules), which keeps the suite fast.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/__tests__/global-setup.cjs',
  globalTeardown: '<rootDir>/__tests__/global-teardown.cjs',
  roots: ['<rootDir>/__tests__'],
  testMatch: ["**/*.test.ts"],
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          allowJs: true,
          isolatedModules: true,
          esModuleInterop: true,
          ignoreDeprecations: '5.0',
        },
        diagnostics: false,
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(chalk|string-width|strip-ansi|ansi-regex|get-east-asian-width)/)'],
};
