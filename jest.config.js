// One jest run for everything but the browser tests: pure domain rules, web components and API integration
// tests against a real PostgreSQL. `npm test` runs this and then the e2e suite (test/e2e/jest.config.js).
const swc = (jsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: jsx ? { syntax: 'typescript', tsx: true } : { syntax: 'typescript', decorators: true },
      transform: jsx ? { react: { runtime: 'automatic' } } : { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const domeinAlias = { '^@klant-in-beeld/domain$': '<rootDir>/libs/domain/src/index.ts' };

// otplib's audited crypto (@noble, @scure) and openid-client (with oauth4webapi and jose) ship ES modules only; Node
// loads them with require(esm), jest cannot: compile them to CommonJS for jest as well.
const alleenEsm = ['^(?!.*/node_modules/(@noble|@scure|openid-client|oauth4webapi|jose)/).*/node_modules/'];

/** @type {import('jest').Config} */
module.exports = {
  // Per-project testTimeout is not honoured when several projects run: set it here for all of them.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'domain',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
      transform: { '^.+\\.(t|j|mj)s$': swc(false) },
      transformIgnorePatterns: alleenEsm,
      moduleNameMapper: domeinAlias,
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      testEnvironment: '<rootDir>/test/support/jsdom-omgeving.js',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.tsx', '<rootDir>/libs/ui/src/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/support/web-setup.ts'],
      transform: { '^.+\\.(t|j|mj)sx?$': swc(true) },
      // The NL Design System packages ship ES modules only: compile them for jest as well.
      transformIgnorePatterns: ['/node_modules/(?!(@utrecht|@nl-design-system|@nl-design-system-unstable)/)'],
      moduleNameMapper: {
        ...domeinAlias,
        '^@klant-in-beeld/ui$': '<rootDir>/libs/ui/src/index.ts',
        '^@utrecht/([a-z0-9-]+)$': '<rootDir>/node_modules/@utrecht/$1/dist/index.mjs',
        '\\.css$': 'identity-obj-proxy',
      },
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      transform: { '^.+\\.(t|j|mj)s$': swc(false) },
      transformIgnorePatterns: alleenEsm,
      moduleNameMapper: domeinAlias,
      globalSetup: '<rootDir>/test/support/database-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/database-global-teardown.ts',
    },
  ],
};
