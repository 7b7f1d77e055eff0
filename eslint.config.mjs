// ESLint flat config: strict TypeScript, zero warnings, and the layer rules of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const engineLayers = ['src/domain/**', 'src/workbook/**', 'src/app/**'];

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', '**/*.js', '**/*.mjs', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: engineLayers,
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'The engine is UI-free: React lives in src/taskpane only.' },
            { group: ['exceljs'], message: 'The engine never touches files: ExcelJS lives in src/hosts/xlsx only.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The engine runs in Excel too: no Node modules below src/hosts and src/cli.' },
            { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'Layers import downwards only (ARCHITECTURE.md): doors and hosts depend on the engine, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path'], message: 'src/domain is pure: no UI, files or Node.' },
            { group: ['**/workbook/**', '**/app/**', '**/hosts/**', '**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'src/domain is the bottom layer: it imports nothing above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/workbook/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path'], message: 'src/workbook is pure: no UI, files or Node.' },
            { group: ['**/app/**', '**/hosts/**', '**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'src/workbook sits below src/app and the doors.' },
          ],
        },
      ],
    },
  },
);
