/**
 * One XML part through saxes, a megabyte at a time: the bytes are decoded in chunks (UTF-8, or UTF-16
 * when the part starts so, or the encoding its declaration names) so no string ever holds a whole
 * large sheet. Element names reach the handlers without their prefix (`x:c` → `c`), so parts written
 * with a prefix, and ISO 29500 strict parts, read like the usual ones.
 *
 * Safety: saxes fetches nothing and expands no entity beyond XML's five and character references; an
 * entity declared in a DTD is an "undefined entity" error. A document type declaration is refused
 * outright (OOXML has none; Excel refuses them too), which stops entity expansion (`poc-xmlbomb`) and
 * external entities (XXE) before they are looked at.
 */
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { PackageReadError } from './readErrors';

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

const CHUNK = 1 << 20;

/** The local part of a qualified name. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id`, `x:id` …), the unprefixed one first. */
export function attributeByLocalName(attributes: Attributes, local: string): string | undefined {
  const plain = attributes[local];
  if (plain !== undefined) return plain;
  const suffix = `:${local}`;
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

/** The encoding of a part: its byte-order mark, its first bytes, else what its declaration names. */
function encodingOf(bytes: Uint8Array): { label: string; skip: number } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', skip: 2 };
  if (a === 0x3c && b === 0x00) return { label: 'utf-16le', skip: 0 };
  if (a === 0x00 && b === 0x3c) return { label: 'utf-16be', skip: 0 };
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i] ?? 0);
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return { label: declared ?? 'utf-8', skip: 0 };
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Parses a part, calling the handlers; throws PackageReadError('corrupt') when it is not well-formed XML. */
export function parseXml(part: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const { text } = handlers;
  parser.on('doctype', () => {
    throw new PackageReadError('corrupt', `${part}: a document type declaration`);
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes, tag.isSelfClosing));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const { label, skip } = encodingOf(bytes);
  const decoder = decoderFor(label);
  try {
    for (let at = skip; at < bytes.length; at += CHUNK) {
      parser.write(decoder.decode(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)), { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof PackageReadError) throw error;
    throw new PackageReadError('corrupt', `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML's escapes of characters XML cannot hold (`_x000D_` → CR; `_x005F_` is a literal `_`). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
