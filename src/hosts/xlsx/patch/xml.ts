/**
 * Text-level XML for the patching writer: escaping text and attributes the way ExcelJS does (so both
 * writers store the same strings), and reading or editing the attributes of one start tag that
 * xmlTree.ts has already found in a parsed part.
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

/** One `name="value"` pair of a start tag: where it is in the tag, its value unescaped. */
interface TagAttribute {
  readonly name: string;
  readonly value: string;
  /** Offset of the white space before the name, and just after the closing quote. */
  readonly start: number;
  readonly end: number;
}

/**
 * The attribute pairs of a well-formed start tag (`<sheet name="a" r:id="rId1"/>`), read pair by
 * pair from after the element name, so a quote or an `=` inside a value is never taken for a name.
 */
function tagAttributes(tag: string): TagAttribute[] {
  const out: TagAttribute[] = [];
  const pair = /(\s+)([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  pair.lastIndex = /^<[^\s/>]+/.exec(tag)?.[0].length ?? 0;
  for (let m = pair.exec(tag); m; m = pair.exec(tag)) {
    out.push({ name: m[2] ?? '', value: unescapeXml(m[3] ?? m[4] ?? ''), start: m.index, end: pair.lastIndex });
  }
  return out;
}

/** The attributes of a start tag by qualified name, values unescaped. */
export function attributes(tag: string): Map<string, string> {
  return new Map(tagAttributes(tag).map((a) => [a.name, a.value]));
}

/** `name="value"` pairs, escaped, for a start tag. */
export function attributeText(pairs: readonly (readonly [string, string | number | undefined])[]): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

/** Sets (or adds) one attribute in a start tag, keeping the others as they are. */
export function withAttribute(tag: string, name: string, value: string | number): string {
  const text = ` ${name}="${escapeXml(String(value))}"`;
  const existing = tagAttributes(tag).find((a) => a.name === name);
  if (existing) return splice(tag, existing.start, existing.end, text);
  const close = /\s*\/?>$/.exec(tag);
  const at = close ? close.index : tag.length;
  return splice(tag, at, at, text);
}

/** Removes one attribute from a start tag. */
export function withoutAttribute(tag: string, name: string): string {
  const existing = tagAttributes(tag).find((a) => a.name === name);
  return existing ? splice(tag, existing.start, existing.end, '') : tag;
}

/** `xml` with the text from `start` to `end` replaced. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
