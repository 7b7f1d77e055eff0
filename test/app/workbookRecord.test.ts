/**
 * The one ownership record (src/app/workbookRecord.ts): every record format written so far reads,
 * a record without settings is written exactly as the first records were, settings are kept
 * unless a write names them, and stored drop-down lists are found again by content.
 */
import {
  EMPTY_RECORD,
  decodeRecord,
  decodeSettings,
  decodeSheetList,
  encodeRecord,
  fitsInlineList,
  mergeRecords,
  recordAfter,
  recordFromCells,
  storedListColumn,
  storedListRange,
} from '../../src/app/workbookRecord';

const OUTPUTS = ['绩效自评表', '指标得分明细', '支出汇总', '校验问题'];

describe('reading a record', () => {
  it('reads the first records (owned sheets only) and records with settings', () => {
    expect(decodeRecord('{"ownedSheets":["绩效自评表","校验问题"]}')).toEqual({ ownedSheets: ['绩效自评表', '校验问题'], settings: {} });
    expect(decodeRecord(JSON.stringify({ ownedSheets: OUTPUTS, settings: { profile: 'sichuan', mode: 'tracking' } }))).toEqual({
      ownedSheets: OUTPUTS,
      settings: { profile: 'sichuan', mode: 'tracking' },
    });
  });

  it('reads a bare list of names, and the Office setting as an array or as its JSON text', () => {
    expect(decodeRecord('["绩效自评表"]').ownedSheets).toEqual(['绩效自评表']);
    expect(decodeSheetList(['A', 'B'])).toEqual(['A', 'B']);
    expect(decodeSheetList('["A"]')).toEqual(['A']);
    expect(decodeSettings({ profile: 'central' })).toEqual({ profile: 'central' });
    expect(decodeSettings('{"mode":"selfEvaluation"}')).toEqual({ mode: 'selfEvaluation' });
  });

  it('reads anything else as nothing, and drops what is of the wrong kind', () => {
    for (const junk of [undefined, null, 42, '', 'not json', '{not json', '"text"', '{}', '{"ownedSheets":"绩效自评表"}']) {
      expect(decodeRecord(junk).ownedSheets).toEqual([]);
    }
    expect(decodeSheetList(['A', 3, '', null, 'B'])).toEqual(['A', 'B']);
    expect(decodeSettings({ profile: 7, mode: 'yearly' })).toEqual({});
    expect(decodeSettings({ profile: '  ', mode: 'tracking', colour: 'red' })).toEqual({ mode: 'tracking' });
    expect(decodeRecord('{"ownedSheets":["A"],"settings":"tracking"}')).toEqual({ ownedSheets: ['A'], settings: {} });
  });

  it('reads the record from A1 of the meta sheet cells', () => {
    expect(recordFromCells([[encodeRecord({ ownedSheets: ['A'], settings: { mode: 'tracking' } }), 'list item']])).toEqual({
      ownedSheets: ['A'],
      settings: { mode: 'tracking' },
    });
    expect(recordFromCells([])).toEqual(EMPTY_RECORD);
  });
});

describe('writing a record', () => {
  it('writes a record without settings exactly as the first records were written', () => {
    expect(encodeRecord({ ownedSheets: OUTPUTS, settings: {} })).toBe(JSON.stringify({ ownedSheets: OUTPUTS }));
  });

  it('writes settings in one order, so equal records give equal text', () => {
    const a = encodeRecord({ ownedSheets: ['A'], settings: { mode: 'tracking', profile: 'central' } });
    const b = encodeRecord({ ownedSheets: ['A'], settings: { profile: 'central', mode: 'tracking' } });
    expect(a).toBe(b);
    expect(a).toBe('{"ownedSheets":["A"],"settings":{"profile":"central","mode":"tracking"}}');
    expect(decodeRecord(a)).toEqual({ ownedSheets: ['A'], settings: { profile: 'central', mode: 'tracking' } });
  });

  it('keeps what a write leaves out: settings field by field, owned sheets as stored', () => {
    const stored = { ownedSheets: ['绩效自评表'], settings: { profile: 'sichuan', mode: 'tracking' as const } };
    expect(recordAfter(stored, {})).toBeUndefined();
    expect(recordAfter(stored, { ownedSheets: OUTPUTS })).toEqual({ ownedSheets: OUTPUTS, settings: stored.settings });
    expect(recordAfter(stored, { settings: { mode: 'selfEvaluation' } })).toEqual({
      ownedSheets: ['绩效自评表'],
      settings: { profile: 'sichuan', mode: 'selfEvaluation' },
    });
  });

  it('merges copies of the record: names in first-seen order, later settings winning field by field', () => {
    const merged = mergeRecords(
      { ownedSheets: ['B', 'A'], settings: { profile: 'central', mode: 'selfEvaluation' } },
      { ownedSheets: ['A', 'C'], settings: { mode: 'tracking' } },
    );
    expect(merged).toEqual({ ownedSheets: ['B', 'A', 'C'], settings: { profile: 'central', mode: 'tracking' } });
  });
});

describe('drop-down lists in the meta sheet', () => {
  it('writes a list inline up to 255 characters without commas or quotes', () => {
    expect(fitsInlineList(['达成', '部分达成', '未达成'])).toBe(true);
    expect(fitsInlineList(['a'.repeat(255)])).toBe(true);
    expect(fitsInlineList(['a'.repeat(256)])).toBe(false);
    expect(fitsInlineList(['a,b'])).toBe(false);
    expect(fitsInlineList(['"a"'])).toBe(false);
  });

  it('finds a stored list again by content, else takes the first free column from B', () => {
    const rows = [
      ['{"ownedSheets":[]}', 'x', 'p'],
      [null, 'y', 'q'],
    ];
    expect(storedListColumn(rows, ['p', 'q'])).toEqual({ col: 2, write: false });
    expect(storedListColumn(rows, ['x'])).toEqual({ col: 3, write: true });
    expect(storedListColumn(rows, ['z'], new Set([3]))).toEqual({ col: 4, write: true });
    expect(storedListRange(2, 5)).toBe('_perfeval_meta!$C$1:$C$5');
  });
});
