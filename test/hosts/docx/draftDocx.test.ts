/**
 * The draft report as .docx: A4, 公文 fonts with the East-Asian font on every run, and the same text
 * as the 评价报告（草稿） sheet — checked by converting it to PDF with LibreOffice headless and reading
 * the PDF back with pdftotext (both installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { evaluateSnapshot } from '../../../src/app/useCases';
import { WORKBENCH } from '../../../src/app/workbench';
import type { DraftDocument } from '../../../src/domain/workbench/draft/draftTypes';
import { draftPlainText } from '../../../src/domain/workbench/draft/draftText';
import { draftDocx, draftFileName } from '../../../src/hosts/docx/draftDocx';
import { SEED_XLSX, readSnapshot } from '../../helpers/fixtures';

/** Text without whitespace and without the page numbers of the footer (`— 3 —`). */
function comparable(text: string): string {
  return text.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
}

function documentXml(bytes: Uint8Array): string {
  const part = unzipSync(bytes)['word/document.xml'];
  if (!part) throw new Error('no word/document.xml');
  return strFromU8(part);
}

// Both variants: the self-evaluation draft and the seed's own (tracking) monitoring draft.
describe.each([
  ['selfEvaluation', '2021年度招商引资专项项目绩效自评报告（草稿）.docx'],
  ['tracking', '2021年度招商引资专项项目绩效运行监控报告（草稿）.docx'],
] as const)('the %s draft report as .docx', (mode, fileName) => {
  let draft: DraftDocument;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const result = evaluateSnapshot(await readSnapshot(SEED_XLSX), { workbench: WORKBENCH, mode });
    if (!result.draft) throw new Error('no draft');
    draft = result.draft;
    bytes = await draftDocx(draft);
  });

  test('A4 with 公文 margins; every run names its East-Asian font; blanks highlighted', () => {
    const xml = documentXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="2098"[^>]*w:bottom="1984"[^>]*w:left="1587"[^>]*/);
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs.filter((r) => r.includes('<w:t'))) expect(run).toMatch(/w:eastAsia="(仿宋|黑体|楷体)"/);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体"');
    expect(xml).toMatch(/<w:sz w:val="32"\/>/); // 三号
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?【请补充/);
  });

  test('is named after the title', () => {
    expect(draft.mode).toBe(mode);
    expect(draftFileName(draft)).toBe(fileName);
  });

  test('opens in LibreOffice headless and reads back as the same text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'draft-docx-'));
    const docx = path.join(dir, 'draft.docx');
    writeFileSync(docx, bytes);
    // A profile of its own: another soffice running on the machine must not take the conversion.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'pipe', timeout: 240_000 },
    );
    const pdf = path.join(dir, 'draft.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, path.join(dir, 'draft.txt')]);
    const text = readFileSync(path.join(dir, 'draft.txt'), 'utf8');
    expect(comparable(text)).toBe(comparable(draftPlainText(draft)));
  }, 300_000);
});
