/**
 * The entries of the package being patched, by part name, and the edits to make to them: parts
 * replaced, added or removed. A part is compressed on the thread pool as soon as it is given, while
 * the next one is rendered; `build` lays the package out again, copying every other entry as stored.
 */
import { type Deflated, type ZipEntry, deflateAsync, entryContent, entryHead, entryOf, writeZip } from '../zipArchive';
import { giveUp } from './giveUp';
import { headMayBeSelected } from './packageParts';

/** The promise, marked as handled: a patch abandoned before `build` must not leave a rejection unheard. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function isUtf16(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * The package's entries by name, and the edits to make. OPC part names compare case-insensitively, so
 * a name finds its entry spelt exactly, else one spelt in another case; a package holding both
 * `sheet1.xml` and `Sheet1.xml` (it happens) then edits exactly the entry a relationship names.
 * A part is compressed on the thread pool as soon as it is given, while the next is rendered.
 */
export class Parts {
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();
  private readonly replaced = new Map<ZipEntry, Promise<ZipEntry>>();
  private readonly added: Promise<ZipEntry>[] = [];
  private readonly removed = new Set<ZipEntry>();

  constructor(readonly entries: readonly ZipEntry[]) {
    for (const e of entries) {
      if (!this.exact.has(e.name)) this.exact.set(e.name, e);
      if (!this.folded.has(e.name.toLowerCase())) this.folded.set(e.name.toLowerCase(), e);
    }
  }

  private find(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.folded.get(name.toLowerCase());
  }

  /** True when a part of this name exists in any case (a new part must not take such a name). */
  has(name: string): boolean {
    return this.folded.has(name.toLowerCase());
  }

  /** Leaves a part out of the package. */
  remove(name: string): void {
    const entry = this.find(name);
    if (entry) this.removed.add(entry);
  }

  /**
   * True unless the part's head, up to its cells, shows no selected sheet view. Reads only the head of
   * a large sheet; a head that does not reach `<sheetData>` counts as possibly selected.
   */
  mayBeSelected(name: string): boolean {
    const entry = this.find(name);
    if (!entry) return false;
    const head = entryHead(entry);
    if (isUtf16(head)) return true;
    return headMayBeSelected(head.toString('utf8'), head.length >= entry.uncompressedSize);
  }

  /** A part's text; undefined when there is no such part. UTF-16 (OPC allows it; the writer edits UTF-8 only) stops the patch. */
  text(name: string): string | undefined {
    const entry = this.find(name);
    if (!entry) return undefined;
    const bytes = entryContent(entry);
    if (isUtf16(bytes)) giveUp('utf16Part');
    return bytes.toString('utf8');
  }

  /** Gives an existing part new content. */
  replace(name: string, xml: string): void {
    this.replaceCompressed(name, deflateAsync(Buffer.from(xml, 'utf8')));
  }

  /** Gives an existing part new content, compressed (or being compressed) by the caller. */
  replaceCompressed(name: string, content: Promise<Deflated>): void {
    const entry = this.find(name);
    if (!entry) throw new Error(`no part ${name}`);
    this.replaced.set(entry, handled(content.then((deflated) => entryOf(entry.name, entry, deflated))));
  }

  /** Replaces a part read as `original` only when the text changed (an unchanged part stays as stored). */
  update(name: string, original: string, xml: string): void {
    if (xml !== original) this.replace(name, xml);
  }

  /**
   * A new part; its header fields (date, attributes) are those of the package's first file entry (a
   * folder entry's attributes would mark the part as a folder).
   */
  add(name: string, content: Promise<Deflated>): void {
    const like = this.entries.find((e) => !e.name.endsWith('/'));
    if (!like) throw new Error('a package without parts');
    this.added.push(handled(content.then((deflated) => entryOf(name, like, deflated))));
  }

  /** The package with the edits applied (one that zip without zip64 cannot hold stops the patch). */
  async build(): Promise<Buffer> {
    const out: ZipEntry[] = [];
    for (const entry of this.entries) {
      if (this.removed.has(entry)) continue;
      out.push((await this.replaced.get(entry)) ?? entry);
    }
    out.push(...(await Promise.all(this.added)));
    return writeZip(out) ?? giveUp('zipLayout');
  }
}
