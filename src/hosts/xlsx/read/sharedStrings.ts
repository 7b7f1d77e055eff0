/**
 * The shared-string table: each `<si>` is the text of its `<t>` or of its rich-text runs (`<r><t>`)
 * joined; phonetic runs (`<rPh>`, the furigana of Japanese text) are not part of what the cell shows.
 */
import { parseXml, unescapeOoxml } from './xmlStream';

/**
 * Text of a string item (`<si>` here, `<is>` in a cell): collects the `<t>` text outside `<rPh>`.
 * `open`/`close` take the element names inside the item.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 't') this.inText = this.phonetic === 0;
    else if (name === 'rPh') this.phonetic++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const out = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
    return unescapeOoxml(out);
  }
}

export function readSharedStrings(part: string, bytes: Uint8Array): string[] {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  parseXml(part, bytes, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    close(name) {
      if (name === 'si') {
        if (inItem) strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}
