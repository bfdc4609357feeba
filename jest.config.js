/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { module: 'CommonJS', moduleResolution: 'node', isolatedModules: true } },
    ],
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/test/support/words.ts'],
  // office-addin-mock imports office-addin-manifest, whose ESM-only dependency Jest cannot load
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/fakeExcel/stubs/officeAddinManifest.ts' },
};
