/**
 * OPC relationships as the reader needs them: `_rels/.rels` names the workbook part, the workbook's
 * relationships name its sheets, shared strings and styles. Types are matched by their last segment,
 * so transitional (`http://schemas.openxmlformats.org/…`) and strict (`http://purl.oclc.org/ooxml/…`)
 * packages read alike.
 */
import { attributeByLocalName, parseXml } from './xmlStream';

export interface PartRelationship {
  readonly id: string;
  /** The last segment of the type: `officeDocument`, `worksheet`, `sharedStrings`, `styles` … */
  readonly kind: string;
  /** The target as a package path (no leading slash), resolved against the source part's folder. */
  readonly path: string;
  readonly external: boolean;
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  return `${folder}_rels/${path.slice(folder.length)}.rels`;
}

/** A relationship target resolved against `folder`: `../x`, `./x`, `/xl/x`, percent escapes. */
export function resolveTarget(folder: string, target: string): string {
  let decoded = target.replace(/\\/g, '/');
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray `%`: keep the target as written.
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : folder + decoded;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** The relationships of a part; `folder` is the source part's folder (`''` for the package). */
export function readRelationships(part: string, bytes: Uint8Array, folder: string): PartRelationship[] {
  const out: PartRelationship[] = [];
  parseXml(part, bytes, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attributeByLocalName(attributes, 'Id') ?? '';
      const type = attributeByLocalName(attributes, 'Type') ?? '';
      const target = attributeByLocalName(attributes, 'Target') ?? '';
      const external = (attributeByLocalName(attributes, 'TargetMode') ?? '').toLowerCase() === 'external';
      out.push({ id, kind: type.slice(type.lastIndexOf('/') + 1), path: external ? target : resolveTarget(folder, target), external });
    },
    close() {},
  });
  return out;
}
