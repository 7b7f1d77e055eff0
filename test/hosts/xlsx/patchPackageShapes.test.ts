/**
 * Package shapes met in other programs' files: two entries whose names differ only in case (OPC says
 * they are the same part; POI's corpus has one), and strict OOXML, which the writer names as such.
 */
import { entryContent } from '../../../src/hosts/xlsx/zipArchive';
import { partText, rebuildZip, recomputeWith, seedBytes, zipEntries } from './patchKit';

const SELECTED = '<sheetView tabSelected="1" workbookViewId="0"/>';

describe('entries whose names differ only in case', () => {
  it('edits exactly the entry a relationship names and copies the other as it was', async () => {
    const seed = await seedBytes();
    const withView = (text: string): string => text.replace('<sheetFormatPr', `<sheetViews>${SELECTED}</sheetViews><sheetFormatPr`);
    const twin = withView(partText(seed, 'xl/worksheets/sheet1.xml')).replace('项目', '别的');
    const input = rebuildZip(seed, (name, text) => (name === 'xl/worksheets/sheet1.xml' ? withView(text) : undefined), [{ name: 'xl/worksheets/Sheet1.xml', content: twin }]);
    const saved = await recomputeWith(input);
    expect(saved.mode).toBe('patch');
    const names = zipEntries(saved.bytes).map((e) => e.name);
    expect(names.filter((n) => n.toLowerCase() === 'xl/worksheets/sheet1.xml')).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/Sheet1.xml']);
    // The named part lost its selected tab (the form is selected now); its twin is untouched.
    expect(partText(saved.bytes, 'xl/worksheets/sheet1.xml')).toBe(partText(input, 'xl/worksheets/sheet1.xml').replace(' tabSelected="1"', ''));
    const twinIn = zipEntries(input).find((e) => e.name === 'xl/worksheets/Sheet1.xml');
    const twinOut = zipEntries(saved.bytes).find((e) => e.name === 'xl/worksheets/Sheet1.xml');
    expect(twinOut && twinIn && twinOut.data.equals(twinIn.data)).toBe(true);
    expect(twinOut && entryContent(twinOut).toString('utf8')).toBe(twin);
  });
});

describe('strict OOXML', () => {
  it('is left to ExcelJS with its own reason', async () => {
    const strict = rebuildZip(await seedBytes(), (name, text) =>
      name === '_rels/.rels'
        ? text.replace('http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument')
        : undefined,
    );
    expect(await recomputeWith(strict)).toMatchObject({ mode: 'exceljs', reason: 'strictOoxml' });
  });
});
