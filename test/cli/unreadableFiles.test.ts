/**
 * Files the command line cannot read say what they are (DOMAIN.md §8.14): each kind, told by its
 * content and not by its extension, gives exit 2 and one line of its own in zh-CN and en-US that says
 * how to save the file as .xlsx. Fixtures in test/fixtures/unreadable/ (see its README); the
 * password-protected container is written by test/helpers/compoundFile.ts.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { compoundFile } from '../helpers/compoundFile';
import { fixturePath } from '../helpers/fixtures';
import { runCli, tempDir } from './cliHarness';

const dir = tempDir();

function made(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A fixture copied under another name, to show that the content decides, not the extension. */
function renamed(fixture: string, name: string): string {
  const file = path.join(dir, name);
  copyFileSync(fixturePath('unreadable', fixture), file);
  return file;
}

const CASES: readonly { kind: string; file: () => string; zh: string; en: string }[] = [
  { kind: 'a legacy .xls (LibreOffice wrote it from the seed)', file: () => fixturePath('unreadable', 'seed.xls'), zh: '是旧版 Excel 97-2003 工作簿（.xls）', en: 'is a legacy Excel 97-2003 workbook (.xls)' },
  { kind: 'a legacy .xls renamed .xlsx', file: () => renamed('seed.xls', 'renamed.xlsx'), zh: '是旧版 Excel 97-2003 工作簿（.xls）', en: 'is a legacy Excel 97-2003 workbook (.xls)' },
  { kind: 'a WPS .et', file: () => fixturePath('unreadable', 'seed.et'), zh: '是 WPS 表格文件（.et）', en: 'is a WPS Spreadsheets file (.et)' },
  { kind: 'an OpenDocument .ods', file: () => fixturePath('unreadable', 'seed.ods'), zh: '是 OpenDocument 电子表格（.ods）', en: 'is an OpenDocument spreadsheet (.ods)' },
  { kind: 'an .ods renamed .xlsx', file: () => renamed('seed.ods', 'ods-inside.xlsx'), zh: '是 OpenDocument 电子表格（.ods）', en: 'is an OpenDocument spreadsheet (.ods)' },
  {
    kind: 'a password-protected workbook',
    file: () => made('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])),
    zh: '设有打开密码（已加密）',
    en: 'is password-protected (encrypted)',
  },
  { kind: 'a truncated .xlsx', file: () => fixturePath('unreadable', 'seed-truncated.xlsx'), zh: '不完整（文件被截断', en: 'is incomplete (cut short' },
  { kind: 'an HTML table saved as .xls by a web exporter', file: () => fixturePath('unreadable', 'web-export.xls'), zh: '不是 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中打开它', en: 'is not an Excel workbook (.xlsx): open it in Excel or WPS' },
  { kind: 'a Word document', file: () => fixturePath('unreadable', 'notes.docx'), zh: '不是 Excel 工作簿（可能是 Word', en: 'is not an Excel workbook (perhaps a Word' },
  { kind: 'an OLE file that is no workbook', file: () => made('memo.xlsx', compoundFile(['WordDocument'])), zh: '不是 Excel 工作簿（可能是 Word', en: 'is not an Excel workbook (perhaps a Word' },
  {
    kind: 'a binary workbook (.xlsb)',
    file: () => made('book.xlsb', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.bin': new Uint8Array(8) })),
    zh: '是 Excel 二进制工作簿（.xlsb）',
    en: 'is an Excel binary workbook (.xlsb)',
  },
];

describe('files perf-eval cannot read say what they are', () => {
  function oneLine(stderr: string): string {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0] ?? '';
  }

  test.each(CASES.map((c) => [c.kind, c] as const))('%s: exit 2, its own line in both languages', async (_kind, c) => {
    const file = c.file();
    const zh = await runCli('evaluate', file);
    expect([zh.code, zh.stdout]).toEqual([2, '']);
    const zhLine = oneLine(zh.stderr);
    expect(zhLine).toContain(c.zh);
    expect(zhLine).not.toContain('未找到绩效指标表');
    expect(zhLine).toMatch(/另存|选择要评价的 \.xlsx|重新获取|清除密码/);
    const en = await runCli('validate', file, '--lang', 'en-US', '--json');
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(oneLine(en.stderr)).toContain(c.en);
  });

  test('every kind has a line of its own', async () => {
    const lines = new Set<string>();
    for (const c of CASES) lines.add(c.zh);
    expect(lines.size).toBe(CASES.length - 3); // the renamed copies and the second "not a workbook" repeat a kind
  });
});
