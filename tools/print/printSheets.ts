/**
 * Output sheets as printed: each sheet of a workbook alone (a copy with every other sheet hidden and
 * only its own print names, since LibreOffice prints a hidden sheet that has a print range), converted
 * to PDF by LibreOffice headless in one run, then measured with poppler (pdfinfo, pdftotext) and
 * rendered to PNG (pdftoppm). Used by the PDF test (test/print/) and by tools/printPreview.ts, which
 * refreshes docs/print/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** How long one LibreOffice run may take before it is stopped (a loaded 2-core CI machine). */
const SOFFICE_TIMEOUT_MS = 300_000;

/** The sheet names of a workbook, in order. */
export function sheetNames(xlsx: Uint8Array): string[] {
  const workbook = strFromU8(unzipSync(xlsx, { filter: (f) => f.name === 'xl/workbook.xml' })['xl/workbook.xml'] ?? new Uint8Array());
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1] ?? ''));
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A copy of the workbook that prints only `sheet`: the others hidden, the sheet active, only its print names. */
export function onlySheet(xlsx: Uint8Array, sheet: string): Uint8Array {
  const parts = unzipSync(xlsx);
  const names = sheetNames(xlsx);
  const index = names.indexOf(sheet);
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  let xml = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
  let i = 0;
  xml = xml.replace(/<((?:\w+:)?sheet)\b([^>]*?)\/>/g, (_all, tag: string, attributes: string) => {
    const own = i++ === index;
    const rest = attributes.replace(/\s+state="[^"]*"/, '');
    return `<${tag}${rest}${own ? '' : ' state="hidden"'}/>`;
  });
  xml = xml.replace(/<((?:\w+:)?definedName)\b[^>]*\blocalSheetId="(\d+)"[^>]*>[^<]*<\/\1>/g, (all, _tag: string, id: string) => (Number(id) === index ? all : ''));
  xml = /\bactiveTab="\d+"/.test(xml) ? xml.replace(/\bactiveTab="\d+"/, `activeTab="${index}"`) : xml.replace(/<((?:\w+:)?workbookView)\b/, `<$1 activeTab="${index}"`);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = name === 'xl/workbook.xml' ? strToU8(xml) : data;
  return zipSync(out);
}

export interface PrintedSheet {
  readonly sheet: string;
  readonly pdf: string;
  readonly pages: number;
  /** Points. */
  readonly width: number;
  readonly height: number;
  /** The text of each page. */
  readonly pageTexts: readonly string[];
}

/**
 * Each named sheet of `xlsx` printed alone to `dir/<stem>-<n>.pdf` (n: the sheet's place in `sheets`),
 * in one LibreOffice run with a profile of its own (so a LibreOffice running beside it is not taken).
 */
export function printSheets(xlsx: Uint8Array, sheets: readonly string[], dir: string, stem: string): PrintedSheet[] {
  mkdirSync(dir, { recursive: true });
  const files = sheets.map((sheet, n) => {
    const file = path.join(dir, `${stem}-${n}.xlsx`);
    writeFileSync(file, onlySheet(xlsx, sheet));
    return file;
  });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'pipe', timeout: SOFFICE_TIMEOUT_MS },
  );
  return sheets.map((sheet, n) => {
    const pdf = path.join(dir, `${stem}-${n}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' });
    return { sheet, pdf, pages, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), pageTexts: text.split('\f').slice(0, pages) };
  });
}

/** The pages of `pdf` as PNGs `dir/<stem>-<page>.png` at `dpi`; returns their paths. */
export function pagesAsPng(pdf: string, dir: string, stem: string, dpi = 80): string[] {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(dir, stem)], { stdio: 'pipe', timeout: 120_000 });
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** True when `text` (the page's) holds every one of `words`, spaces in the PDF's layout ignored. */
export function pageHas(text: string, ...words: string[]): boolean {
  const flat = text.replace(/\s+/g, '');
  return words.every((w) => flat.includes(w.replace(/\s+/g, '')));
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
