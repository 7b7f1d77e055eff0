/**
 * The little XML the patching writer needs: escaping text and attributes the way ExcelJS does (so both
 * writers store the same strings), reading a start tag's attributes, and finding elements by name in
 * the small package parts it edits (workbook, relationships, content types, styles). These parts are
 * machine-written and shallow; anything the patterns here do not recognise makes the caller give up
 * and leave the job to ExcelJS.
 */

/** Characters XML 1.0 cannot hold (ExcelJS drops them too); tab, LF and CR stay. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

/** Text content or an attribute value, escaped. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Undoes the five entities and numeric references. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return named[ref] ?? whole;
  });
}

/** The attributes of a start tag (`<sheet name="a" r:id="rId1"/>`), values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const head = tag.replace(/^<[^\s/>]+/, '');
  for (const m of head.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? '', unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** `name="value"` pairs, escaped, for a start tag. */
export function attributeText(pairs: readonly (readonly [string, string | number | undefined])[]): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

/** Sets (or adds) one attribute in a start tag, keeping the others as they are. */
export function withAttribute(tag: string, name: string, value: string | number): string {
  const text = `${name}="${escapeXml(String(value))}"`;
  const existing = new RegExp(`(\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, `$1${text}`);
  return tag.replace(/\s*(\/?>)$/, ` ${text}$1`);
}

/** Removes one attribute from a start tag. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** One element found in a part: where it is, its start tag and its inner text (empty when self-closing). */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
  readonly inner: string;
  /** Offset of the inner text ('' elements: where the closing tag would go). */
  readonly innerStart: number;
}

/**
 * The first element `<name …>…</name>` or `<name …/>` at or after `from`. Elements of that name must
 * not nest (true of every element the writer looks for); an element with a namespace prefix is not found.
 */
export function findElement(xml: string, name: string, from = 0): Found | undefined {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g');
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const tag = m[0];
  const start = m.index;
  const afterTag = start + tag.length;
  if (tag.endsWith('/>')) return { start, end: afterTag, tag, inner: '', innerStart: afterTag };
  const close = xml.indexOf(`</${name}>`, afterTag);
  if (close < 0) return undefined;
  return { start, end: close + name.length + 3, tag, inner: xml.slice(afterTag, close), innerStart: afterTag };
}

/** Every element of that name, in order (see findElement). */
export function findElements(xml: string, name: string): Found[] {
  const out: Found[] = [];
  for (let found = findElement(xml, name); found; found = findElement(xml, name, found.end)) out.push(found);
  return out;
}

/** `xml` with the text from `start` to `end` replaced. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
