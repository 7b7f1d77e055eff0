import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { META_SHEET_NAME } from '../../../src/hosts/xlsx/metaSheet';
import { SEED_XLSX } from '../../helpers/fixtures';
import { FORMULA_LOOKING, comparable, formPlan, outputPlan, reopen, sheetNamed, textPlan, workbookModel } from './planFixtures';

const INPUT_SHEETS = ['项目信息', '支出明细', '绩效指标（调整后）', '绩效指标（原）'];

describe('XlsxHost.read on the seed workbook', () => {
  it('gives every sheet in tab order with values, formats and merges', async () => {
    const snapshot = await (await XlsxHost.open(SEED_XLSX)).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(INPUT_SHEETS);
    expect(snapshot.ownedSheets).toEqual([]);

    const info = sheetNamed(snapshot, '项目信息');
    expect(info.values[1]).toEqual(['项目名称', '2021年度招商引资专项项目']);
    // 2021-07-31 as an Excel serial, with its date format kept.
    expect(info.values[6]).toEqual(['评价截止日期', 44408]);
    expect(info.numberFormats[6]?.[1]).toBe('yyyy-mm-dd');
    // The merged title's value sits in A1 only.
    expect(info.values[0]).toEqual(['项目基本信息']);
    expect(info.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    // 全年执行数 is blank on purpose.
    expect(info.values[13]).toEqual(['全年执行数（万元）']);

    const indicators = sheetNamed(snapshot, '绩效指标（调整后）');
    expect(indicators.values[3]).toEqual([null, null, '接洽意向客商（批次）', '≥85', '60余批次']);
    expect(indicators.values[6]?.[4]).toBe(1);
    expect(indicators.numberFormats[6]?.[4]).toBe('0%');
    expect(indicators.values[19]?.[0]).toBe('满意度\n指标');
    expect(indicators.merges).toContainEqual({ top: 2, left: 0, bottom: 13, right: 0 });
    expect(indicators.merges).toHaveLength(7);
    expect(snapshot.sheets.every((s) => s.visible)).toBe(true);
  });
});

describe('XlsxHost.apply', () => {
  it('keeps every input value, format and merge through apply → save → reopen', async () => {
    const host = await XlsxHost.open(SEED_XLSX);
    const before = await host.read();
    await host.apply(outputPlan());
    const after = await (await reopen(host)).read();
    expect(after.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, '绩效自评表', '校验问题']);
    for (const name of INPUT_SHEETS) expect(comparable(sheetNamed(after, name))).toEqual(comparable(sheetNamed(before, name)));
  });

  it('gives the same workbook when the same plan is applied again', async () => {
    const firstRun = await (await applied(await XlsxHost.open(SEED_XLSX))).toBuffer();
    const secondRun = await (await applied(await XlsxHost.fromBuffer(firstRun))).toBuffer();
    const first = await XlsxHost.fromBuffer(firstRun);
    const second = await XlsxHost.fromBuffer(secondRun);
    expect(workbookModel(second.workbook)).toEqual(workbookModel(first.workbook));
    expect(await second.read()).toEqual(await first.read());
    expect(second.workbook.views).toEqual(first.workbook.views);
  });

  it('rewrites an existing sheet in place: same tab position, nothing of the old content left', async () => {
    const host = await XlsxHost.open(SEED_XLSX);
    await host.apply({ sheets: [formPlan('绩效自评表', 6)], ownedSheets: ['绩效自评表'] });
    // The user moves the output sheet between two input sheets.
    const wb = host.workbook;
    const order = ['项目信息', '绩效自评表', '支出明细', '绩效指标（调整后）', '绩效指标（原）'];
    order.forEach((name, i) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(name);
      (ws as unknown as { orderNo: number }).orderNo = i;
    });
    const stale = wb.getWorksheet('绩效自评表');
    if (!stale) throw new Error('no output sheet');
    stale.getCell('H40').value = 'stale';

    await host.apply({ sheets: [formPlan('绩效自评表', 2)], ownedSheets: ['绩效自评表'] });
    const snapshot = await (await reopen(host)).read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(order);
    const form = sheetNamed(snapshot, '绩效自评表');
    expect(form.values).toHaveLength(4);
    expect(form.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
  });

  it('never touches a sheet the plan does not name', async () => {
    const host = await XlsxHost.open(SEED_XLSX);
    const modelBefore = JSON.stringify(host.workbook.getWorksheet('支出明细')?.model);
    await host.apply(outputPlan());
    expect(JSON.stringify(host.workbook.getWorksheet('支出明细')?.model)).toBe(modelBefore);
  });

  it('writes strings that look like formulas as text', async () => {
    const host = XlsxHost.create();
    await host.apply({ sheets: [textPlan('校验问题')] });
    const ws = (await reopen(host)).workbook.getWorksheet('校验问题');
    FORMULA_LOOKING.forEach((text, i) => {
      const cell = ws?.getCell(i + 1, 1);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(text);
      expect(cell?.numFmt).toBe('@');
    });
    expect(ws?.getCell('B1').value).toBe(42);
  });

  it('keeps a string starting with a carriage return a string (XML reads the CR back as LF)', async () => {
    const host = XlsxHost.create();
    await host.apply({ sheets: [{ ...textPlan('校验问题'), values: [['\r=1+1', null]], numberFormats: [['@', 'General']] }] });
    const cell = (await reopen(host)).workbook.getWorksheet('校验问题')?.getCell('A1');
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe('\n=1+1');
  });

  it('writes styles, widths, heights, freeze panes, validations and the tab colour', async () => {
    const host = XlsxHost.create();
    await host.apply({ sheets: [formPlan('绩效自评表')], activate: '绩效自评表' });
    const ws = (await reopen(host)).workbook.getWorksheet('绩效自评表');
    if (!ws) throw new Error('missing sheet');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B2').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    // Later ranges add to earlier ones: D3 has the border and wrap, then the red italic font.
    expect(ws.getCell('D3').border).toMatchObject({ left: { style: 'thin' } });
    expect(ws.getCell('D3').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(ws.getCell('D3').font).toMatchObject({ italic: true, color: { argb: 'FFC00000' } });
    expect(ws.getCell('D3').numFmt).toBe('0.00%');
    expect(ws.getCell('C3').numFmt).toBe('0.00');
    expect(ws.getCell('B3').numFmt).toBe('@');
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF2F5597' });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(dv['A3']).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(dv['A5']).toMatchObject({ type: 'list' });
  });

  it('activates the named sheet', async () => {
    const host = await XlsxHost.open(SEED_XLSX);
    await host.apply(outputPlan());
    // ExcelJS does not read tabSelected back, so check it before saving.
    const selected = host.workbook.worksheets.filter((ws) => ((ws.views ?? [])[0] as { tabSelected?: boolean } | undefined)?.tabSelected);
    expect(selected.map((ws) => ws.name)).toEqual(['绩效自评表']);
    const wb = (await reopen(host)).workbook;
    expect(wb.views[0]?.activeTab).toBe(4);
  });
});

describe('the ownership record', () => {
  it('lives in a very hidden meta sheet that the snapshot leaves out', async () => {
    const host = await XlsxHost.open(SEED_XLSX);
    await host.apply(outputPlan());
    const again = await reopen(host);
    const snapshot = await again.read();
    expect(snapshot.ownedSheets).toEqual(['绩效自评表', '校验问题']);
    expect(snapshot.sheets.map((s) => s.name)).not.toContain(META_SHEET_NAME);
    const meta = again.workbook.getWorksheet(META_SHEET_NAME);
    expect(meta?.state).toBe('veryHidden');
    expect(JSON.parse(String(meta?.getCell('A1').value))).toEqual({ ownedSheets: ['绩效自评表', '校验问题'] });
    // The meta sheet stays last even when sheets are added after it.
    await again.apply({ sheets: [textPlan('支出汇总')], ownedSheets: ['绩效自评表', '校验问题', '支出汇总'] });
    expect(again.workbook.worksheets.map((ws) => ws.name).slice(-2)).toEqual(['支出汇总', META_SHEET_NAME]);
    expect((await again.read()).ownedSheets).toEqual(['绩效自评表', '校验问题', '支出汇总']);
  });

  it('is left alone by a plan without ownership, and absent until needed', async () => {
    const host = XlsxHost.create();
    await host.apply({ sheets: [textPlan('项目信息')] });
    expect(host.workbook.getWorksheet(META_SHEET_NAME)).toBeUndefined();
    await host.apply({ sheets: [textPlan('绩效自评表')], ownedSheets: ['绩效自评表'] });
    await host.apply({ sheets: [textPlan('项目信息(2)')] });
    expect((await host.read()).ownedSheets).toEqual(['绩效自评表']);
  });

  it('reads as empty when A1 is not the expected JSON', async () => {
    const host = XlsxHost.create();
    host.workbook.addWorksheet('数据');
    host.workbook.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' }).getCell('A1').value = 'not json';
    expect((await host.read()).ownedSheets).toEqual([]);
  });

  it('holds drop-down lists too long to write inline, once each', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `很长的选项名称第${i + 1}项`);
    const plan = (name: string): ReturnType<typeof formPlan> => ({
      ...textPlan(name),
      dataValidations: [
        { range: { top: 0, left: 1, bottom: 9, right: 1 }, list: long },
        { range: { top: 0, left: 0, bottom: 9, right: 0 }, list: ['a,b', 'c'] },
      ],
    });
    const host = XlsxHost.create();
    await host.apply({ sheets: [plan('甲'), plan('乙')] });
    const wb = (await reopen(host)).workbook;
    const meta = wb.getWorksheet(META_SHEET_NAME);
    expect(meta?.state).toBe('veryHidden');
    expect(meta?.getCell('B1').value).toBe(long[0]);
    expect(meta?.getCell('B40').value).toBe(long[39]);
    expect(meta?.getCell('C1').value).toBe('a,b');
    expect(meta?.getCell('D1').value ?? null).toBeNull();
    for (const name of ['甲', '乙']) {
      const dv = (wb.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
        .dataValidations.model;
      expect(dv['B1']?.formulae).toEqual([`${META_SHEET_NAME}!$B$1:$B$40`]);
      expect(dv['A1']?.formulae).toEqual([`${META_SHEET_NAME}!$C$1:$C$2`]);
    }
  });
});

async function applied(host: XlsxHost): Promise<XlsxHost> {
  await host.apply(outputPlan());
  return host;
}
