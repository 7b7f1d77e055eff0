/** The README's glossary is the code's glossary, and the README keeps the two commands. */
import fs from 'node:fs';
import path from 'node:path';
import { GLOSSARY } from '../../src/domain/glossary';

const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

describe('README', () => {
  test.each(GLOSSARY.map((g) => [g.zh, g.code, g.en]))('lists %s as %s', (zh, code, en) => {
    expect(readme).toContain(`| ${zh} | \`${code}\` | ${en} |`);
  });

  test('shows the two commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});
