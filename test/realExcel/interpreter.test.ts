/**
 * The real office.js client over the interpreter: what the client does itself (load-before-read,
 * null objects, invalid handles) and what the interpreter enforces as Excel documents it (payload
 * limits on the serialised request, 512 merged areas, five million cells per get, actions on null
 * objects, references, calculation), each against a small request of its own.
 */
import { FakeApplicationState, FakeWorkbook, cellOf } from '../fakeExcel';
import { createRealExcel } from '.';

function workbookWith(...names: string[]): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const name of names) wb.addSheet(name);
  return wb;
}

describe('the office.js client itself', () => {
  it('refuses to read a property that was not loaded, and reads unloaded properties of a null object as undefined', async () => {
    const excel = createRealExcel(workbookWith('A'));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      const missing = context.workbook.worksheets.getItemOrNullObject('不存在');
      const used = missing.getUsedRangeOrNullObject(true);
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(used.values).toBeUndefined();
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
    });
  });

  it('leaves a handle of worksheets.add invalid after its request unless its id came back', async () => {
    const strict = createRealExcel(workbookWith('A'));
    const failure = await strict
      .run(async (context) => {
        const added = context.workbook.worksheets.add('新表');
        await context.sync();
        added.getRange('A1').values = [[1]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'InvalidObjectPath' });

    // With its id loaded (what the host does), the client addresses the sheet by id afterwards.
    const loaded = createRealExcel(workbookWith('A'));
    await loaded.run(async (context) => {
      const added = context.workbook.worksheets.add('新表');
      added.load('id');
      await context.sync();
      added.getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(cellOf(loaded.workbook, '新表', 'A1').value).toBe(1);

    // An Excel that sends ids with every instantiation needs no load.
    const generous = createRealExcel(workbookWith('A'), { instantiateReturnsIds: true });
    await generous.run(async (context) => {
      const added = context.workbook.worksheets.add('新表');
      await context.sync();
      added.getRange('A1').values = [[2]];
      await context.sync();
    });
    expect(cellOf(generous.workbook, '新表', 'A1').value).toBe(2);
  });

  it('writes more than 1,500 cells in chunks, checking the array against the range first', async () => {
    const excel = createRealExcel(workbookWith('A'), { recordBodies: true });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 1000, 3).values = Array.from({ length: 1000 }, (_, i) => [i, `第${i}行`, i * 2]);
      await context.sync();
    });
    const actions = excel.bodies[0]?.Actions ?? [];
    expect(actions.filter((a) => a.Name === '_ValidateArraySize')).toHaveLength(1);
    expect(actions.filter((a) => a.Name === 'Values')).toHaveLength(2);
    expect(cellOf(excel.workbook, 'A', 'B1000').value).toBe('第999行');
  });
});

describe('what the interpreter enforces', () => {
  it('measures the request as the client serialised it and refuses one over 5 MB, applying none of it', async () => {
    const excel = createRealExcel(workbookWith('A'));
    const text = '很长的一段文字'.repeat(100);
    const error = await excel
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('A');
        sheet.getRange('Z1').values = [['先写的']];
        sheet.getRangeByIndexes(0, 0, 2500, 1).values = Array.from({ length: 2500 }, () => [text]);
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(5_000_000);
    expect(cellOf(excel.workbook, 'A', 'Z1').value).toBe('');
  });

  it('refuses a response over 5 MB', async () => {
    const wb = workbookWith('A');
    const sheet = wb.sheet('A');
    for (let r = 0; r < 3000; r++) sheet.writeValue(r, 0, '很长的一段文字'.repeat(100));
    const excel = createRealExcel(wb);
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('A').getUsedRange(true).load('values');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('fails getMergedAreasOrNullObject above 512 merged areas (or returns a null object when told to)', async () => {
    const wb = workbookWith('A');
    for (let r = 0; r < 600; r++) wb.sheet('A').merge({ top: r, left: 0, bottom: r, right: 1 }, false);
    const ask = async (excel: ReturnType<typeof createRealExcel>): Promise<unknown> =>
      excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('A').getRange().getMergedAreasOrNullObject();
        areas.load('areaCount');
        await context.sync();
        return areas.isNullObject ? null : areas.areaCount;
      });
    await expect(ask(createRealExcel(wb))).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(ask(createRealExcel(wb, { mergedAreasOverLimit: 'null' }))).resolves.toBeNull();
    await expect(ask(createRealExcel(wb, { mergedAreasLimit: 1000 }))).resolves.toBe(600);
  });

  it('returns null values for a get of more than five million cells', async () => {
    const wb = workbookWith('A');
    wb.sheet('A').writeValue(0, 0, 'x');
    const excel = createRealExcel(wb, { getCellsLimit: 10 });
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1:D4');
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toBeNull();
  });

  it('does nothing for actions on a null object', async () => {
    const excel = createRealExcel(workbookWith('A', 'B'));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('不存在').delete();
      context.workbook.worksheets.getItemOrNullObject('不存在').getRange('A1').values = [[1]];
      context.workbook.worksheets.getItem('B').getRange('A1').values = [['写了']];
      await context.sync();
    });
    expect(excel.workbook.sheetNames()).toEqual(['A', 'B']);
    expect(cellOf(excel.workbook, 'B', 'A1').value).toBe('写了');
  });

  it('keeps tracked ranges under reference ids for later requests and releases them after the run', async () => {
    const excel = createRealExcel(workbookWith('A'));
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('B2');
      range.load('address');
      await context.sync();
      expect(excel.interpreter.referenceCount).toBe(1);
      range.values = [['再用']];
      await context.sync();
    });
    expect(cellOf(excel.workbook, 'A', 'B2').value).toBe('再用');
    // The release office.js sends after the run is not one the batch waited for.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(excel.cleanups()).toBe(1);
    expect(excel.interpreter.referenceCount).toBe(0);
    expect(excel.stats.syncs).toBe(2);
  });

  it('leaves formulas that depend on a write dirty after suspendApiCalculationUntilNextSync, until calculate()', async () => {
    const wb = workbookWith('数据', '封面');
    wb.sheet('封面').setReferenceFormula(0, 0, '=数据!A1');
    wb.calculate();
    expect(cellOf(wb, '封面', 'A1').value).toBe(0);
    const excel = createRealExcel(wb);
    await excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('数据').getRange('A1').values = [[42]];
      await context.sync();
    });
    expect(wb.dirty).toBe(true);
    expect(cellOf(wb, '封面', 'A1').value).toBe(0);
    await excel.run(async (context) => {
      context.workbook.application.calculate('Recalculate' as Excel.CalculationType);
      await context.sync();
    });
    expect(wb.dirty).toBe(false);
    expect(cellOf(wb, '封面', 'A1').value).toBe(42);
  });

  it('shares the calculation mode between the workbooks of one application', async () => {
    const application = new FakeApplicationState();
    const mine = new FakeWorkbook(application);
    mine.addSheet('A');
    const other = new FakeWorkbook(application);
    other.addSheet('B');
    await createRealExcel(mine).run(async (context) => {
      context.workbook.application.calculationMode = 'Manual' as Excel.CalculationMode;
      await context.sync();
    });
    expect(other.calculationMode).toBe('Manual');
    expect(application.modeChanges).toEqual(['Manual']);
  });
});
