/**
 * The package's style sheet (`xl/styles.xml`), extended with the cell formats the output sheets need.
 *
 * Each plan style (CellStyle + number format) becomes one `<xf>` in `cellXfs`, built from a font, a
 * fill, a border and a number format. A part identical to one already in the style sheet is reused
 * rather than added, so a second run over the add-in's own output finds everything it wrote the first
 * time and leaves the style sheet as it was. Fonts start from the workbook's default font (the first
 * one), as Excel does when a cell is made bold. The part is parsed (xmlTree.ts); what is added is written
 * in the prefix the style sheet uses for its own elements (`x:font` where it writes `x:fonts`).
 */
import type { CellStyle, FontSpec } from '../../../domain/output/planTypes';
import { fontFamily, fontCharset } from '../fontFaces';
import { hexToArgb } from '../cellStyles';
import { giveUp } from './giveUp';
import { MAIN_NS } from './packageParts';
import { attributeText, escapeXml, splice, withAttribute } from './xml';
import { type XmlElement, attributeOf, childNamed, childrenNamed, elementText, isElement, ownPrefix, parseXml, startTag } from './xmlTree';

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

/**
 * Qualifies the unprefixed element names of a fragment this file made with `p`; names that already
 * carry a prefix (children copied from the style sheet) stay as they are.
 */
function qualified(fragment: string, p: string): string {
  return p === '' ? fragment : fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${p}$2`);
}

/** One collection of the style sheet (`fonts`, `fills`, …): its items as written, found by text. */
class Collection {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];

  constructor(
    readonly element: XmlElement,
    readonly items: readonly string[],
  ) {
    items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
  }

  /** The prefix of the collection's own name, which its items take. */
  get prefix(): string {
    return ownPrefix(this.element);
  }

  /** The index of an item with exactly this text (unprefixed, as this file makes it), adding it when there is none. */
  indexOf(unprefixed: string): number {
    const item = qualified(unprefixed, this.prefix);
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

function collection(xml: string, root: XmlElement, element: string, item: string): Collection | undefined {
  const found = childNamed(root, MAIN_NS, element);
  if (!found) return undefined;
  return new Collection(found, childrenNamed(found, MAIN_NS, item).map((e) => elementText(xml, e)));
}

/** The order Excel writes a font's children in (ECMA-376 CT_Font); others go last. */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

function fontOrder(name: string): number {
  const i = FONT_ORDER.indexOf(name);
  return i < 0 ? FONT_ORDER.length : i;
}

export class StylesPart {
  private readonly xfKeys = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private readonly writtenFormats: number;
  private nextFormatId: number;

  private constructor(
    private readonly xml: string,
    private readonly numFmts: XmlElement | undefined,
    private readonly fonts: Collection,
    private readonly fills: Collection,
    private readonly borders: Collection,
    private readonly cellXfs: Collection,
    /** The children of the default font (the first), each as written, by local name. */
    private readonly defaultFont: ReadonlyMap<string, string>,
  ) {
    let highest = FIRST_CUSTOM_FORMAT - 1;
    const written = numFmts ? childrenNamed(numFmts, MAIN_NS, 'numFmt') : [];
    this.writtenFormats = written.length;
    for (const f of written) {
      const id = Number(attributeOf(f, '', 'numFmtId'));
      const code = attributeOf(f, '', 'formatCode');
      if (!Number.isInteger(id) || code === undefined) continue;
      if (!this.customFormats.has(code)) this.customFormats.set(code, id);
      highest = Math.max(highest, id);
    }
    this.nextFormatId = highest + 1;
  }

  /** Reads a style sheet; a sheet without the lists the writer relies on stops the patch. */
  static parse(xml: string): StylesPart {
    const root = parseXml(xml);
    if (!isElement(root, MAIN_NS, 'styleSheet')) giveUp('unexpectedPart');
    const fonts = collection(xml, root, 'fonts', 'font');
    const fills = collection(xml, root, 'fills', 'fill');
    const borders = collection(xml, root, 'borders', 'border');
    const cellXfs = collection(xml, root, 'cellXfs', 'xf');
    if (!fonts || !fills || !borders || !cellXfs || fonts.items.length === 0 || cellXfs.items.length === 0) giveUp('unexpectedPart');
    if (fills.items.length < 2 || borders.items.length === 0) giveUp('unexpectedPart');
    const first = childNamed(fonts.element, MAIN_NS, 'font');
    const defaultFont = new Map<string, string>();
    // Children of the default font in the main namespace and the collection's prefix (so they can be
    // copied anywhere in it); an extension element, or one relying on a declaration of its own, is not copied.
    for (const child of first?.children ?? []) {
      if (child.uri === MAIN_NS && ownPrefix(child) === fonts.prefix) defaultFont.set(child.local, elementText(xml, child));
    }
    return new StylesPart(xml, childNamed(root, MAIN_NS, 'numFmts'), fonts, fills, borders, cellXfs, defaultFont);
  }

  /**
   * The `s` index of a cell with this style and number format, in `font` (the sheet's typeface) when
   * given; undefined for the default look.
   */
  xfIndex(style: CellStyle, numFmt: string, font?: FontSpec): number | undefined {
    const format = numFmt === '' ? 'General' : numFmt;
    const key = `${JSON.stringify(style)}|${format}|${font ? `${font.name}|${font.size}` : ''}`;
    const known = this.xfKeys.get(key);
    if (known !== undefined) return known;
    const xf = this.xf(style, format, font);
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

  private font(style: CellStyle, sheetFont: FontSpec | undefined): number {
    const face = style.fontName ?? sheetFont?.name;
    if (!style.bold && !style.italic && style.fontSize === undefined && style.fontColor === undefined && face === undefined) return 0;
    // Copied children are already in the style sheet's prefix; the writer's own are qualified with it.
    const p = this.fonts.prefix;
    const children = new Map(this.defaultFont);
    children.delete('b');
    children.delete('i');
    if (style.bold) children.set('b', qualified('<b/>', p));
    if (style.italic) children.set('i', qualified('<i/>', p));
    const size = style.fontSize ?? sheetFont?.size;
    if (size !== undefined) children.set('sz', qualified(`<sz val="${size}"/>`, p));
    if (face !== undefined) {
      // A face of its own: the theme's (`scheme`) would override the name, the default font's family and charset are another face's.
      children.delete('scheme');
      children.delete('family');
      children.delete('charset');
      children.set('name', qualified(`<name val="${escapeXml(face)}"/>`, p));
      const family = fontFamily(face);
      const charset = fontCharset(face);
      if (family !== undefined) children.set('family', qualified(`<family val="${family}"/>`, p));
      if (charset !== undefined) children.set('charset', qualified(`<charset val="${charset}"/>`, p));
    }
    if (style.fontColor !== undefined) children.set('color', qualified(`<color rgb="${hexToArgb(style.fontColor)}"/>`, p));
    const ordered = [...children.entries()].sort(([a], [b]) => fontOrder(a) - fontOrder(b)).map(([, xml]) => xml);
    // The font as a whole is qualified by `indexOf`: only its own tags still lack the prefix.
    return this.fonts.indexOf(`<font>${ordered.join('')}</font>`);
  }

  private fill(style: CellStyle): number {
    if (style.fill === undefined) return 0;
    const argb = hexToArgb(style.fill);
    return this.fills.indexOf(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`);
  }

  private xf(style: CellStyle, format: string, font: FontSpec | undefined): string | undefined {
    const numFmtId = this.formatId(format);
    const fontId = this.font(style, font);
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
    const edits: Edit[] = [];
    for (const c of [this.fonts, this.fills, this.borders, this.cellXfs]) edits.push(...appendItems(this.xml, c.element, c.added, c.count));
    if (this.addedFormats.length > 0) {
      const count = this.writtenFormats + this.addedFormats.length;
      if (this.numFmts) {
        const items = this.addedFormats.map((f) => qualified(f, ownPrefix(this.numFmts as XmlElement)));
        edits.push(...appendItems(this.xml, this.numFmts, items, count));
      } else {
        const p = this.fonts.prefix;
        const at = this.fonts.element.start;
        edits.push({ start: at, end: at, text: qualified(`<numFmts count="${count}">${this.addedFormats.join('')}</numFmts>`, p) });
      }
    }
    // Later places first, so the offsets of earlier ones stay valid; at one place, a replaced tag before an insertion.
    edits.sort((a, b) => b.start - a.start || b.end - b.start - (a.end - a.start));
    let xml = this.xml;
    for (const e of edits) xml = splice(xml, e.start, e.end, e.text);
    return xml;
  }
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edits that append `items` to a collection and set its count. */
function appendItems(xml: string, element: XmlElement, items: readonly string[], count: number): Edit[] {
  if (items.length === 0) return [];
  const tag = withAttribute(startTag(xml, element).replace(/\s*\/>$/, '>'), 'count', count);
  if (element.selfClosing) return [{ start: element.start, end: element.end, text: `${tag}${items.join('')}</${element.qname}>` }];
  return [
    { start: element.start, end: element.startTagEnd, text: tag },
    { start: element.endTagStart, end: element.endTagStart, text: items.join('') },
  ];
}
