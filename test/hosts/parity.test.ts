/**
 * Parity of the two doors (issue 3): the seed workbook recomputed through the Office host (over the
 * fake Excel's API, and over the real office.js client) and through the .xlsx host (saved and
 * reopened) yields the same output cells — values, number formats and merges — and both leave the
 * input sheets as they were. In both modes: the self-evaluation (the 绩效自评表) and the seed's own,
 * tracking (the 绩效运行监控表, DOMAIN.md §9), whose form must also print the same way from both hosts
 * (paper, orientation, fit, centring, gridlines, print area, title rows, footer, breaks, margins).
 */
import ExcelJS from 'exceljs';
import type { FakePageState } from '../fakeExcel/fakeWorkbook';
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

/** How a sheet prints, in one shape for both hosts (margins in inches). */
interface Printed {
  readonly paper: string;
  readonly orientation: string;
  readonly fitToWidth: number | undefined;
  readonly fitToHeight: number | undefined;
  readonly centered: boolean | undefined;
  readonly gridlines: boolean | undefined;
  readonly printArea: string | undefined;
  readonly titleRows: string | undefined;
  readonly footer: string | undefined;
  readonly rowBreaks: readonly number[];
  readonly margins: Readonly<Record<string, number | undefined>>;
}

/** The .xlsx host's page setup as ExcelJS reads it back from the saved file. */
function printedInXlsx(ws: ExcelJS.Worksheet): Printed {
  const p = ws.pageSetup;
  const breaks = (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? [];
  return {
    paper: p.paperSize === 9 ? 'A4' : String(p.paperSize),
    orientation: String(p.orientation),
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    centered: p.horizontalCentered,
    gridlines: p.showGridLines,
    printArea: p.printArea,
    titleRows: p.printTitlesRow,
    footer: ws.headerFooter.oddFooter?.replace(/^&C/, ''),
    // A break after row N (1-based) is a break above row N (0-based).
    rowBreaks: breaks.map((b) => b.id),
    margins: { ...p.margins },
  };
}

/** The Office host's page layout as the fake Excel keeps it (points). */
function printedInOffice(page: FakePageState): Printed {
  const inches = (pt: number | undefined): number | undefined => (pt === undefined ? undefined : Math.round((pt / 72) * 1000) / 1000);
  const m = page.margins ?? {};
  return {
    paper: page.paperSize ?? '',
    orientation: (page.orientation ?? '').toLowerCase(),
    fitToWidth: page.zoom?.horizontalFitToPages,
    fitToHeight: page.zoom?.verticalFitToPages,
    centered: page.centerHorizontally,
    gridlines: page.printGridlines,
    printArea: page.printArea,
    titleRows: page.printTitleRows?.replace(/\$/g, ''),
    footer: page.centerFooter,
    rowBreaks: page.rowBreaks,
    margins: { left: inches(m.left), right: inches(m.right), top: inches(m.top), bottom: inches(m.bottom), header: inches(m.header), footer: inches(m.footer) },
  };
}

describe('tracking mode (the seed\'s own): both hosts write the same 绩效运行监控表', () => {
  const MONITOR = OUTPUT_SHEET_NAMES.monitor;
  // A tracking run writes every output but the 自评表.
  const TRACKED = Object.values(OUTPUT_SHEET_NAMES).filter((name) => name !== OUTPUT_SHEET_NAMES.form);
  let trackedXlsx: WorkbookSnapshot;
  let xlsxPrint: Printed;

  beforeAll(async () => {
    const file = await XlsxHost.open(SEED_XLSX);
    const result = await recompute(file, { workbench: WORKBENCH });
    expect(result.evaluation.mode).toBe('tracking');
    const bytes = await file.toBuffer();
    trackedXlsx = await (await XlsxHost.fromBuffer(bytes)).read();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(MONITOR);
    if (!ws) throw new Error(`no sheet ${MONITOR}`);
    xlsxPrint = printedInXlsx(ws);
  });

  describe.each(KITS)('Office host (over the $name)', (kit) => {
    let viaOffice: WorkbookSnapshot;
    let officePrint: Printed;

    beforeAll(async () => {
      const office = overKit(kit).officeOverSnapshot(input);
      await recompute(office.host, { workbench: WORKBENCH });
      viaOffice = snapshotOfFake(office.fake);
      officePrint = printedInOffice(office.fake.workbook.sheet(MONITOR).page);
    });

    test('the same sheets, the 监控表 in the 自评表\'s place', () => {
      const inputs = input.sheets.map((s) => s.name);
      expect(trackedXlsx.sheets.map((s) => s.name)).toEqual([...inputs, ...TRACKED]);
      expect(viaOffice.sheets.map((s) => s.name)).toEqual([...inputs, ...TRACKED]);
    });

    test.each(TRACKED.map((n) => [n]))('%s: same values, number formats and merges', (name) => {
      const a = sheet(trackedXlsx, name);
      const b = sheet(viaOffice, name);
      expect(cellsOf(b)).toEqual(cellsOf(a));
      expect(merges(b)).toEqual(merges(a));
      expect(Object.keys(cellsOf(a)).length).toBeGreaterThan(10);
    });

    test('the 监控表 holds the §9 figures in both: 75.6441 in 0.00##, +4.70, 绿灯, 70.87 beside 62.5', () => {
      for (const snap of [trackedXlsx, viaOffice]) {
        const cells = Object.values(cellsOf(sheet(snap, MONITOR)));
        expect(cells).toContainEqual({ value: 75.6441, format: '0.00##' });
        expect(cells).toContainEqual({ value: 4.7, format: '+0.00;-0.00;0.00' });
        expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(['绿灯', 70.87, 62.5]));
      }
    });

    test('the 监控表 prints the same from both: A4 landscape, one page, its header repeated, the footer', () => {
      expect(officePrint).toEqual(xlsxPrint);
      expect(xlsxPrint).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 1, centered: true, gridlines: false, footer: '第 &P 页 共 &N 页' });
      expect(xlsxPrint.printArea).toMatch(/^A1:L\d+$/);
      expect(xlsxPrint.titleRows).toMatch(/^\d+:\d+$/);
    });
  });
});
