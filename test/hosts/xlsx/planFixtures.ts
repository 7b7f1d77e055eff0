/** Hand-made write plans for the host tests (independent of the engine that normally builds them). */
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import type { SheetPlan, WritePlan } from '../../../src/domain/output/planTypes';
import { SheetBuilder, FORMAT, rect } from '../../../src/domain/output/sheetBuilder';
import type { WorkbookSnapshot } from '../../../src/app/ports';
import type { SheetGrid } from '../../../src/domain/grid';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';

export const FORMULA_LOOKING = ['=SUM(A1)', '+86', '-1', '@x', '\tTAB', '=1+1'];

/** A form-like sheet: title merge, header style, numbers with formats, a validation, a freeze. */
export function formPlan(name: string, rows = 3): SheetPlan {
  const b = new SheetBuilder('form', name, 4).columnWidths([12, 30, 10, 10]).tabColor('#2F5597');
  b.text(0, 0, '项目支出绩效自评表');
  b.merge(0, 0, 0, 3).style(0, 0, 0, 3, { bold: true, fontSize: 14, hAlign: 'center' });
  b.cells(1, 0, ['一级', '三级', '分值', '得分']);
  b.style(1, 0, 1, 3, { bold: true, fill: '#DDEBF7', border: true });
  for (let i = 0; i < rows; i++) {
    b.text(2 + i, 0, '产出指标');
    b.text(2 + i, 1, `指标${i + 1}`);
    b.number(2 + i, 2, 4.17, FORMAT.fixed2);
    b.number(2 + i, 3, 0.6304, FORMAT.percent2);
  }
  if (rows > 1) b.merge(2, 0, 1 + rows, 0);
  b.style(2, 0, 1 + rows, 3, { border: true, wrap: true, vAlign: 'middle' });
  b.style(2, 3, 1 + rows, 3, { fontColor: '#C00000', italic: true });
  b.rowHeight(0, 28);
  b.freeze(2, 1);
  b.validation(rect(2, 0, 1 + rows, 0), ['产出指标', '效益指标', '满意度指标']);
  return b.build();
}

/** A sheet whose cells hold strings that look like formulas. */
export function textPlan(name: string): SheetPlan {
  const b = new SheetBuilder('diagnostics', name, 2);
  FORMULA_LOOKING.forEach((s, i) => b.text(i, 0, s));
  b.number(0, 1, 42);
  return b.build();
}

export function outputPlan(owned = true): WritePlan {
  const sheets = [formPlan('绩效自评表'), textPlan('校验问题')];
  return {
    sheets,
    ...(owned ? { ownedSheets: sheets.map((s) => s.name) } : {}),
    activate: '绩效自评表',
  };
}

export async function reopen(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await host.toBuffer());
}

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetGrid {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Values, formats (dropping General/undefined holes) and merges of a grid, for equality checks. */
export function comparable(grid: SheetGrid): unknown {
  return {
    name: grid.name,
    visible: grid.visible,
    values: grid.values.map((row) => [...row]),
    formats: grid.numberFormats.map((row) => Array.from(row, (f) => (f === undefined || f === 'General' ? null : f))),
    merges: [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

/** Every worksheet's ExcelJS model as JSON (values, styles, merges, validations, views, widths). */
export function workbookModel(wb: Workbook): unknown {
  return wb.worksheets.map((ws: Worksheet) => JSON.parse(JSON.stringify(ws.model)) as unknown);
}

export function newWorkbook(): Workbook {
  return new ExcelJS.Workbook();
}
