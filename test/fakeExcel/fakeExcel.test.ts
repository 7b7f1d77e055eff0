/**
 * The fake Excel itself: proxy/sync semantics, payload accounting, Excel-like value entry,
 * merges, clear, formats, settings, error injection, and the snapshot bridge.
 */
import {
  cellOf,
  createFakeExcel,
  FakeExcelError,
  FakeWorkbook,
  fakeWorkbookFromSnapshot,
  mergesOf,
  serializeFake,
  snapshotOfFake,
  utf8Length,
} from './index';
import type { WorkbookSnapshot } from '../../src/app/ports';

function workbookWith(name = 'Sheet1'): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet(name);
  return wb;
}

describe('proxy and sync semantics', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getFirst();
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      sheet.load('name');
      expect(() => sheet.name).toThrow(/not available/);
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(() => sheet.visibility).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
    });
  });

  it('applies queued writes only at sync and counts syncs and payload bytes', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [['项目', 3]];
      expect(cellOf(fake, 'Sheet1', 'A1').value).toBe('');
      await context.sync();
      expect(cellOf(fake, 'Sheet1', 'A1').value).toBe('项目');
      expect(cellOf(fake, 'Sheet1', 'B1').value).toBe(3);
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.payloadBytes).toHaveLength(1);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(utf8Length('[["项目",3]]'));
    expect(fake.stats.requests[0]?.some((r) => r.kind === 'set' && r.name === 'values')).toBe(true);
  });

  it('counts the response of loads in the payload', async () => {
    const wb = workbookWith();
    wb.sheet('Sheet1').writeValue(0, 0, 'x'.repeat(1000));
    const fake = createFakeExcel(wb);
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Sheet1').getUsedRange(true);
      used.load('values');
      await context.sync();
      expect(used.values).toEqual([['x'.repeat(1000)]]);
    });
    expect(fake.stats.responseBytes[0]).toBeGreaterThan(1000);
    expect(fake.stats.payloadBytes[0]).toBe((fake.stats.requestBytes[0] ?? 0) + (fake.stats.responseBytes[0] ?? 0));
  });

  it('sends work still queued when the batch ends in a final sync', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run((context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('C3').values = [[1]];
      return Promise.resolve();
    });
    expect(fake.stats.syncs).toBe(1);
    expect(cellOf(fake, 'Sheet1', 'C3').value).toBe(1);
  });

  it('records run options', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run({ delayForCellEdit: true }, async () => Promise.resolve());
    expect(fake.stats.runs).toEqual([{ delayForCellEdit: true }]);
  });

  it('gives null objects for missing items and propagates them along chains', async () => {
    const fake = createFakeExcel(workbookWith('Only'));
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const first = context.workbook.worksheets.getFirst();
      const second = first.getNextOrNullObject();
      const third = second.getNextOrNullObject();
      const used = third.getUsedRangeOrNullObject(true);
      used.load('values');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(first.isNullObject).toBe(false);
      expect(second.isNullObject).toBe(true);
      expect(third.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      // As in office.js: a null object's properties read undefined instead of throwing.
      expect(used.values).toBeUndefined();
    });
  });

  it('fails a sync with ItemNotFound for getItem of a missing sheet', async () => {
    const fake = createFakeExcel(workbookWith());
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('returns used ranges that do not start at A1, and a null object on an empty sheet', async () => {
    const wb = workbookWith();
    wb.addSheet('Empty');
    wb.sheet('Sheet1').writeValue(2, 1, 'b3');
    wb.sheet('Sheet1').writeValue(4, 3, 7);
    const fake = createFakeExcel(wb);
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
      used.load('address,values,valueTypes');
      const empty = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe('Sheet1!B3:D5');
      expect(used.values[0]).toEqual(['b3', '', '']);
      expect(used.valueTypes[2]).toEqual(['Empty', 'Empty', 'Double']);
      expect(empty.isNullObject).toBe(true);
    });
  });
});

describe('values as Excel enters them', () => {
  it('turns formula-looking strings into formulas unless the number format is @', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').values = [['=1+1', '-abc', '12']];
      const text = sheet.getRange('A2:C2');
      text.numberFormat = [['@', '@', '@']];
      text.values = [['=1+1', '-abc', '12']];
      await context.sync();
    });
    expect(cellOf(fake, 'Sheet1', 'A1')).toMatchObject({ formula: '=1+1', valueType: 'Error' });
    expect(cellOf(fake, 'Sheet1', 'B1').formula).toBe('-abc');
    expect(cellOf(fake, 'Sheet1', 'C1')).toMatchObject({ value: 12, valueType: 'Double' });
    expect(cellOf(fake, 'Sheet1', 'A2')).toMatchObject({ value: '=1+1', valueType: 'String', numberFormat: '@' });
    expect(cellOf(fake, 'Sheet1', 'A2').formula).toBeUndefined();
    expect(cellOf(fake, 'Sheet1', 'C2').value).toBe('12');
  });

  it('leaves cells unchanged for null entries and rejects arrays of the wrong shape', async () => {
    const wb = workbookWith();
    wb.sheet('Sheet1').writeValue(0, 0, 'keep');
    const fake = createFakeExcel(wb);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[null, 'new']];
      await context.sync();
    });
    expect(cellOf(fake, 'Sheet1', 'A1').value).toBe('keep');
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['only one row', 'x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('merges, clear and formats', () => {
  it('merges, reports merged areas, unmerges, and refuses a partial overlap', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').merge();
      sheet.getRange('A3:A6').merge();
      const areas = sheet.getRange().getMergedAreasOrNullObject();
      areas.load('address,areaCount');
      await context.sync();
      expect(areas.areaCount).toBe(2);
      expect(areas.address).toBe('Sheet1!A1:C1, Sheet1!A3:A6');
    });
    expect(mergesOf(fake, 'Sheet1')).toEqual(['A1:C1', 'A3:A6']);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B1:D1').merge();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:Z10').unmerge();
      await context.sync();
    });
    expect(mergesOf(fake, 'Sheet1')).toEqual([]);
  });

  it('clear() removes values and formats but keeps merges', async () => {
    const wb = workbookWith();
    const sheet = wb.sheet('Sheet1');
    sheet.writeNumberFormat(0, 0, '0.00');
    sheet.writeValue(0, 0, 1.5);
    sheet.merge({ top: 1, left: 0, bottom: 1, right: 2 }, false);
    const fake = createFakeExcel(wb);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange();
      range.clear();
      await context.sync();
    });
    expect(cellOf(fake, 'Sheet1', 'A1')).toMatchObject({ value: '', numberFormat: 'General' });
    expect(sheet.storedCellCount()).toBe(0);
    expect(mergesOf(fake, 'Sheet1')).toEqual(['A2:C2']);
  });

  it('stores fonts, fills, alignment, borders, widths, heights, freeze panes, validation and tab colour', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRangeByIndexes(0, 0, 2, 2);
      range.format.font.bold = true;
      range.format.fill.color = '#ffeeee';
      range.format.horizontalAlignment = 'Center';
      range.format.wrapText = true;
      range.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      range.format.borders.getItem('EdgeTop').style = 'Continuous';
      sheet.getRange('B:B').format.columnWidth = 100;
      sheet.getRange('A2').format.rowHeight = 30;
      sheet.freezePanes.freezeRows(2);
      sheet.getRange('A1:A2').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
      sheet.tabColor = '#00aa00';
      const back = sheet.getRangeByIndexes(0, 0, 2, 2);
      back.format.load('horizontalAlignment,columnWidth');
      back.format.font.load('bold');
      await context.sync();
      expect(back.format.font.bold).toBe(true);
      expect(back.format.horizontalAlignment).toBe('Center');
      expect(back.format.columnWidth).toBeNull();
    });
    const a1 = cellOf(fake, 'Sheet1', 'A1').format;
    expect(a1).toMatchObject({ bold: true, fill: '#FFEEEE', horizontalAlignment: 'Center', wrapText: true });
    expect(a1.borders?.EdgeTop?.style).toBe('Continuous');
    expect(a1.borders?.EdgeBottom?.style).toBe('Continuous');
    expect(cellOf(fake, 'Sheet1', 'A2').format.borders?.EdgeTop?.style).toBe('Continuous');
    expect(cellOf(fake, 'Sheet1', 'A2').format.borders?.EdgeBottom).toBeUndefined();
    const sheet = fake.workbook.sheet('Sheet1');
    expect(sheet.columnWidth(1)).toBe(100);
    expect(sheet.rowHeight(1)).toBe(30);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.dataValidations[0]?.list).toEqual(['是', '否']);
    expect(sheet.tabColor).toBe('#00AA00');
  });
});

describe('worksheets, settings, application', () => {
  it('adds, activates, selects and hides sheets; stores settings as JSON', async () => {
    const fake = createFakeExcel(workbookWith());
    await fake.run(async (context) => {
      const added = context.workbook.worksheets.add('新表');
      added.activate();
      added.getRange('B2').select();
      const hidden = context.workbook.worksheets.add('_meta');
      hidden.visibility = 'VeryHidden';
      context.workbook.settings.add('k', ['a', 'b']);
      const setting = context.workbook.settings.getItemOrNullObject('k');
      setting.load('value');
      const missing = context.workbook.settings.getItemOrNullObject('none');
      const selected = context.workbook.getSelectedRange();
      selected.load('address');
      await context.sync();
      expect(setting.value).toEqual(['a', 'b']);
      expect(missing.isNullObject).toBe(true);
      expect(selected.address).toBe('新表!B2');
    });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', '新表', '_meta']);
    expect(fake.workbook.activeSheet()?.name).toBe('新表');
    expect(fake.workbook.sheet('_meta').visibility).toBe('VeryHidden');
  });

  it('loads worksheet collections and application state', async () => {
    const wb = workbookWith('A');
    wb.addSheet('B');
    const fake = createFakeExcel(wb);
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      context.workbook.application.load('calculationMode');
      context.runtime.load('enableEvents');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
      expect(context.workbook.application.calculationMode).toBe('Automatic');
      expect(context.runtime.enableEvents).toBe(true);
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.application.calculationMode = 'Manual';
      await context.sync();
    });
    expect(fake.workbook.calculationMode).toBe('Manual');
    expect(fake.workbook.screenUpdatingSuspendedSyncs).toBe(1);
  });
});

describe('error injection and limits', () => {
  it('fails a chosen sync with an Excel-like error and applies none of its work', async () => {
    const fake = createFakeExcel(workbookWith());
    fake.failOn({ atSync: 2, code: 'InvalidOperationInCellEditMode', message: 'cell edit' });
    const attempt = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[1]];
      await context.sync();
      sheet.getRange('A2').values = [[2]];
      await context.sync();
    });
    await expect(attempt).rejects.toBeInstanceOf(FakeExcelError);
    await expect(attempt).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode', debugInfo: { code: 'InvalidOperationInCellEditMode' } });
    expect(cellOf(fake, 'Sheet1', 'A1').value).toBe(1);
    expect(cellOf(fake, 'Sheet1', 'A2').value).toBe('');
  });

  it('throws a given plain error object when a chosen sheet is written', async () => {
    const wb = workbookWith('In');
    wb.addSheet('Out');
    const fake = createFakeExcel(wb);
    const error = { code: 'GeneralException', message: 'boom' };
    fake.failOn({ onWriteToSheet: 'Out', error });
    const attempt = fake.run(async (context) => {
      context.workbook.worksheets.getItem('In').getRange('A1').values = [['ok']];
      context.workbook.worksheets.getItem('Out').getRange('A1').values = [['never']];
      await context.sync();
    });
    await expect(attempt).rejects.toBe(error);
    expect(cellOf(fake, 'In', 'A1').value).toBe('ok');
    expect(cellOf(fake, 'Out', 'A1').value).toBe('');
  });

  it('refuses requests over the payload limit', async () => {
    const fake = createFakeExcel(workbookWith(), { payloadLimitBytes: 1000 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['y'.repeat(2000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(cellOf(fake, 'Sheet1', 'A1').value).toBe('');
  });
});

describe('snapshot bridge', () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: '绩效指标',
        values: [['一级指标', '三级指标'], [null, null], [new Date(Date.UTC(2021, 6, 31)), { error: '#N/A' }]],
        numberFormats: [[], [], ['yyyy-mm-dd']],
        merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
        visible: true,
      },
      { name: 'Hidden', values: [[1]], numberFormats: [], merges: [], visible: false },
    ],
    ownedSheets: ['绩效自评表'],
  };

  it('round-trips values, formats, merges, visibility and ownership', () => {
    for (const ownership of ['settings', 'meta', 'both'] as const) {
      const wb = fakeWorkbookFromSnapshot(snapshot, { ownership });
      const back = snapshotOfFake(wb);
      expect(back.ownedSheets).toEqual(['绩效自评表']);
      expect(back.sheets.map((s) => s.name)).toEqual(['绩效指标', 'Hidden']);
      const grid = back.sheets[0];
      expect(grid?.values[0]).toEqual(['一级指标', '三级指标']);
      expect(grid?.values[2]).toEqual([44408, { error: '#N/A' }]);
      expect(grid?.numberFormats[2]?.[0]).toBe('yyyy-mm-dd');
      expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
      expect(back.sheets[1]?.visible).toBe(false);
    }
  });

  it('serialises equal states equally and different states differently', () => {
    const a = fakeWorkbookFromSnapshot(snapshot);
    const b = fakeWorkbookFromSnapshot(snapshot);
    expect(serializeFake(a)).toBe(serializeFake(b));
    b.sheet('Hidden').writeValue(0, 0, 2);
    expect(serializeFake(a)).not.toBe(serializeFake(b));
  });
});
