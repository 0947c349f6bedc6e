// Browser and process tests against the real built product (`node dist/api/apps/api/src/main.js` serving
// dist/web). `npm run test:e2e` builds first; Chromium comes from Debian (/usr/bin/chromium).
const { resolve } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: resolve(__dirname, '../..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
    ],
  },
  // otplib's crypto (@noble, @scure) ships ES modules only: compile them for jest (the tests make TOTP codes).
  transformIgnorePatterns: ['^(?!.*/node_modules/(@noble|@scure)/).*/node_modules/'],
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
  testTimeout: 90_000,
  maxWorkers: 1,
};
