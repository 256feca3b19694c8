const { buildInfo } = require('./scripts/build-info');

const info = buildInfo();

/** @type {import('jest').Config} */
module.exports = {
  // What webpack's DefinePlugin sets in a build (src/taskpane/about.ts).
  globals: { __TAKST_VERSION__: info.version, __TAKST_SNAPSHOT_YEAR__: info.snapshotYear },
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleNameMapper: { '^office-addin-manifest$': 'office-addin-manifest/lib/officeApp' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/fast-check-seed.ts'],
};
