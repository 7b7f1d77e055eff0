/**
 * The guard rails of eslint.config.mjs fire: small temporary files, each breaking one rule, are linted
 * through the ESLint API with the project's own configuration (type-aware, as `npm run lint`), and each
 * gets exactly the error, with the message that says why; a file keeping to the layers gets none.
 * ESLint loads its flat config with a dynamic import, which jest's sandbox does not allow: the API
 * runs in a child node process and answers in JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PROBE = `__lintProbe${process.pid}.ts`;

interface Probe {
  readonly dir: string;
  readonly code: string;
  /** [rule, a piece of its message] for every error the file must get. */
  readonly expected: readonly (readonly [string, string])[];
}

const PROBES: Readonly<Record<string, Probe>> = {
  paneImportsXlsxHost: {
    dir: 'src/taskpane',
    code: "import { XlsxHost } from '../hosts/xlsx/xlsxHost';\nexport const host = XlsxHost;\n",
    expected: [['no-restricted-imports', 'The pane runs inside Excel: it reaches the workbook through the Office host']],
  },
  ribbonImportsExcelJs: {
    dir: 'src/commands',
    code: "import ExcelJS from 'exceljs';\nexport const workbook = ExcelJS.Workbook;\n",
    expected: [['no-restricted-imports', 'the .xlsx host needs Node and ExcelJS']],
  },
  officeHostImportsXlsxHost: {
    dir: 'src/hosts/office',
    code: "import { patchPackage } from '../xlsx/patch/patchPackage';\nexport const patch = patchPackage;\n",
    expected: [['no-restricted-imports', 'The Office host runs inside Excel and talks Office.js only']],
  },
  officeHostImportsNode: {
    dir: 'src/hosts/office',
    code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    expected: [['no-restricted-imports', "The Office host runs in Excel's browser runtime: no Node modules."]],
  },
  cliImportsOfficeHost: {
    dir: 'src/cli',
    code: "import { createOfficeHost } from '../hosts/office/officeHost';\nexport const create = createOfficeHost;\n",
    expected: [['no-restricted-imports', 'the Office host needs a running Excel (Office.js), which a terminal has not']],
  },
  appImportsHost: {
    dir: 'src/app',
    code: "import { XlsxHost } from '../hosts/xlsx/xlsxHost';\nexport const host = XlsxHost;\n",
    expected: [['no-restricted-imports', 'Layers import downwards only']],
  },
  switchMissesAMember: {
    dir: 'test/build',
    code: [
      "type Mode = 'patch' | 'exceljs' | 'source';",
      'export function label(mode: Mode): string {',
      '  switch (mode) {',
      "    case 'patch':",
      "      return 'patched';",
      "    case 'exceljs':",
      "      return 'rewritten';",
      '    default:',
      "      return '?';",
      '  }',
      '}',
      '',
    ].join('\n'),
    expected: [['@typescript-eslint/switch-exhaustiveness-check', 'Cases not matched: "source"']],
  },
  floatingPromise: {
    dir: 'test/build',
    code: 'async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n',
    expected: [['@typescript-eslint/no-floating-promises', 'Promises must be awaited']],
  },
  keepsToTheLayers: {
    dir: 'src/taskpane',
    code: "import { recompute } from '../app/useCases';\nimport { sharedOfficeHost } from '../hosts/office/sharedHost';\nexport const parts = [recompute, sharedOfficeHost];\nexport async function run(): Promise<void> {\n  await Promise.resolve();\n}\n",
    expected: [],
  },
};

const files = new Map(Object.entries(PROBES).map(([name, probe]) => [name, path.join(ROOT, probe.dir, `${name}${PROBE}`)]));

afterAll(() => {
  for (const file of files.values()) rmSync(file, { force: true });
});

it('each guard rail fires on the file that breaks it, with its reason, and on nothing else', () => {
  for (const [name, file] of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, PROBES[name]?.code ?? '');
    // Dated in the past, so the bundle test's "sources newer than the build?" check never sees them.
    utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
  }
  const script = [
    "const { ESLint } = require('eslint');",
    'new ESLint({ cwd: process.cwd() }).lintFiles(process.argv.slice(1))',
    '  .then((results) => process.stdout.write(JSON.stringify(results.map((r) => ({ filePath: r.filePath, messages: r.messages.map((m) => [m.ruleId ?? "parse", m.message]) })))))',
    '  .catch((error) => { process.stderr.write(String(error)); process.exit(1); });',
  ].join('\n');
  const run = spawnSync(process.execPath, ['-e', script, ...files.values()], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  expect(run.stderr).toBe('');
  const results = JSON.parse(run.stdout) as { filePath: string; messages: [string, string][] }[];
  const byFile = new Map(results.map((r) => [r.filePath, r.messages]));
  for (const [name, file] of files) {
    const messages = byFile.get(file) ?? [];
    const expected = PROBES[name]?.expected ?? [];
    expect({ name, rules: messages.map(([rule]) => rule) }).toEqual({ name, rules: expected.map(([rule]) => rule) });
    expected.forEach(([, text], i) => expect(messages[i]?.[1]).toContain(text));
  }
}, 300_000);
