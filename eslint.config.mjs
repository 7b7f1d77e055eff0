// ESLint flat config: strict TypeScript, zero warnings, and the layer rules of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const engineLayers = ['src/domain/**', 'src/workbook/**', 'src/app/**'];

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', '**/*.js', '**/*.mjs', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Type-aware: the rules below need the types (tsconfig.json covers src, test and tools).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // A switch over a closed union names every member (ARCHITECTURE.md: unions end in an exhaustiveness check).
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // A promise is awaited, returned or explicitly `void`ed: an Excel.run or a save never fails unheard.
      '@typescript-eslint/no-floating-promises': 'error',
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
    // The pane and the ribbon run inside Excel's browser runtime.
    files: ['src/taskpane/**', 'src/commands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hosts/xlsx/**', 'exceljs'], message: 'The pane runs inside Excel: it reaches the workbook through the Office host (src/hosts/office); the .xlsx host needs Node and ExcelJS, which the browser has not (and the bundle budget cannot carry).' },
            { group: ['**/cli/**'], message: 'The pane is a door of its own: the command line (src/cli) is another door, never a library of the pane.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/hosts/office/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hosts/xlsx/**', '**/xlsx/**', 'exceljs'], message: 'The Office host runs inside Excel and talks Office.js only: the .xlsx host (files, ExcelJS) belongs to the command line. Shared rules live in src/app or below.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'zlib', 'util'], message: 'The Office host runs in Excel\'s browser runtime: no Node modules.' },
            { group: ['**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'Hosts sit below the doors (ARCHITECTURE.md): a door uses a host, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hosts/office/**'], message: 'The command line works on .xlsx files through src/hosts/xlsx; the Office host needs a running Excel (Office.js), which a terminal has not.' },
            { group: ['**/taskpane/**', '**/commands/**', 'react', 'react-dom', '@fluentui/*'], message: 'The command line is a door of its own: the pane and the ribbon (React, Fluent) are another door.' },
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
