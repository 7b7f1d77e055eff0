/**
 * Which findings the pane lists apart as a reference table's: on a sheet of reference blocks only, all of
 * them; on a sheet that holds the scored table too (a published form with 表1 and 表2 side by side or one
 * under the other), only those inside a reference block — a cell, a range, a whole row or a whole column.
 */
import type { RenderedDiagnostic } from '../../src/domain/diagnostics/types';
import type { ReportBlock } from '../../src/app/report';
import { isReferenceFinding, referenceSheetsOf } from '../../src/taskpane/referenceFindings';

function finding(sheet: string, cell: string): RenderedDiagnostic {
  return { code: 'SUSPICIOUS_ZERO_TARGET', severity: 'warning', sheet, cell, message: 'm' };
}

const APART: readonly ReportBlock[] = [
  { role: 'indicators', sheet: '绩效指标（调整后）', range: 'A2:G20' },
  { role: 'reference', sheet: '绩效指标（原）', range: 'A2:D12' },
];

/** One sheet: the scored table in A2:G20, the reference one under it in A24:D34. */
const TOGETHER: readonly ReportBlock[] = [
  { role: 'project', sheet: '自评表', range: 'A1:B1' },
  { role: 'indicators', sheet: '自评表', range: 'A2:G20' },
  { role: 'reference', sheet: '自评表', range: 'A24:D34' },
];

describe('reference findings', () => {
  it('takes every finding of a sheet holding only reference blocks, a sheet-wide one too', () => {
    expect(isReferenceFinding(finding('绩效指标（原）', 'D6'), APART)).toBe(true);
    expect(isReferenceFinding(finding('绩效指标（原）', ''), APART)).toBe(true);
    expect(isReferenceFinding(finding('绩效指标（调整后）', 'E6'), APART)).toBe(false);
    expect(isReferenceFinding(finding('支出明细', 'A1'), APART)).toBe(false);
    expect(isReferenceFinding(finding('', ''), APART)).toBe(false);
  });

  it('on a sheet holding the scored table too, takes only what lies in a reference block', () => {
    expect(isReferenceFinding(finding('自评表', 'D30'), TOGETHER)).toBe(true);
    expect(isReferenceFinding(finding('自评表', 'B25:C26'), TOGETHER)).toBe(true);
    expect(isReferenceFinding(finding('自评表', '26:26'), TOGETHER)).toBe(true);
    expect(isReferenceFinding(finding('自评表', 'E6'), TOGETHER)).toBe(false);
    expect(isReferenceFinding(finding('自评表', 'F30'), TOGETHER)).toBe(false);
    expect(isReferenceFinding(finding('自评表', '6:6'), TOGETHER)).toBe(false);
    // A whole column runs through both tables: it stays with the scored one.
    expect(isReferenceFinding(finding('自评表', 'B:B'), TOGETHER)).toBe(false);
    expect(isReferenceFinding(finding('自评表', ''), TOGETHER)).toBe(false);
  });

  it('side by side (表1 in A:G, 表2 in I:L on the same rows): a cell of 表2 is a reference one, a shared row is not', () => {
    const sideBySide: ReportBlock[] = [
      { role: 'indicators', sheet: '自评表', range: 'A2:G20' },
      { role: 'reference', sheet: '自评表', range: 'I2:L20' },
    ];
    expect(isReferenceFinding(finding('自评表', 'K5'), sideBySide)).toBe(true);
    expect(isReferenceFinding(finding('自评表', 'E5'), sideBySide)).toBe(false);
    expect(isReferenceFinding(finding('自评表', '5:5'), sideBySide)).toBe(false);
  });

  it('names the reference sheets the findings come from, in reading order', () => {
    const blocks: ReportBlock[] = [...APART, { role: 'reference', sheet: '表2', range: 'A1:D5' }];
    expect(referenceSheetsOf([finding('表2', 'A2'), finding('绩效指标（原）', 'D6')], blocks)).toEqual(['绩效指标（原）', '表2']);
    expect(referenceSheetsOf([finding('表2', 'A2')], blocks)).toEqual(['表2']);
  });
});
