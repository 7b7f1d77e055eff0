/**
 * Parity of the two doors (issue 3): the seed workbook recomputed through the Office host (over the
 * fake Excel's API, and over the real office.js client) and through the .xlsx host (saved and
 * reopened) yields the same output cells — values, number formats and merges — and both leave the
 * input sheets as they were.
 */
import type { SheetGrid } from '../../src/domain/grid';
import type { WorkbookSnapshot } from '../../src/app/ports';
import { recompute } from '../../src/app/useCases';
import { OUTPUT_SHEET_NAMES } from '../../src/domain/output/planTypes';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { snapshotOfFake } from '../fakeExcel';
import { SEED_XLSX } from '../helpers/fixtures';
import { cellsOf, KITS, overKit } from './office/officeTestKit';
import { WORKBENCH } from '../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
// The seed as a self-evaluation (its 评价类型 would make it a tracking report): the 自评表 is compared.
const FULL = { workbench: WORKBENCH, mode: 'selfEvaluation' } as const;

// A self-evaluation writes every output but the tracking form (绩效运行监控表).
const OUTPUTS = Object.values(OUTPUT_SHEET_NAMES).filter((name) => name !== OUTPUT_SHEET_NAMES.monitor);

function sheet(snapshot: WorkbookSnapshot, name: string): SheetGrid {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function merges(grid: SheetGrid): string[] {
  return grid.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
}

let viaXlsx: WorkbookSnapshot;
let input: WorkbookSnapshot;

beforeAll(async () => {
  const file = await XlsxHost.open(SEED_XLSX);
  input = await file.read();
  await recompute(file, FULL);
  viaXlsx = await (await XlsxHost.fromBuffer(await file.toBuffer())).read();
});

describe.each(KITS)('Office host (over the $name) and .xlsx host write the same outputs', (kit) => {
  let viaOffice: WorkbookSnapshot;

  beforeAll(async () => {
    const office = overKit(kit).officeOverSnapshot(input);
    await recompute(office.host, FULL);
    viaOffice = snapshotOfFake(office.fake);
  });

  test('the same sheets, inputs first, then the four outputs, owned by the add-in', () => {
    const inputs = input.sheets.map((s) => s.name);
    expect(viaXlsx.sheets.map((s) => s.name)).toEqual([...inputs, ...OUTPUTS]);
    expect(viaOffice.sheets.map((s) => s.name)).toEqual([...inputs, ...OUTPUTS]);
    expect([...viaXlsx.ownedSheets].sort()).toEqual([...OUTPUTS].sort());
    expect([...viaOffice.ownedSheets].sort()).toEqual([...OUTPUTS].sort());
  });

  test.each(OUTPUTS.map((n) => [n]))('%s: same values, number formats and merges', (name) => {
    const a = sheet(viaXlsx, name);
    const b = sheet(viaOffice, name);
    expect(cellsOf(b)).toEqual(cellsOf(a));
    expect(merges(b)).toEqual(merges(a));
    expect(Object.keys(cellsOf(a)).length).toBeGreaterThan(10);
  });

  test('the form holds 62.5 and 中 in both', () => {
    for (const snap of [viaXlsx, viaOffice]) {
      const values = sheet(snap, '绩效自评表').values.flat();
      expect(values).toContain(62.5);
      expect(values).toContain('中');
    }
  });

  test('input sheets are untouched by both doors', () => {
    for (const grid of input.sheets) {
      expect(cellsOf(sheet(viaXlsx, grid.name))).toEqual(cellsOf(grid));
      expect(cellsOf(sheet(viaOffice, grid.name))).toEqual(cellsOf(grid));
      expect(merges(sheet(viaXlsx, grid.name))).toEqual(merges(grid));
      expect(merges(sheet(viaOffice, grid.name))).toEqual(merges(grid));
    }
  });
});
