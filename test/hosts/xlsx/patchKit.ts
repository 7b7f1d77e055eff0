/**
 * Helpers for the tests of the patching writer (patch/patchPackage.ts): save a plan through the patch
 * path or through ExcelJS, and look inside the resulting package (entries, parts, sheet list).
 */
import { readFile } from 'node:fs/promises';
import type { Cell } from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import type { WritePlan } from '../../../src/domain/output/planTypes';
import { recompute, type RunOptions } from '../../../src/app/useCases';
import { type ZipEntry, entryContent, readZip, writeZip } from '../../../src/hosts/xlsx/zipArchive';
import { type SaveMode, XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import type { PatchGiveUpReason } from '../../../src/hosts/xlsx/patch/giveUp';
import { SEED_XLSX } from '../../helpers/fixtures';
import { WORKBENCH } from '../../../src/app/workbench';

/** Every door runs with the evaluator's workbench (app/workbench.ts). */
const FULL = { workbench: WORKBENCH } as const;

export const INPUT_SHEETS = ['项目信息', '支出明细', '绩效指标（调整后）', '绩效指标（原）'];

export interface Saved {
  readonly bytes: Buffer;
  readonly mode: SaveMode | undefined;
  /** Why the patching writer gave up, for an ExcelJS save of a package it was asked to patch. */
  readonly reason: PatchGiveUpReason | undefined;
}

function saved(host: XlsxHost, bytes: Buffer): Saved {
  const outcome = host.saveOutcome;
  return { bytes, mode: outcome?.mode, reason: outcome?.mode === 'exceljs' ? outcome.reason : undefined };
}

export async function seedBytes(): Promise<Buffer> {
  return readFile(SEED_XLSX);
}

/** `plan` applied to the package `source` and saved; `viaExcelJs` forces the ExcelJS writer. */
export async function saveWith(source: Buffer, plan: WritePlan, viaExcelJs = false): Promise<Saved> {
  const host = await XlsxHost.fromBuffer(source);
  await host.apply(plan);
  if (viaExcelJs) void host.workbook;
  return saved(host, await host.toBuffer());
}

/** The package `source` recomputed by the engine and saved; `viaExcelJs` forces the ExcelJS writer. */
export async function recomputeWith(source: Buffer, viaExcelJs = false, options: RunOptions = {}): Promise<Saved> {
  const host = await XlsxHost.fromBuffer(source);
  await recompute(host, { ...FULL, ...options });
  if (viaExcelJs) void host.workbook;
  return saved(host, await host.toBuffer());
}

export function zipEntries(zip: Buffer): ZipEntry[] {
  const entries = readZip(zip);
  if (!entries) throw new Error('not a zip package readZip understands');
  return entries;
}

export function entryMap(zip: Buffer): Map<string, ZipEntry> {
  return new Map(zipEntries(zip).map((e) => [e.name, e]));
}

/** A part's text; throws when the package lacks it. */
export function partText(zip: Buffer, name: string): string {
  const entry = zipEntries(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  return entryContent(entry).toString('utf8');
}

export interface ListedSheet {
  readonly name: string;
  readonly sheetId: string;
  readonly relId: string;
  readonly state: string | undefined;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

/** The `<sheet>` elements of xl/workbook.xml, in order (names unescaped only for the test data's needs). */
export function listedSheets(zip: Buffer): ListedSheet[] {
  const xml = partText(zip, 'xl/workbook.xml');
  return [...xml.matchAll(/<sheet\s[^>]*\/>/g)].map((m) => ({
    name: attribute(m[0], 'name') ?? '',
    sheetId: attribute(m[0], 'sheetId') ?? '',
    relId: attribute(m[0], 'r:id') ?? '',
    state: attribute(m[0], 'state'),
  }));
}

/** Relationship id → target package path (`xl/worksheets/sheet1.xml`) of xl/_rels/workbook.xml.rels. */
export function workbookTargets(zip: Buffer): Map<string, string> {
  const xml = partText(zip, 'xl/_rels/workbook.xml.rels');
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\s[^>]*\/>/g)) {
    const target = attribute(m[0], 'Target') ?? '';
    out.set(attribute(m[0], 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** The worksheet part of each sheet, by sheet name. */
export function sheetParts(zip: Buffer): Map<string, string> {
  const targets = workbookTargets(zip);
  return new Map(listedSheets(zip).map((s) => [s.name, targets.get(s.relId) ?? '']));
}

/** An entry with new content, deflated, with its CRC and size (other header fields kept). */
export function withContent(entry: ZipEntry, content: string | Buffer): ZipEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { ...entry, method: 8, data: deflateRawSync(bytes), crc: crc32(bytes) >>> 0, uncompressedSize: bytes.length };
}

/** The package with some parts' text edited and parts added (`edit` returns undefined to keep a part). */
export function rebuildZip(
  zip: Buffer,
  edit: (name: string, text: string) => string | undefined,
  added: readonly { name: string; content: string }[] = [],
): Buffer {
  const entries = zipEntries(zip);
  const first = entries[0];
  if (!first) throw new Error('empty package');
  const out = entries.map((e) => {
    if (e.uncompressedSize === 0 && e.name.endsWith('/')) return e;
    const edited = edit(e.name, entryContent(e).toString('utf8'));
    return edited === undefined ? e : withContent(e, edited);
  });
  for (const a of added) out.push(withContent({ ...first, name: a.name }, a.content));
  const bytes = writeZip(out);
  if (!bytes) throw new Error('writeZip gave up');
  return bytes;
}

/** The seed's default font size (`<sz val="11"/>` of its first font). */
const DEFAULT_SIZE = 11;

/**
 * What a cell's style means on screen, as far as a plan can set it. Fonts written by the patch start
 * from the workbook's default font, those written by ExcelJS hold only what the plan set: an unset
 * size counts as the default size, names and families are not compared.
 */
export function lookOf(cell: Cell): Look {
  const font = cell.font as Partial<Cell['font']> | undefined;
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  const border = cell.border as Partial<Cell['border']> | undefined;
  const alignment = cell.alignment as Partial<Cell['alignment']> | undefined;
  const solid = fill?.type === 'pattern' && fill.pattern === 'solid';
  return {
    bold: font?.bold === true,
    italic: font?.italic === true,
    size: font?.size ?? DEFAULT_SIZE,
    color: font?.color?.argb ?? null,
    fill: solid ? (fill.fgColor?.argb ?? null) : null,
    border: (['top', 'left', 'bottom', 'right'] as const).map((edge) => border?.[edge]?.style ?? null),
    horizontal: alignment?.horizontal ?? null,
    vertical: alignment?.vertical ?? null,
    wrap: alignment?.wrapText === true,
    numFmt: cell.numFmt ?? null,
  };
}

export interface Look {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly color: string | null;
  readonly fill: string | null;
  readonly border: readonly (string | null)[];
  readonly horizontal: string | null;
  readonly vertical: string | null;
  readonly wrap: boolean;
  readonly numFmt: string | null;
}

/** The look of a cell nothing styled. */
export const PLAIN_LOOK: Look = {
  bold: false,
  italic: false,
  size: DEFAULT_SIZE,
  color: null,
  fill: null,
  border: [null, null, null, null],
  horizontal: null,
  vertical: null,
  wrap: false,
  numFmt: null,
};
