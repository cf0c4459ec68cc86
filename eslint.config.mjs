// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const sdk = ['botbuilder', 'botbuilder-*', '@microsoft/teams-ai', 'botframework-*'];
const cosmos = ['@azure/cosmos'];
const pattern = (groups, message) => ({ group: groups, message });
// Per-folder import bans for the editor. CI also runs src/dev/check-architecture.ts (in `npm run
// lint`), whose table in src/dev/architecture.ts is the whole layering, circles and file length.

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'devTools/**',
      '.data/**',
      'test-results/**',
      'appPackage/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read the environment only in src/config.ts.',
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'test/**', 'e2e/**', 'bench/**', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/domain/**', 'src/services/**', 'src/cards/**', 'src/commands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(sdk, 'Only src/teams/ may import the Teams SDK.'),
            pattern(cosmos, 'Only src/storage/ may import @azure/cosmos.'),
            pattern(
              [
                '**/storage/**',
                '**/teams/**',
                '**/replies/**',
                '**/scheduler/**',
                '**/app',
                '**/config',
              ],
              'Dependencies point inward.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/replies/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(sdk, 'Only src/teams/ may import the Teams SDK; replies take a plain turn.'),
            pattern(cosmos, 'Only src/storage/ may import @azure/cosmos.'),
            pattern(
              ['**/storage/**', '**/teams/**', '**/scheduler/**', '**/app', '**/config'],
              'Replies reach data through services (teams -> replies -> services -> domain).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**', 'src/scheduler/**', 'src/exports/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(sdk, 'Only src/teams/ may import the Teams SDK.'),
            pattern(['**/teams/**'], 'Storage does not know Teams.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/teams/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(cosmos, 'Only src/storage/ may import @azure/cosmos.')] },
      ],
    },
  },
  {
    files: ['test/**', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
