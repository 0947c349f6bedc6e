// Lint for the whole workspace (`npm run lint`, or `nx run <project>:lint`): typescript-eslint's recommended rules for
// all code, the React hooks rules (including the React Compiler's) for the web app and the component library.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'test-results/**', '.nx/**', '.data/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // The code base's convention: a `_` name is unused on purpose (a parameter a callback must take, a field
      // destructured away from the rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'apps/api/**',
      'migrations/**',
      'libs/domain/**',
      'test/**',
      'tools/**',
      '*.{js,mjs}',
      'apps/web/vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['apps/web/src/**', 'libs/ui/src/**'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.{ts,tsx}', 'test/**'],
    languageOptions: { globals: globals.jest },
  },
  {
    // CommonJS: the jest configurations and test environment.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
