/**
 * The .xlsx door's adapter: WorkbookPort (src/app/ports.ts) over a package's bytes and, when needed, an
 * ExcelJS workbook. A file is read by the streaming reader (read/readPackage.ts); plans are applied by
 * patching the package (patch/); ExcelJS — loaded only then — builds templates, renders what the patcher
 * cannot, and backs the `workbook` accessor. It remembers the sheets it owns in a very hidden
 * `_perfeval_meta` sheet. It decides nothing about scoring.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Buffer as ExcelBuffer, Workbook, Worksheet } from 'exceljs';
import type { WorkbookPort, WorkbookSnapshot } from '../../app/ports';
import type { SheetPlan, WritePlan } from '../../domain/output/planTypes';
import { sameSheetName } from '../../domain/address';
import { readSheet } from './readSheet';
import { writeSheet } from './writeSheet';
import { EMPTY_RECORD, recordAfter, type WorkbookRecord } from '../../app/workbookRecord';
import { ensureMetaSheet, findMetaSheet, listFormula, moveToEnd, readRecord, writeRecord } from './metaSheet';
import { XlsxOpenError, fileSystemFailure, sniffPackage } from './openErrors';
import { excelJS } from './excelJsModule';
import { readPackage } from './read/readPackage';
import { PackageReadError } from './read/readErrors';
import { internals, sheetViews, type SheetView } from './excelInternals';
import { deflateStoredZip } from './zipArchive';
import { patchPackage } from './patch/patchPackage';
import type { PatchGiveUpReason } from './patch/giveUp';

/**
 * How the last `toBuffer` made its bytes: `source` (nothing was applied: the input as it was), `patch`
 * (the input package with the plan's sheets written into it, patch/patchPackage.ts) or `exceljs`
 * (ExcelJS re-serialised the whole workbook).
 */
export type SaveMode = 'source' | 'patch' | 'exceljs';

/**
 * The last save: its mode and, when ExcelJS saved a package the patching writer was asked to patch,
 * why that writer gave up (no reason: there was no package to patch, as for a new workbook or one
 * changed through the `workbook` accessor).
 */
export type SaveOutcome =
  | { readonly mode: 'source' | 'patch' }
  | { readonly mode: 'exceljs'; readonly reason?: PatchGiveUpReason };

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A save the patching writer gave up on, of a package that ExcelJS (the fallback writer) cannot load:
 * the streaming reader reads more packages than ExcelJS does. A limit of the file, not a programming error.
 */
export class FallbackLoadError extends Error {
  constructor(readonly detail: string) {
    super(`ExcelJS cannot load this package to save it (${detail})`);
    this.name = 'FallbackLoadError';
  }
}

export class XlsxHost implements WorkbookPort {
  /**
   * A plan applied to a workbook opened from bytes is held here rather than rendered into the ExcelJS
   * model at once: saving can then patch the source package (copying every untouched part as stored)
   * instead of re-serialising all sheets. Anything that needs the model (the `workbook` accessor, a
   * second plan, a read after the plan) renders the held plan first.
   */
  private held: WritePlan | undefined;
  private lastSave: SaveOutcome | undefined;
  /** The ExcelJS model; undefined until needed on a lean host (see `open`). */
  private loaded: Workbook | undefined;
  /** The record the source package holds, as the streaming reader found it. */
  private record: WorkbookRecord | undefined;
  /** The streaming reader's snapshot of `source`, made when opening and handed over by the first `read`. */
  private snapshot: WorkbookSnapshot | undefined;

  private constructor(
    model: Workbook | undefined,
    /** The bytes the host was opened from, while the model (if any) still matches them. */
    private source?: Buffer,
    /** Read the add-in's own output sheets without their cells (the command line's way). */
    private readonly lean = false,
  ) {
    this.loaded = model;
  }

  private get model(): Workbook {
    if (!this.loaded) throw new Error('XlsxHost: a lean host has no ExcelJS workbook (opened for reading by the streaming reader)');
    return this.loaded;
  }

  /** Loads the ExcelJS model from the source bytes when a lean host has none yet. */
  private async restore(): Promise<void> {
    if (this.loaded || !this.source) return;
    const ExcelJS = excelJS();
    const workbook = new ExcelJS.Workbook();
    const failure = await workbook.xlsx.load(this.source as unknown as ExcelBuffer).then(
      () => undefined,
      (error: unknown) => errorMessage(error),
    );
    if (failure !== undefined) throw new FallbackLoadError(failure);
    this.loaded = workbook;
  }

  /** The ExcelJS workbook with every applied plan rendered into it (not available on a lean host). */
  get workbook(): Workbook {
    const model = this.model;
    this.render();
    // The caller may change the model: from now on only ExcelJS can save it faithfully.
    this.source = undefined;
    this.snapshot = undefined;
    return model;
  }

  /** How the last `toBuffer`/`save` made its bytes (for tests and the benchmark). */
  get saveMode(): SaveMode | undefined {
    return this.lastSave?.mode;
  }

  /** The last save's mode and, for an ExcelJS save of a package, why patching gave up. */
  get saveOutcome(): SaveOutcome | undefined {
    return this.lastSave;
  }

  /** A host over a new workbook without any sheet (for the template). */
  static create(): XlsxHost {
    return new XlsxHost(new (excelJS().Workbook)());
  }

  /** Wraps a workbook the caller already holds. */
  static fromWorkbook(workbook: Workbook): XlsxHost {
    return new XlsxHost(workbook);
  }

  /**
   * Opens a file; throws XlsxOpenError (with a reason) when it cannot be read as an .xlsx.
   * `lean`: never load ExcelJS unless a save cannot patch the package, and read the add-in's own output
   * sheets without their cells — the command line opens files this way (ExcelJS costs ~0.25 s to require
   * and ~1 s to load a large workbook). Without `lean` the ExcelJS model is loaded as well, for callers
   * of the `workbook` accessor, and output sheets are read in full.
   */
  static async open(path: string, options: { readonly lean?: boolean } = {}): Promise<XlsxHost> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new XlsxOpenError(fileSystemFailure(errorCode(error)), path, errorMessage(error));
    }
    return XlsxHost.fromBuffer(bytes, path, options);
  }

  /** Loads an .xlsx held in memory; `label` names it in errors (and its extension tells a WPS file); `lean` as for `open`. */
  static async fromBuffer(bytes: Uint8Array, label = '(buffer)', options: { readonly lean?: boolean } = {}): Promise<XlsxHost> {
    const kind = sniffPackage(bytes, label);
    if (kind !== 'zip') throw new XlsxOpenError(kind, label, 'not a zip package');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lean = options.lean === true;
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = readPackage(buffer, { skipOwned: lean });
    } catch (error) {
      if (error instanceof PackageReadError) throw new XlsxOpenError(error.reason, label, error.detail);
      throw error;
    }
    let model: Workbook | undefined;
    if (!lean) {
      const ExcelJS = excelJS();
      model = new ExcelJS.Workbook();
      try {
        await model.xlsx.load(buffer as unknown as ExcelBuffer);
      } catch (error) {
        throw new XlsxOpenError('corrupt', label, errorMessage(error));
      }
    }
    const host = new XlsxHost(model, buffer, lean);
    host.snapshot = snapshot;
    host.record = { ownedSheets: snapshot.ownedSheets, settings: snapshot.settings ?? {} };
    return host;
  }

  async read(): Promise<WorkbookSnapshot> {
    if (this.source && this.held === undefined) {
      // The package as it was opened: the streaming reader's snapshot (made again if already handed over).
      const snapshot = this.snapshot ?? readPackage(this.source, { skipOwned: this.lean });
      this.snapshot = undefined;
      this.record = { ownedSheets: snapshot.ownedSheets, settings: snapshot.settings ?? {} };
      return snapshot;
    }
    await this.restore();
    this.render();
    const meta = findMetaSheet(this.model);
    const sheets = this.model.worksheets.filter((ws) => ws !== meta).map(readSheet);
    const record = readRecord(meta);
    return { sheets, ownedSheets: record.ownedSheets, settings: record.settings };
  }

  async apply(plan: WritePlan): Promise<void> {
    if (this.source && this.held === undefined) {
      this.held = plan;
      return;
    }
    await this.restore();
    this.render();
    this.applyToModel(plan);
  }

  /** Renders a held plan into the model, which then no longer matches the source bytes. */
  private render(): void {
    const plan = this.held;
    if (plan === undefined) return;
    this.held = undefined;
    this.applyToModel(plan);
  }

  private applyToModel(plan: WritePlan): void {
    this.source = undefined;
    this.snapshot = undefined;
    const wb = this.model;
    for (const sheetPlan of plan.sheets) writeSheet(this.freshSheet(sheetPlan), sheetPlan, (list) => listFormula(wb, list));

    const record = recordAfter(readRecord(findMetaSheet(wb)), plan);
    if (record) writeRecord(ensureMetaSheet(wb), record);
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
    const wb = this.model;
    const existing = findSheet(wb, plan.name);
    const orderNo = existing ? internals(existing).orderNo : undefined;
    if (existing) wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(plan.name);
    if (orderNo !== undefined) internals(ws).orderNo = orderNo;
    return ws;
  }

  private activate(name: string): void {
    const wb = this.model;
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

  /** The record the source package holds: as read, else from the model (which matches the source while it is held). */
  private storedRecord(): WorkbookRecord {
    if (this.record) return this.record;
    return this.loaded ? readRecord(findMetaSheet(this.loaded)) : EMPTY_RECORD;
  }

  async save(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  /**
   * The workbook as .xlsx bytes. A plan held over an opened package is patched into it (see `held`);
   * otherwise ExcelJS renders every part and Node's zlib compresses them (zipArchive.ts).
   */
  async toBuffer(): Promise<Buffer> {
    let reason: PatchGiveUpReason | undefined;
    if (this.source) {
      if (this.held === undefined) {
        this.lastSave = { mode: 'source' };
        return this.source;
      }
      // Only the package shapes the patching writer does not know come back as a reason; a
      // programming error in it is thrown, never hidden behind the slower writer.
      const patched = await patchPackage(this.source, this.held, this.storedRecord());
      if (patched.kind === 'patched') {
        this.lastSave = { mode: 'patch' };
        return patched.bytes;
      }
      reason = patched.reason;
    }
    await this.restore();
    this.render();
    const stored = await this.model.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    this.lastSave = reason === undefined ? { mode: 'exceljs' } : { mode: 'exceljs', reason };
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
  return wb.worksheets.find((ws) => sameSheetName(ws.name, name));
}
