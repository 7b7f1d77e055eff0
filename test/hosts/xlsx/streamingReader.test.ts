/**
 * The streaming reader (src/hosts/xlsx/read/) on packages written here by hand, for what ExcelJS cannot
 * write: inline and rich strings, rows and cells without `r`, ISO dates, the 1904 date system, strict and
 * prefixed namespaces, UTF-16 parts, OOXML escapes, hostile XML and zip bombs.
 */
import { deflateSync, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { readPackage } from '../../../src/hosts/xlsx/read/readPackage';
import { PackageReadError } from '../../../src/hosts/xlsx/read/readErrors';
import { DEFAULT_LIMITS } from '../../../src/hosts/xlsx/read/limits';
import type { SheetGrid } from '../../../src/domain/grid';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

interface PackageSpec {
  readonly sheets: readonly { name: string; xml: string; state?: string; kind?: string }[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly date1904?: boolean;
  readonly strict?: boolean;
  readonly extra?: Zippable;
}

function build(spec: PackageSpec): Uint8Array {
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const rel = spec.strict ? STRICT_REL : REL;
  const relType = (kind: string): string => (spec.strict ? `${STRICT_REL}/${kind}` : `${REL}/${kind}`);
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const rels = spec.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${relType(s.kind ?? 'worksheet')}" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (spec.sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${relType('sharedStrings')}" Target="sharedStrings.xml"/>`);
  if (spec.styles) rels.push(`<Relationship Id="rIdT" Type="${relType('styles')}" Target="/xl/styles.xml"/>`);
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${main}" xmlns:r="${rel}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`),
    ...spec.extra,
  };
  spec.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  if (spec.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(spec.sharedStrings);
  if (spec.styles) files['xl/styles.xml'] = strToU8(spec.styles);
  return zipSync(files);
}

function sheetXml(sheetData: string, after = '', main = MAIN): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

function only(bytes: Uint8Array): SheetGrid {
  const sheet = readPackage(bytes).sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function reason(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof PackageReadError) return error.reason;
    throw error;
  }
  return 'read';
}

const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0\\%"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="31"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>`;

describe('the streaming reader: cell values', () => {
  it('reads every cell type: numbers, shared, inline and formula strings, booleans, errors, ISO dates', () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>接洽客商</t></si><si><r><t>满意</t></r><r><rPr><b/></rPr><t xml:space="preserve">度 </t></r><rPh sb="0" eb="1"><t>マン</t></rPh></si><si><t>a_x000D_b_x005F_x000D_</t></si><si/></sst>`;
    const cells = [
      '<c r="A1"><v>42.5</v></c>',
      '<c r="B1" t="s"><v>0</v></c>',
      '<c r="C1" t="s"><v>1</v></c>',
      '<c r="D1" t="inlineStr"><is><t>行内</t></is></c>',
      '<c r="E1" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c>',
      '<c r="F1" t="str"><f>A1&amp;""</f><v>公式 &amp; 文本</v></c>',
      '<c r="G1" t="b"><v>1</v></c>',
      '<c r="H1" t="b"><v>0</v></c>',
      '<c r="I1" t="e"><v>#N/A</v></c>',
      '<c r="J1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
      '<c r="K1" t="d"><v>2021-07-31</v></c>',
      '<c r="L1"><f>SUM(1,2)</f><v>3</v></c>',
      '<c r="M1"><f>X1</f></c>',
      '<c r="N1" t="s"><v>2</v></c>',
      '<c r="O1" t="s"><v>3</v></c>',
      '<c r="P1" t="s"><v>99</v></c>',
    ].join('');
    const sheet = only(build({ sheets: [{ name: 'S', xml: sheetXml(`<row r="1">${cells}</row>`) }], sharedStrings: sst }));
    expect(sheet.values[0]).toEqual([
      42.5,
      '接洽客商',
      '满意度 ',
      '行内',
      '富文本',
      '公式 & 文本',
      true,
      false,
      { error: '#N/A' },
      { error: '#DIV/0!' },
      44408,
      3,
      null,
      'a\rb_x000D_',
      '',
    ]);
    expect(sheet.numberFormats[0]?.[10]).toBe('yyyy-mm-dd');
  });

  it('places rows and cells without an r attribute after the previous one', () => {
    const xml = sheetXml('<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c r="B5"><v>5</v></c></row>');
    expect(only(build({ sheets: [{ name: 'S', xml }] })).values).toEqual([[1, 2], [], [], [null, null, 3, 4], [null, 5]]);
  });

  it('gives number formats from the styles: custom, built in, the zh-CN date ids, backslashes kept', () => {
    const row = '<row r="1"><c r="A1" s="1"><v>44408</v></c><c r="B1" s="2"><v>0.95</v></c><c r="C1" s="3"><v>44408</v></c><c r="D1" s="4"><v>95</v></c><c r="E1" s="5"><v>44408</v></c><c r="F1" s="0"><v>1</v></c><c r="G1" s="9"><v>2</v></c></row>';
    const sheet = only(build({ sheets: [{ name: 'S', xml: sheetXml(row) }], styles: STYLES }));
    expect(sheet.values[0]).toEqual([44408, 0.95, 44408, 95, 44408, 1, 2]);
    expect(sheet.numberFormats[0]).toEqual(['yyyy"年"m"月"d"日"', '0%', 'yyyy"年"m"月"d"日"', '0\\%', 'mm-dd-yy']);
  });

  it('moves dates of a 1904 workbook to the 1900 serials the engine counts in, and leaves other numbers', () => {
    const row = '<row r="1"><c r="A1" s="1"><v>42946</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1"><v>42946</v></c></row>';
    const sheet = only(build({ sheets: [{ name: 'S', xml: sheetXml(row) }], styles: STYLES, date1904: true }));
    expect(sheet.values[0]).toEqual([44408, 0.5, 42946]);
  });

  it('keeps a merged area value in its top-left cell only', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="C2"><v>4</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    const sheet = only(build({ sheets: [{ name: 'S', xml }] }));
    expect(sheet.values).toEqual([[1], [null, null, 4]]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });
});

describe('the streaming reader: packages', () => {
  it('reads an ISO 29500 strict package and prefixed elements', () => {
    const strict = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>严格</t></is></c></row>', '', STRICT_MAIN);
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const snapshot = readPackage(build({ strict: true, sheets: [{ name: '甲', xml: strict }, { name: '乙', xml: prefixed }] }));
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ['甲', [['严格']]],
      ['乙', [[], [null, 7]]],
    ]);
  });

  it('reads a UTF-16 part', () => {
    const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>十六位</t></is></c></row>').replace('UTF-8', 'UTF-16');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const files = { ...unzipSync(build({ sheets: [{ name: 'S', xml: '' }] })), 'xl/worksheets/sheet1.xml': new Uint8Array(utf16) };
    expect(only(zipSync(files)).values).toEqual([['十六位']]);
  });

  it('lists hidden, very hidden and chart sheets, the latter without cells', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const snapshot = readPackage(
      build({
        sheets: [
          { name: '可见', xml },
          { name: '隐藏', xml, state: 'hidden' },
          { name: '深度隐藏', xml, state: 'veryHidden' },
          { name: '图表', xml, kind: 'chartsheet' },
        ],
      }),
    );
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.values.length])).toEqual([
      ['可见', true, 1],
      ['隐藏', false, 1],
      ['深度隐藏', false, 1],
      ['图表', true, 0],
    ]);
  });

  it('reads the ownership record and, when asked, leaves the owned sheets’ cells unread', () => {
    const record = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>{"ownedSheets":["绩效自评表"]}</t></is></c></row>');
    const xml = sheetXml('<row r="1"><c r="A1"><v>62.5</v></c></row>');
    const bytes = build({ sheets: [{ name: '输入', xml }, { name: '绩效自评表', xml }, { name: '_perfeval_meta', xml: record, state: 'veryHidden' }] });
    const full = readPackage(bytes);
    expect(full.ownedSheets).toEqual(['绩效自评表']);
    expect(full.sheets.map((s) => [s.name, s.values])).toEqual([
      ['输入', [[62.5]]],
      ['绩效自评表', [[62.5]]],
    ]);
    expect(readPackage(bytes, { skipOwned: true }).sheets.map((s) => [s.name, s.values])).toEqual([
      ['输入', [[62.5]]],
      ['绩效自评表', []],
    ]);
  });
});

describe('the streaming reader: hostile packages', () => {
  it('refuses a document type declaration: no entity is expanded or fetched', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
    expect(reason(() => readPackage(build({ sheets: [{ name: 'S', xml: bomb }] })))).toBe('corrupt');
    expect(reason(() => readPackage(build({ sheets: [{ name: 'S', xml: xxe }] })))).toBe('corrupt');
  });

  it('refuses a part that inflates beyond the ratio limit, and a package beyond the size limit', () => {
    const big = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(4_000_000)}`);
    const bytes = build({ sheets: [{ name: 'S', xml: big }] });
    expect(deflateSync(strToU8(big)).length * 200).toBeLessThan(big.length);
    expect(reason(() => readPackage(bytes, { limits: { ...DEFAULT_LIMITS, ratioGraceBytes: 1_000_000 } }))).toBe('ratioLimit');
    expect(reason(() => readPackage(bytes, { limits: { ...DEFAULT_LIMITS, maxTotalBytes: 1_000_000 } }))).toBe('sizeLimit');
    expect(reason(() => readPackage(bytes))).toBe('read');
  });

  it('calls a zip without a workbook part not a workbook, and an ODF zip an .ods', () => {
    expect(reason(() => readPackage(zipSync({ 'a.txt': strToU8('x') })))).toBe('notWorkbook');
    // A spreadsheet's parts without its workbook part is a damaged workbook, not another kind of file.
    expect(reason(() => readPackage(zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') })))).toBe('corrupt');
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') });
    expect(reason(() => readPackage(ods))).toBe('ods');
    expect(reason(() => readPackage(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])))).toBe('truncated');
  });
});
