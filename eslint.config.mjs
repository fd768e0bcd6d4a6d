import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'bench-output/**', '.ci/stand-in/target/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Services hold the rules and must run without Electron (tests, web mode).
    files: ['src/main/services/**', 'src/main/models/**', 'src/main/db/**', 'src/main/domain/**', 'src/main/web/**', 'src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Keep Electron out of services, models, db, web and shared code.' }] }] },
  },
  {
    // The tests' require('electron') finds the binary path; nothing else may require.
    files: ['tests/e2e/electron.e2e.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
