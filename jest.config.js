/**
 * Jest runs the TypeScript sources through ts-jest, compiled to CommonJS.
 * chalk 5 is ESM-only: it is let through the transform too (see
 * transformIgnorePatterns), so it is compiled to CommonJS like our own code.
 * Type errors are caught by `tsc --noEmit` in `npm test`, so ts-jest only
 * transpiles (isolatedModules), which keeps the suite fast.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
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
  transformIgnorePatterns: ['/node_modules/(?!chalk/)'],
};
