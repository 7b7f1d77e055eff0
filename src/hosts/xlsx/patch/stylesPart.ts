/**
 * The package's style sheet (`xl/styles.xml`), extended with the cell formats the output sheets need.
 *
 * Each plan style (CellStyle + number format) becomes one `<xf>` in `cellXfs`, built from a font, a
 * fill, a border and a number format. A part identical to one already in the style sheet is reused
 * rather than added, so a second run over the add-in's own output finds everything it wrote the first
 * time and leaves the style sheet as it was. Fonts start from the workbook's default font (the first
 * one), as Excel does when a cell is made bold.
 */
import type { CellStyle } from '../../../domain/output/planTypes';
import { hexToArgb } from '../cellStyles';
import { attributeText, attributes, escapeXml, findElement, findElements, splice, withAttribute } from './xml';

/** Excel's built-in number formats the plans use (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const THIN = '<color rgb="FF000000"/>';
const THIN_BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;
const VERTICAL: Readonly<Record<string, string>> = { top: 'top', middle: 'center', bottom: 'bottom' };

/** One collection of the style sheet (`fonts`, `fills`, …): its items as written, found by text. */
class Collection {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];

  constructor(
    readonly element: string,
    readonly items: readonly string[],
  ) {
    items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
  }

  /** The index of an item with exactly this text, adding it when there is none. */
  indexOf(item: string): number {
    let i = this.index.get(item);
    if (i === undefined) {
      i = this.items.length + this.added.length;
      this.added.push(item);
      this.index.set(item, i);
    }
    return i;
  }

  get count(): number {
    return this.items.length + this.added.length;
  }
}

function collection(xml: string, element: string, item: string): Collection | undefined {
  const found = findElement(xml, element);
  if (!found) return undefined;
  return new Collection(element, findElements(found.inner, item).map((f) => f.inner === '' && f.tag.endsWith('/>') ? f.tag : `${f.tag}${f.inner}</${item}>`));
}

/** The order Excel writes a font's children in (ECMA-376 CT_Font); others go last. */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

function fontOrder(name: string): number {
  const i = FONT_ORDER.indexOf(name);
  return i < 0 ? FONT_ORDER.length : i;
}

function elementName(xml: string): string {
  return /^<([\w:]+)/.exec(xml)?.[1] ?? '';
}

/** The children of a font, each as written (`<b/>`, `<sz val="11"/>`, …). */
function fontChildren(font: string): string[] {
  const inner = font.replace(/^<font\b[^>]*>/, '').replace(/<\/font>$/, '');
  return [...inner.matchAll(/<([\w:]+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map((m) => m[0]);
}

export class StylesPart {
  private readonly xfKeys = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private readonly writtenFormats: number;
  private nextFormatId: number;

  private constructor(
    private readonly xml: string,
    private readonly fonts: Collection,
    private readonly fills: Collection,
    private readonly borders: Collection,
    private readonly cellXfs: Collection,
  ) {
    let highest = FIRST_CUSTOM_FORMAT - 1;
    const numFmts = findElement(xml, 'numFmts');
    const written = numFmts ? findElements(numFmts.inner, 'numFmt') : [];
    this.writtenFormats = written.length;
    for (const f of written) {
      const attrs = attributes(f.tag);
      const id = Number(attrs.get('numFmtId'));
      const code = attrs.get('formatCode');
      if (!Number.isInteger(id) || code === undefined) continue;
      if (!this.customFormats.has(code)) this.customFormats.set(code, id);
      highest = Math.max(highest, id);
    }
    this.nextFormatId = highest + 1;
  }

  /** Reads a style sheet; undefined when it lacks a part the writer relies on. */
  static parse(xml: string): StylesPart | undefined {
    const fonts = collection(xml, 'fonts', 'font');
    const fills = collection(xml, 'fills', 'fill');
    const borders = collection(xml, 'borders', 'border');
    const cellXfs = collection(xml, 'cellXfs', 'xf');
    if (!fonts || !fills || !borders || !cellXfs || fonts.items.length === 0 || cellXfs.items.length === 0) return undefined;
    if (fills.items.length < 2 || borders.items.length === 0) return undefined;
    return new StylesPart(xml, fonts, fills, borders, cellXfs);
  }

  /** The `s` index of a cell with this style and number format; undefined for the default look. */
  xfIndex(style: CellStyle, numFmt: string): number | undefined {
    const format = numFmt === '' ? 'General' : numFmt;
    const key = `${JSON.stringify(style)}|${format}`;
    const known = this.xfKeys.get(key);
    if (known !== undefined) return known;
    const xf = this.xf(style, format);
    const index = xf === undefined ? undefined : this.cellXfs.indexOf(xf);
    if (index !== undefined) this.xfKeys.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.addedFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private font(style: CellStyle): number {
    if (!style.bold && !style.italic && style.fontSize === undefined && style.fontColor === undefined) return 0;
    const children = new Map<string, string>();
    for (const child of fontChildren(this.fonts.items[0] ?? '<font/>')) children.set(elementName(child), child);
    children.delete('b');
    children.delete('i');
    if (style.bold) children.set('b', '<b/>');
    if (style.italic) children.set('i', '<i/>');
    if (style.fontSize !== undefined) children.set('sz', `<sz val="${style.fontSize}"/>`);
    if (style.fontColor !== undefined) children.set('color', `<color rgb="${hexToArgb(style.fontColor)}"/>`);
    const ordered = [...children.entries()].sort(([a], [b]) => fontOrder(a) - fontOrder(b)).map(([, xml]) => xml);
    return this.fonts.indexOf(`<font>${ordered.join('')}</font>`);
  }

  private fill(style: CellStyle): number {
    if (style.fill === undefined) return 0;
    const argb = hexToArgb(style.fill);
    return this.fills.indexOf(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`);
  }

  private xf(style: CellStyle, format: string): string | undefined {
    const numFmtId = this.formatId(format);
    const fontId = this.font(style);
    const fillId = this.fill(style);
    const borderId = style.border ? this.borders.indexOf(THIN_BORDER) : 0;
    const alignment = attributeText([
      ['horizontal', style.hAlign],
      ['vertical', style.vAlign !== undefined ? VERTICAL[style.vAlign] : undefined],
      ['wrapText', style.wrap ? '1' : undefined],
    ]);
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0 && alignment === '') return undefined;
    const flags = attributeText([
      ['applyNumberFormat', numFmtId !== 0 ? '1' : undefined],
      ['applyFont', fontId !== 0 ? '1' : undefined],
      ['applyFill', fillId !== 0 ? '1' : undefined],
      ['applyBorder', borderId !== 0 ? '1' : undefined],
      ['applyAlignment', alignment !== '' ? '1' : undefined],
    ]);
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}`;
    return alignment === '' ? `${head}/>` : `${head}><alignment${alignment}/></xf>`;
  }

  /** True when nothing was added: the part can be copied as it is. */
  get unchanged(): boolean {
    return [this.fonts, this.fills, this.borders, this.cellXfs].every((c) => c.added.length === 0) && this.addedFormats.length === 0;
  }

  /** The style sheet with everything added, counts updated. */
  toXml(): string {
    let xml = this.xml;
    // Later elements first, so the offsets of earlier ones stay valid.
    for (const c of [this.cellXfs, this.borders, this.fills, this.fonts]) xml = appendItems(xml, c.element, c.added, c.count);
    if (this.addedFormats.length > 0) {
      const numFmts = findElement(xml, 'numFmts');
      const count = this.writtenFormats + this.addedFormats.length;
      if (numFmts) {
        xml = appendItems(xml, 'numFmts', this.addedFormats, count);
      } else {
        const fonts = findElement(xml, 'fonts');
        if (!fonts) throw new Error('styles: fonts vanished');
        xml = splice(xml, fonts.start, fonts.start, `<numFmts count="${count}">${this.addedFormats.join('')}</numFmts>`);
      }
    }
    return xml;
  }
}

function appendItems(xml: string, element: string, items: readonly string[], count: number): string {
  if (items.length === 0) return xml;
  const found = findElement(xml, element);
  if (!found) throw new Error(`styles: ${element} vanished`);
  const tag = withAttribute(found.tag.replace(/\s*\/>$/, '>'), 'count', count);
  return splice(xml, found.start, found.end, `${tag}${found.inner}${items.join('')}</${element}>`);
}
