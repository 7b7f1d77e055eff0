/**
 * The patching writer writes XML that every reader opens, whatever prefixes the input uses.
 * Regression: openpyxl declares the relationships namespace on each `<sheet>`, not on `<workbook>`;
 * the writer used to add `<sheet … r:id>` relying on a root declaration, and LibreOffice, openpyxl and
 * Excel refused the output (an unbound prefix). Now every part it writes is checked with a real
 * namespace-aware parser, and what it adds uses the prefixes in scope or declares its own.
 */
import { readFile } from 'node:fs/promises';
import { evaluateSnapshot, recompute } from '../../../src/app/useCases';
import { WORKBENCH } from '../../../src/app/workbench';
import { EMPTY_RECORD } from '../../../src/app/workbookRecord';
import type { WritePlan } from '../../../src/domain/output/planTypes';
import { type PatchResult, patchPackage } from '../../../src/hosts/xlsx/patch/patchPackage';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { OUTPUT_SHEET_NAMES } from '../../../src/domain/output/planTypes';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { RESAVED_SEEDS, SEED_OUTPUTS } from '../../helpers/fixtures';
import { elementsOf, xmlProblem } from '../../helpers/xmlWellFormed';
import { partText, rebuildZip, recomputeWith, seedBytes, zipEntries } from './patchKit';
import { entryContent } from '../../../src/hosts/xlsx/zipArchive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** What a run on the seed adds: its outputs (a tracking report's, test/helpers/fixtures.ts) and the record. */
const NEW_SHEETS = [...SEED_OUTPUTS, META_SHEET_NAME];

/** Every XML part of the package with its first namespace problem (none expected). */
function problems(zip: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of zipEntries(zip)) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const problem = xmlProblem(entryContent(e).toString('utf8'));
    if (problem !== undefined) out[e.name] = problem;
  }
  return out;
}

/** The `<sheet>` elements of the workbook part, resolved: name → namespace of its id attribute and the id. */
function sheetIds(zip: Buffer): Map<string, { uri: string; local: string; id: string | undefined; idUri: string | undefined }> {
  const sheets = elementsOf(partText(zip, 'xl/workbook.xml')).filter((e) => e.local === 'sheet');
  return new Map(sheets.map((s) => [s.attributes['name']?.value ?? '', { uri: s.uri, local: s.local, id: s.attributes['id']?.value, idUri: s.attributes['id']?.uri }]));
}

function patchedBytes(result: PatchResult): Buffer {
  if (result.kind !== 'patched') throw new Error(`gave up: ${result.reason}`);
  return result.bytes;
}

async function expectScore(bytes: Buffer): Promise<void> {
  const { report } = await recompute(await XlsxHost.fromBuffer(bytes));
  expect([report.total, report.grade, report.provisional]).toEqual([62.5, '中', true]);
}

describe('a workbook saved by openpyxl (xmlns:r on each <sheet>)', () => {
  let input: Buffer;
  beforeAll(async () => {
    input = await readFile(RESAVED_SEEDS.openpyxl);
    // The regression's precondition: no root declaration of the relationships namespace.
    expect(partText(input, 'xl/workbook.xml')).not.toMatch(/<workbook[^>]*xmlns:r=/);
  });

  it('is patched into a package whose every part is namespace-well-formed, new sheets carrying their own declaration', async () => {
    const saved = await recomputeWith(input);
    expect(saved.mode).toBe('patch');
    expect(problems(saved.bytes)).toEqual({});
    const ids = sheetIds(saved.bytes);
    for (const name of NEW_SHEETS) expect(ids.get(name)).toMatchObject({ uri: MAIN, local: 'sheet', idUri: RELS });
    await expectScore(saved.bytes);
  });

  it('is patched again on its own output to the very same bytes', async () => {
    const first = await recomputeWith(input);
    const second = await recomputeWith(first.bytes);
    expect(second.mode).toBe('patch');
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });
});

describe('prefixes the writer must follow', () => {
  let seed: Buffer;
  let plan: WritePlan;
  let plain: Buffer;
  beforeAll(async () => {
    seed = await seedBytes();
    plan = evaluateSnapshot(await (await XlsxHost.fromBuffer(seed)).read(), { workbench: WORKBENCH }).plan;
    plain = patchedBytes(await patchPackage(seed, plan, EMPTY_RECORD));
  });

  it('uses the prefix the workbook binds to the relationships namespace, even when `r` means something else', async () => {
    const renamed = rebuildZip(seed, (name, text) => {
      if (name !== 'xl/workbook.xml') return undefined;
      return text.replace(`xmlns:r="${RELS}"`, `xmlns:rel="${RELS}" xmlns:r="urn:example:not-relationships"`).replace(/ r:id=/g, ' rel:id=');
    });
    expect(xmlProblem(partText(renamed, 'xl/workbook.xml'))).toBeUndefined();
    const saved = patchedBytes(await patchPackage(renamed, plan, EMPTY_RECORD));
    expect(problems(saved)).toEqual({});
    for (const name of NEW_SHEETS) expect(sheetIds(saved).get(name)).toMatchObject({ idUri: RELS });
    expect(partText(saved, 'xl/workbook.xml')).toContain(`<sheet name="${OUTPUT_SHEET_NAMES.monitor}" sheetId="5" rel:id=`);
  });

  it('writes into a workbook, style sheet, relationships and content types that prefix their namespace (x:) what it writes into plain ones', async () => {
    const EDITED: Readonly<Record<string, string>> = {
      'xl/workbook.xml': MAIN,
      'xl/styles.xml': MAIN,
      'xl/_rels/workbook.xml.rels': 'http://schemas.openxmlformats.org/package/2006/relationships',
      '[Content_Types].xml': 'http://schemas.openxmlformats.org/package/2006/content-types',
    };
    const prefixed = rebuildZip(seed, (name, text) => {
      const uri = EDITED[name];
      return uri === undefined ? undefined : text.replace(`xmlns="${uri}"`, `xmlns:x="${uri}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2');
    });
    expect(partText(prefixed, 'xl/styles.xml')).toMatch(/^<\?xml[^>]*>\s*<x:styleSheet /);
    expect(problems(prefixed)).toEqual({});
    const saved = patchedBytes(await patchPackage(prefixed, plan, EMPTY_RECORD));
    expect(problems(saved)).toEqual({});
    for (const [name, uri] of Object.entries(EDITED)) {
      // Taking the prefix away again gives exactly what the writer makes of the plain part.
      const unprefixed = partText(saved, name).replace(`xmlns:x="${uri}"`, `xmlns="${uri}"`).replace(/<(\/?)x:/g, '<$1');
      expect(unprefixed).toBe(partText(plain, name));
    }
  });
});

describe('a part that is not namespace-well-formed', () => {
  it('is left to ExcelJS, with the reason, and never written further broken', async () => {
    const broken = rebuildZip(await seedBytes(), (name, text) => (name === 'xl/workbook.xml' ? text.replace('<workbookPr', '<q:workbookPr') : undefined));
    expect(xmlProblem(partText(broken, 'xl/workbook.xml'))).toMatch(/unbound namespace prefix/);
    const saved = await recomputeWith(broken);
    expect(saved).toMatchObject({ mode: 'exceljs', reason: 'malformedPart' });
    expect(problems(saved.bytes)).toEqual({});
  });
});
