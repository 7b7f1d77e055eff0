/**
 * Property of the whole patching writer (fast-check): any small sheet plan the SheetBuilder can make
 * — values, number formats, styled ranges, merges, widths, heights, freeze panes, tab colour — reads
 * back the same whether it was patched into the package or saved through ExcelJS, written as a new
 * sheet or over an owned one.
 */
import fc from 'fast-check';
import type { Worksheet } from 'exceljs';
import type { CellRange } from '../../../src/domain/grid';
import type { CellStyle, PlanValue, SheetPlan } from '../../../src/domain/output/planTypes';
import { SheetBuilder } from '../../../src/domain/output/sheetBuilder';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { comparable, sheetNamed } from './planFixtures';
import { lookOf, recomputeWith, saveWith, seedBytes } from './patchKit';

const FORMATS = ['General', '@', '0.00', '0.00%', '#,##0.00'] as const;
const MAX_ROWS = 8;
const MAX_COLUMNS = 5;
const HEX = fc.constantFrom('#000000', '#C00000', '#DDEBF7', '#2F5597', '#ffffff', '#12ab9F');

const text = fc.oneof(
  fc.constantFrom('项目名称', '=SUM(A1)', '+86', '-1', '@x', ' 前后空格 ', 'a<b&c>"d"', '满意度\n指标', '𠀀😀', '0.5'),
  fc.string({ maxLength: 12 }),
);
const value: fc.Arbitrary<PlanValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.boolean() },
);

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    bold: fc.boolean(),
    italic: fc.boolean(),
    fontSize: fc.constantFrom(9, 10.5, 11, 14, 16),
    fontColor: HEX,
    fill: HEX,
    hAlign: fc.constantFrom('left', 'center', 'right'),
    vAlign: fc.constantFrom('top', 'middle', 'bottom'),
    wrap: fc.boolean(),
    border: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<CellStyle>;

const range = (rows: number, columns: number): fc.Arbitrary<CellRange> =>
  fc
    .tuple(fc.nat(rows - 1), fc.nat(rows - 1), fc.nat(columns - 1), fc.nat(columns - 1))
    .map(([r1, r2, c1, c2]) => ({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) }));

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

interface Cell {
  readonly value: PlanValue;
  readonly format: (typeof FORMATS)[number];
}

const plan = (name: string): fc.Arbitrary<SheetPlan> =>
  fc
    .tuple(fc.integer({ min: 1, max: MAX_ROWS }), fc.integer({ min: 1, max: MAX_COLUMNS }))
    .chain(([rows, columns]) =>
      fc.record({
        rows: fc.constant(rows),
        columns: fc.constant(columns),
        cells: fc.array(fc.array(fc.record({ value, format: fc.constantFrom(...FORMATS) }), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
        styles: fc.array(fc.tuple(range(rows + 2, columns), style), { maxLength: 5 }),
        merges: fc.array(range(rows, columns), { maxLength: 4 }),
        widths: fc.array(fc.constantFrom(6, 9, 10, 12.5, 30), { minLength: columns, maxLength: columns }),
        heights: fc.array(fc.tuple(fc.nat(rows + 1), fc.constantFrom(12, 15, 28, 40.5)), { maxLength: 3 }),
        freeze: fc.option(fc.tuple(fc.nat(3), fc.nat(2)), { nil: undefined }),
        tab: fc.option(HEX, { nil: undefined }),
      }),
    )
    .map((p) => {
      const b = new SheetBuilder('detail', name, p.columns).columnWidths(p.widths);
      p.cells.forEach((row: readonly Cell[], r) =>
        row.forEach((cell, c) => {
          if (typeof cell.value === 'string') b.text(r, c, cell.value);
          else if (typeof cell.value === 'number') b.number(r, c, cell.value, cell.format === '@' ? 'General' : cell.format);
          else b.value(r, c, cell.value, cell.value === null ? cell.format : 'General');
        }),
      );
      const merges: CellRange[] = [];
      for (const m of p.merges) if (!merges.some((o) => overlaps(o, m))) merges.push(m);
      for (const m of merges) b.merge(m.top, m.left, m.bottom, m.right);
      for (const [r, s] of p.styles) b.style(r.top, r.left, r.bottom, r.right, s);
      for (const [row, height] of p.heights) b.rowHeight(row, height);
      if (p.freeze && (p.freeze[0] > 0 || p.freeze[1] > 0)) b.freeze(p.freeze[0], p.freeze[1]);
      if (p.tab !== undefined) b.tabColor(p.tab);
      return b.build();
    });

function layout(ws: Worksheet, rows: number, columns: number): unknown {
  const view = (ws.views as { state?: string; xSplit?: number; ySplit?: number }[] | null)?.[0];
  return {
    // The ExcelJS writer nudges a width of 9 to 9.01 (writeSheet.ts); one decimal is what Excel shows.
    widths: Array.from({ length: columns }, (_, c) => Math.round((ws.getColumn(c + 1).width ?? 0) * 10) / 10),
    heights: Array.from({ length: rows }, (_, r) => ws.getRow(r + 1).height ?? null),
    frozen: view?.state === 'frozen' ? [view.xSplit ?? 0, view.ySplit ?? 0] : null,
    tab: ws.properties.tabColor ?? null,
  };
}

async function readBack(bytes: Buffer, name: string, rows: number, columns: number): Promise<unknown> {
  const host = await XlsxHost.fromBuffer(bytes);
  const grid = comparable(sheetNamed(await host.read(), name));
  const ws = host.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const looks = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => lookOf(ws.getCell(r + 1, c + 1))));
  return { grid, looks, layout: layout(ws, rows, columns) };
}

describe('any small sheet plan', () => {
  let seed: Buffer;
  let owned: Buffer;
  beforeAll(async () => {
    seed = await seedBytes();
    owned = (await recomputeWith(seed)).bytes;
  });

  it('reads back the same through the patch and through ExcelJS, as a new sheet or over an owned one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), plan('随机'), plan('绩效自评表'), async (overOwned, fresh, replacing) => {
        const sheet = overOwned ? replacing : fresh;
        const base = overOwned ? owned : seed;
        const writePlan = { sheets: [sheet], ownedSheets: overOwned ? ['绩效自评表', '指标得分明细', '支出汇总', '校验问题'] : [sheet.name] };
        const patched = await saveWith(base, writePlan);
        const viaExcelJs = await saveWith(base, writePlan, true);
        expect([patched.mode, viaExcelJs.mode]).toEqual(['patch', 'exceljs']);
        const rows = sheet.values.length + 2;
        const columns = sheet.columnWidths.length + 1;
        expect(await readBack(patched.bytes, sheet.name, rows, columns)).toEqual(await readBack(viaExcelJs.bytes, sheet.name, rows, columns));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
