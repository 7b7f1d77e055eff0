/**
 * The small package parts the patching writer edits (workbook, relationships, content types, styles,
 * the ownership sheet), parsed with a real namespace-aware XML parser (saxes, the one ExcelJS uses)
 * into a tree of elements that remember where they are in the text. The writer then edits the text
 * at those places, so everything it does not change stays byte for byte, and it writes names with the
 * prefixes actually bound in scope (openpyxl declares `xmlns:r` on each `<sheet>`, .NET writers use
 * `x:` for the main namespace) instead of guessing from patterns.
 *
 * Anything that is not namespace-well-formed XML 1.0 throws `XmlShapeError`; the caller then leaves
 * the save to ExcelJS. No entity is ever resolved beyond the five predefined ones.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** The text of a part is not namespace-well-formed XML. */
export class XmlShapeError extends Error {
  override readonly name = 'XmlShapeError';
}

export interface XmlAttribute {
  readonly qname: string;
  readonly local: string;
  readonly uri: string;
  readonly value: string;
}

export interface XmlElement {
  readonly qname: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: readonly XmlAttribute[];
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly startTagEnd: number;
  /** Offset just after the end tag's `>` (the start tag's for an empty-element tag). */
  end: number;
  /** Offset of `</` of the end tag (= `startTagEnd` for an empty-element tag). */
  endTagStart: number;
  readonly selfClosing: boolean;
  readonly children: XmlElement[];
  /** Prefix → namespace URI in scope on this element ('' is the default namespace). */
  readonly scope: Readonly<Record<string, string>>;
}

export interface ParseOptions {
  /** The text may stop anywhere (the head of a large part): what was read is checked, its end is not. */
  readonly partial?: boolean;
  /** Called as each element opens (`depth` 0 for the root); 'stop' ends the parse there. */
  onOpen?(element: XmlElement, depth: number): 'stop' | 'continue';
}

/** Thrown from a handler to end the parse early; never leaves parseXml. */
class StopParse extends Error {}

/**
 * Parses a part; throws XmlShapeError unless it is namespace-well-formed (up to where the parse ended,
 * for a partial text or an early stop).
 */
export function parseXml(text: string, options: ParseOptions = {}): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const startTagEnd = parser.position;
    const start = text.lastIndexOf('<', startTagEnd - 1);
    const parent = stack[stack.length - 1];
    // Own declarations over the enclosing ones (saxes gives only those declared on the tag).
    const scope = Object.assign(Object.create(parent?.scope ?? null) as Record<string, string>, tag.ns);
    const element: XmlElement = {
      qname: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: Object.values(tag.attributes).map((a) => ({ qname: a.name, local: a.local, uri: a.uri, value: a.value })),
      start,
      startTagEnd,
      end: startTagEnd,
      endTagStart: startTagEnd,
      selfClosing: tag.isSelfClosing,
      children: [],
      scope,
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
    if (options.onOpen?.(element, stack.length - 1) === 'stop') throw new StopParse();
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.endTagStart = element.selfClosing ? element.startTagEnd : text.lastIndexOf('</', parser.position - 1);
  });
  try {
    parser.write(text);
    if (!options.partial) parser.close();
  } catch (error) {
    if (!(error instanceof StopParse)) failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) throw new XmlShapeError(failure.message);
  if (!root) throw new XmlShapeError('no root element');
  return root;
}

export function isElement(element: XmlElement | undefined, uri: string, local: string): element is XmlElement {
  return element !== undefined && element.uri === uri && element.local === local;
}

/** The children of that name (namespace and local name). */
export function childrenNamed(parent: XmlElement, uri: string, local: string): XmlElement[] {
  return parent.children.filter((c) => c.uri === uri && c.local === local);
}

/** The first child of that name. */
export function childNamed(parent: XmlElement, uri: string, local: string): XmlElement | undefined {
  return parent.children.find((c) => c.uri === uri && c.local === local);
}

/** An attribute's value by namespace ('' for an unprefixed attribute) and local name. */
export function attributeOf(element: XmlElement, uri: string, local: string): string | undefined {
  return element.attributes.find((a) => a.uri === uri && a.local === local)?.value;
}

/**
 * A prefix bound to `uri` on this element, with its colon (`r:`, or '' for the default namespace);
 * undefined when the namespace is not in scope. For attributes pass `forAttribute`: an unprefixed
 * attribute is in no namespace, so the default namespace does not count.
 */
export function prefixFor(element: XmlElement, uri: string, forAttribute = false): string | undefined {
  const scope = element.scope;
  if (!forAttribute && scope[''] === uri) return '';
  // `scope` chains to the enclosing elements' bindings through its prototype: walk them all.
  for (const prefix in scope) {
    if (prefix !== '' && scope[prefix] === uri) return `${prefix}:`;
  }
  return undefined;
}

/** The start tag's text. */
export function startTag(text: string, element: XmlElement): string {
  return text.slice(element.start, element.startTagEnd);
}

/** The element's whole text. */
export function elementText(text: string, element: XmlElement): string {
  return text.slice(element.start, element.end);
}

/** The element's qualified-name prefix with its colon (`x:` for `<x:sheet>`, '' for `<sheet>`). */
export function ownPrefix(element: XmlElement): string {
  const colon = element.qname.indexOf(':');
  return colon < 0 ? '' : element.qname.slice(0, colon + 1);
}

/** `xml` with `text` added as the first or last children of `parent` (an empty-element tag is opened up). */
export function insertChildren(xml: string, parent: XmlElement, text: string, where: 'first' | 'last' = 'last'): string {
  if (text === '') return xml;
  if (!parent.selfClosing) {
    const at = where === 'first' ? parent.startTagEnd : parent.endTagStart;
    return xml.slice(0, at) + text + xml.slice(at);
  }
  const open = startTag(xml, parent).replace(/\s*\/>$/, '>');
  return xml.slice(0, parent.start) + `${open}${text}</${parent.qname}>` + xml.slice(parent.end);
}
