/** The workbook part as the reader needs it: the sheets in tab order and the date system. */
import { attributeByLocalName, parseXml } from './xmlStream';

export interface BookSheet {
  readonly name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
  /** The relationship id of the sheet's part. */
  readonly relId: string;
}

export interface WorkbookPart {
  /** The root element's local name: `workbook` for a spreadsheet (`document` in a Word file). */
  readonly root: string;
  readonly sheets: readonly BookSheet[];
  /** Dates count from 1904-01-01 (`workbookPr date1904`), as Excel for Mac once did. */
  readonly date1904: boolean;
}

/** xsd:boolean. */
export function xmlTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

export function readWorkbookPart(part: string, bytes: Uint8Array): WorkbookPart {
  const sheets: BookSheet[] = [];
  let date1904 = false;
  let inSheets = false;
  let root = '';
  parseXml(part, bytes, {
    open(name, attributes) {
      if (root === '') root = name;
      if (name === 'workbookPr') date1904 = xmlTrue(attributes.date1904);
      else if (name === 'sheets') inSheets = true;
      else if (name === 'sheet' && inSheets) {
        sheets.push({
          name: attributes.name ?? '',
          state: attributes.state ?? 'visible',
          relId: attributeByLocalName(attributes, 'id') ?? '',
        });
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  return { root, sheets, date1904 };
}
