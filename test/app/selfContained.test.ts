/**
 * A clone of the project alone must test itself: no test, tool or product file reaches outside
 * the repository for fixtures (the team's shared folder is not there on a user's machine).
 * Fixtures are copied into test/fixtures/ and found through test/helpers/fixtures.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, SEED_XLSX, TARGETS_TSV, ACTUALS_TSV } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['src', 'test', 'tools', 'bin'];
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (full === FIXTURES) continue;
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(name)) out.push(full);
  }
  return out;
}

describe('the repository tests itself', () => {
  it('no source file refers to the shared folder outside the repository', () => {
    // Built from parts so this file does not match itself.
    const outside = new RegExp(['\\.\\.', 'shared'].join('[\\\\/]'));
    const offenders = SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .filter((file) => outside.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the fixtures the suites read are inside test/fixtures', () => {
    for (const file of [SEED_XLSX, TARGETS_TSV, ACTUALS_TSV]) {
      expect(path.relative(ROOT, file).startsWith(path.join('test', 'fixtures'))).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(0);
    }
  });

  it('the README and docs/ cite the rules in docs/rules.md, by sections that exist, never the spec folder outside', () => {
    const rules = readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    const sections = new Set([...rules.matchAll(/^## (\d+)\./gm)].map((m) => m[1]));
    const outside = new RegExp(['\\.\\.', 'shared'].join('[\\\\/]'));
    const docs = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];
    const problems: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      if (outside.test(text)) problems.push(`${doc}: refers to the shared folder`);
      if (/DOMAIN\.md/.test(text)) problems.push(`${doc}: cites DOMAIN.md, which a clone does not have`);
      for (const m of text.matchAll(/rules(?:\.md)? §(\d+)/g)) if (!sections.has(m[1] ?? '')) problems.push(`${doc}: cites rules §${m[1]}`);
    }
    expect(sections.size).toBeGreaterThanOrEqual(11);
    expect(problems).toEqual([]);
  });
});
