/**
 * case12: 黄石市项目支出绩效监控表（申遗）, 2019年度, half-year (1-6月) — Hubei. Written with ExcelJS (the
 * other fixtures use openpyxl: two producers). Run: `npx tsx tools/forms/case12HubeiHuangshiHeritageMonitoring.ts`.
 *
 * Source: hsgyyc.com/xwdt_10201/gsgg_10206/201908/t20190821_663302.html (黄石市文物局, published
 * 2019-08-21). Complete in the stored copy except its 注 row, which stops at “4.相” and is kept as it
 * stops. As published: 指标名称 holds the 二级 words (质量 / 时效 / 成本 / 社会效益) with no 三级 column; the
 * 质量 and 时效 rows are empty; the 社会效益 text spans the 指标值 and 执行情况 columns; 全年预计执行数 and the
 * 偏差原因 rows are blank.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';

const OUT = path.resolve(__dirname, '../../test/fixtures/forms/case12-hubei-huangshi-heritage-monitoring-h1.xlsx');

const SOCIAL =
  '开展黄石矿冶工业遗产突出普遍价值研究、学术交流、对外宣传等工作，先后举办有社会影响力的活动5场；' +
  '成立黄石矿冶文化研究中心暨矿冶文学陈列馆，凸显黄石工业遗产文化价值，推动申遗工作。';
const NOTE =
  '注： 1.完成目标可能性：对应所设定的实现绩效目标的路径，分确定能、有可能、不可能三级综合判断完成的可能性。 ' +
  '2.如“完成目标可能性”出现“有可能”、“不可能”选项，请分别在“偏差或不能完成目标原因分析”与“相关建议或举措”栏填写从相关原因及拟采取的措施 ' +
  '3.偏差或不能完成目标原因分析：针对与预期目标产生偏差的指标值，根据实际情况从规划和目标设计、投入保障、制度保障、项目管理等方面进行判断和分析，并说明原因。 4.相';

type Cell = string | number | null;
const rows: Cell[][] = [
  ['黄石市项目支出绩效监控表（申遗）'],
  ['（2019年度）'],
  ['项目单位（盖章）：', null, null, null, null, '单位：万元'],
  ['项目名称', '申遗经费'],
  ['主管部门', '黄石市文化和旅游局', null, '项目执行单位', '黄石市文物局（湖北水泥遗址博物馆）'],
  ['项目属性', '1、持续性项目 □   2、新增性项目 □'],
  ['项目类型', '1、常年性项目 □ √  2、延续性项目 □  3、一次性项目 □'],
  [null, '1、部门预算项目 □  2、省直专项 □  3、省对下转移支付项目 □'],
  ['项目资金\n（万元）', null, '年初预算数', '1-6月执行数', '全年预计执行数'],
  ['年度资金总额：', null, 220, 87.57, null],
  ['其中：当年一般公共预算拨款', null, 220, 87.57, null],
  ['绩效指标', '一级\n指标', '指标名称', '指标值', '半年度\n指标执行情况', '完成目标可能性（确定能、有可能、不可能）', '备注'],
  [null, '产\n出\n指\n标', '质量'],
  [null, null, '时效'],
  [null, null, '成本', '年度预算220万元', '按进度执行，已使用约40%', '确定能'],
  [null, '效\n益\n指\n标', '社会效益', SOCIAL, null, '确定能'],
  ['偏差或不能完成目标原因分析'],
  ['相关建议或举措'],
  [NOTE],
];
const merges = [
  'A1:G1', 'A2:G2', 'A3:E3', 'F3:G3', 'B4:G4', 'B5:C5', 'E5:G5', 'B6:G6', 'A7:A8', 'B7:G7', 'B8:G8',
  'A9:B9', 'E9:G9', 'A10:B10', 'E10:G10', 'A11:B11', 'E11:G11', 'A12:A16', 'B13:B15', 'D16:E16', 'A17:B17', 'C17:G17', 'A18:B18',
  'C18:G18', 'A19:G19',
];

const WIDTHS = [14, 10, 20, 24, 24, 18, 8];

/** Display width at 10 pt: CJK and full-width characters count two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

/** Rows tall enough for their wrapped text, merged cells measured over their merged width. */
function fitRowHeights(ws: ExcelJS.Worksheet): void {
  const span = new Map<string, { lastCol: number; rows: number }>();
  for (const m of merges) {
    const [a, b] = m.split(':') as [string, string];
    const first = ws.getCell(a);
    const last = ws.getCell(b);
    span.set(a, { lastCol: Number(last.col), rows: Number(last.row) - Number(first.row) + 1 });
  }
  rows.forEach((values, r) => {
    let lines = 1;
    values.forEach((value, c) => {
      if (typeof value !== 'string') return;
      const at = ws.getCell(r + 1, c + 1).address;
      const { lastCol, rows: spanned } = span.get(at) ?? { lastCol: c + 1, rows: 1 };
      let room = -1;
      for (let k = c + 1; k <= lastCol; k++) room += WIDTHS[k - 1] ?? 8.43;
      const need = value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(1, room))), 0);
      lines = Math.max(lines, Math.ceil(need / spanned));
    });
    ws.getRow(r + 1).height = Math.max(15, 14 * lines + 2);
  });
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tools/forms (rebuilt from a published form)';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('监控表');
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.font = { name: '宋体', size: r < 2 ? 14 : 10, bold: r < 2 };
      cell.alignment = r < 2 ? { wrapText: true, vertical: 'middle', horizontal: 'center' } : { wrapText: true, vertical: 'middle' };
    });
  });
  for (let r = 4; r <= 18; r++) {
    for (let c = 1; c <= 7; c++) {
      const thin = { style: 'thin' as const };
      ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
  for (const m of merges) ws.mergeCells(m);
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  fitRowHeights(ws);
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await wb.xlsx.writeFile(OUT);
}

void main();
