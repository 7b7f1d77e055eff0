/**
 * The .xlsx door's adapter: WorkbookPort (src/app/ports.ts) over an ExcelJS workbook.
 * Reads every worksheet as a SheetGrid, applies write plans, remembers the sheets it owns in a very
 * hidden `_perfeval_meta` sheet, and saves. It decides nothing about scoring.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import type { WorkbookPort, WorkbookSnapshot } from '../../app/ports';
import type { SheetPlan, WritePlan } from '../../domain/output/planTypes';
import { readSheet } from './readSheet';
import { writeSheet } from './writeSheet';
import {
  ensureMetaSheet,
  findMetaSheet,
  fitsInline,
  inlineListFormula,
  moveToEnd,
  readOwnedSheets,
  storedListFormula,
  writeOwnedSheets,
} from './metaSheet';
import { XlsxOpenError, fileSystemFailure, sniffPackage } from './openErrors';
import { internals, sheetViews, type SheetView } from './excelInternals';
import { deflateStoredZip } from './zipDeflate';

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class XlsxHost implements WorkbookPort {
  private constructor(readonly workbook: Workbook) {}

  /** A host over a new workbook without any sheet (for the template). */
  static create(): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook());
  }

  /** Wraps a workbook the caller already holds. */
  static fromWorkbook(workbook: Workbook): XlsxHost {
    return new XlsxHost(workbook);
  }

  /** Opens a file; throws XlsxOpenError (with a reason) when it cannot be read as an .xlsx. */
  static async open(path: string): Promise<XlsxHost> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new XlsxOpenError(fileSystemFailure(errorCode(error)), path, errorMessage(error));
    }
    return XlsxHost.fromBuffer(bytes, path);
  }

  /** Loads an .xlsx held in memory; `label` names it in errors. */
  static async fromBuffer(bytes: Uint8Array, label = '(buffer)'): Promise<XlsxHost> {
    const kind = sniffPackage(bytes);
    if (kind !== 'zip') throw new XlsxOpenError(kind, label, kind === 'encrypted' ? 'OLE compound file' : 'not a zip package');
    const workbook = new ExcelJS.Workbook();
    try {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new XlsxOpenError('corrupt', label, errorMessage(error));
    }
    return new XlsxHost(workbook);
  }

  async read(): Promise<WorkbookSnapshot> {
    const meta = findMetaSheet(this.workbook);
    const sheets = this.workbook.worksheets.filter((ws) => ws !== meta).map(readSheet);
    return { sheets, ownedSheets: readOwnedSheets(meta) };
  }

  async apply(plan: WritePlan): Promise<void> {
    const wb = this.workbook;
    const listFormula = (list: readonly string[]): string =>
      fitsInline(list) ? inlineListFormula(list) : storedListFormula(ensureMetaSheet(wb), list);

    for (const sheetPlan of plan.sheets) writeSheet(this.freshSheet(sheetPlan), sheetPlan, listFormula);

    if (plan.ownedSheets) writeOwnedSheets(ensureMetaSheet(wb), plan.ownedSheets);
    const meta = findMetaSheet(wb);
    if (meta) moveToEnd(wb, meta);
    if (plan.activate !== undefined) this.activate(plan.activate);
  }

  /**
   * An empty worksheet for the plan: a sheet of that name is removed and a new one takes its place in
   * the tab order (so nothing of the old content, merges, validations or styles survives); otherwise a
   * new sheet is added at the end (before the meta sheet).
   */
  private freshSheet(plan: SheetPlan): Worksheet {
    const wb = this.workbook;
    const existing = findSheet(wb, plan.name);
    const orderNo = existing ? internals(existing).orderNo : undefined;
    if (existing) wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(plan.name);
    if (orderNo !== undefined) internals(ws).orderNo = orderNo;
    return ws;
  }

  private activate(name: string): void {
    const wb = this.workbook;
    const sheets = wb.worksheets;
    const index = sheets.findIndex((ws) => ws.name === name);
    const target = sheets[index];
    if (!target || target.state !== 'visible') return;
    for (const ws of sheets) {
      const view = sheetViews(ws)[0];
      if (ws === target) {
        if (view) view.tabSelected = true;
        else ws.views = [{ tabSelected: true } as SheetView];
      } else if (view?.tabSelected) {
        view.tabSelected = false;
      }
    }
    const first = (wb.views as typeof wb.views | undefined)?.[0];
    const firstSheet = first?.firstSheet !== undefined && first.firstSheet > index ? index : (first?.firstSheet ?? 0);
    wb.views = [
      {
        x: first?.x ?? 0,
        y: first?.y ?? 0,
        width: first?.width ?? 24000,
        height: first?.height ?? 12000,
        visibility: first?.visibility ?? 'visible',
        firstSheet,
        activeTab: index,
      },
    ];
  }

  async save(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  /** The workbook as .xlsx bytes: ExcelJS renders the parts, Node's zlib compresses them (zipDeflate.ts). */
  async toBuffer(): Promise<Buffer> {
    const stored = await this.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    return deflateStoredZip(Buffer.from(stored as ArrayBuffer));
  }
}

/**
 * The sheet of that name, compared like Excel (case-insensitively) after an exact match. The app layer
 * has already sent a plan's sheet elsewhere when a same-named sheet is not one of the add-in's own.
 */
function findSheet(wb: Workbook, name: string): Worksheet | undefined {
  const exact = wb.worksheets.find((ws) => ws.name === name);
  if (exact) return exact;
  const upper = name.toLocaleUpperCase();
  return wb.worksheets.find((ws) => ws.name.toLocaleUpperCase() === upper);
}
