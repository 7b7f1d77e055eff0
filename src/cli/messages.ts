/** The command line's own words, per locale (diagnostic messages come from the engine). */
import type { Locale, Severity } from '../domain/diagnostics/types';
import type { IndicatorStatus, LayoutRole } from '../domain/model';
import type { XlsxOpenFailure } from '../hosts/xlsx/openErrors';
import type { PatchGiveUpReason } from '../hosts/xlsx/patch/giveUp';
import type { SaveOutcome } from '../hosts/xlsx/xlsxHost';
import { DEFAULT_LIMITS } from '../hosts/xlsx/read/limits';

const ZH_SAVE_AS = '文件 → 另存为 → Excel 工作簿 (*.xlsx)';
const EN_SAVE_AS = 'File → Save As → Excel Workbook (*.xlsx)';

function mebibytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
import type { ChangeKind } from '../domain/workbench/compareIndicators';
import type { ProfileSource } from '../app/profileChoice';
import { profileIds } from '../domain/schema/profiles';

const PROFILE_LIST = profileIds().join(' | ');
import type { Light as TrackingLight } from '../domain/tracking/types';

export interface CliMessages {
  readonly usage: string;
  readonly usageHint: string;
  readonly missingCommand: string;
  readonly unknownCommand: (command: string) => string;
  readonly missingInput: (command: string) => string;
  readonly extraArguments: (args: string) => string;
  readonly badOption: (detail: string) => string;
  readonly badLang: (value: string) => string;
  readonly badProfile: (value: string, ids: readonly string[]) => string;
  readonly badLayout: (value: string) => string;
  readonly badMode: (value: string) => string;
  readonly optionNotFor: (option: string, command: string) => string;
  readonly templateNeedsOutput: string;
  readonly outputExists: (path: string) => string;
  readonly openFailure: (reason: XlsxOpenFailure, path: string) => string;
  readonly writeFailure: (path: string, detail: string) => string;
  readonly internalError: (detail: string) => string;

  /** `项目：…` / `Project: …` */
  readonly label: (name: string, value: string) => string;
  readonly project: string;
  readonly unnamed: string;
  readonly asOf: string;
  readonly profile: string;
  /** Said after the profile's name: how it was chosen (empty for the default). */
  readonly profileSource: Readonly<Record<ProfileSource, string>>;
  readonly columns: {
    readonly level1: string;
    readonly level2: string;
    readonly name: string;
    readonly target: string;
    readonly actual: string;
    readonly weight: string;
    readonly score: string;
    readonly status: string;
    readonly item: string;
    readonly note: string;
    readonly severity: string;
    readonly cell: string;
    readonly code: string;
    readonly message: string;
  };
  readonly status: Readonly<Record<IndicatorStatus, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly budgetRate: string;
  readonly executionRate: (rate: string) => string;
  readonly total: string;
  readonly grade: (grade: string, provisional: boolean) => string;
  readonly noIndicators: string;
  /** Indicators were read but none could be scored (NOTHING_SCORED). */
  readonly nothingScored: string;
  /** `读取：…` — the blocks read, one line. */
  readonly layout: (blocks: string) => string;
  readonly layoutNone: string;
  readonly roles: Readonly<Record<LayoutRole, string>>;
  /** The unit's own total, beside ours. */
  readonly selfTotal: string;
  readonly selfTotalNote: (difference: string) => string;
  readonly diagnosticsTitle: (count: number) => string;
  readonly noDiagnostics: string;
  readonly counts: (errors: number, warnings: number, infos: number) => string;
  readonly output: (path: string) => string;
  /** How the output file was made (a line under `output`). */
  readonly saved: (outcome: SaveOutcome) => string;
  readonly notWritten: string;
  readonly templateCreated: (sheets: readonly string[], path: string) => string;
  readonly reportNeedsDocx: (path: string) => string;
  /** The one line of 指标调整对比 in the summary. */
  readonly comparison: (reference: string, scored: string, counts: string) => string;
  readonly changeCount: (kind: string, count: number) => string;
  readonly changeKinds: Readonly<Record<ChangeKind, string>>;
  readonly listSeparator: string;
  readonly noComparison: string;
  /** Tracking mode's two lines: funds against 时间进度; indicator lights and the two scores. */
  readonly trackingFunds: (asOf: string, time: string, execution: string, gap: string, light: string) => string;
  readonly trackingIndicators: (counts: Readonly<Record<TrackingLight, number>>, projected: string, grade: string, snapshot: string) => string;
  readonly lights: Readonly<Record<TrackingLight, string>>;
  readonly draftWritten: (path: string) => string;
}

/** Why the patching writer gave up, for the summary line. */
function zhReason(reason: PatchGiveUpReason): string {
  switch (reason) {
    case 'dataValidations':
      return '计划中含下拉列表';
    case 'zipLayout':
      return '文件的压缩格式（zip64、加密条目等）无法逐项复制';
    case 'noWorkbookPart':
      return '文件缺少工作簿部件';
    case 'strictOoxml':
      return '文件为 Strict Open XML 格式';
    case 'utf16Part':
      return '需要修改的部件为 UTF-16 编码';
    case 'malformedPart':
      return '需要修改的部件不是格式良好的 XML';
    case 'unexpectedPart':
      return '需要修改的部件结构不常见';
    case 'outputSheetHasParts':
      return '已有的输出表带有批注、图形等附属部件';
    case 'metaSheetPlacement':
      return '_perfeval_meta 不在最后，或新表会移动指向它的名称';
    case 'activatesUnwrittenSheet':
      return '要选中的表不是本次写出的表';
  }
}

function enReason(reason: PatchGiveUpReason): string {
  switch (reason) {
    case 'dataValidations':
      return 'the plan has drop-down lists';
    case 'zipLayout':
      return 'the zip layout (zip64, encrypted entries, …) cannot be copied entry by entry';
    case 'noWorkbookPart':
      return 'the file has no workbook part';
    case 'strictOoxml':
      return 'the file is Strict Open XML';
    case 'utf16Part':
      return 'a part to edit is UTF-16';
    case 'malformedPart':
      return 'a part to edit is not well-formed XML';
    case 'unexpectedPart':
      return 'a part to edit has an unusual structure';
    case 'outputSheetHasParts':
      return 'an existing output sheet has comments, drawings or other parts of its own';
    case 'metaSheetPlacement':
      return '_perfeval_meta is not the last sheet, or new sheets would shift names that point at it';
    case 'activatesUnwrittenSheet':
      return 'the sheet to select is not one this run writes';
  }
}

const ZH: CliMessages = {
  usage: [
    '绩效评价助手 perf-eval — 读取项目支出绩效自评工作簿，按财预〔2020〕10号校验、评分并写回自评表。',
    '',
    '用法：',
    '  perf-eval evaluate 输入.xlsx [-o 输出.xlsx] [--report 报告.docx] [--profile 口径] [--json] [--lang zh-CN|en-US]',
    '      评分并写出绩效自评表、指标得分明细、支出汇总、校验问题、评价报告（草稿）',
    '      （有参考指标表时另有指标调整对比）；默认输出到输入文件旁的“输入.评价结果.xlsx”，',
    '      输入文件本身不改动。--report 另把评价报告（草稿）写成 Word 文档。',
    '  perf-eval validate 输入.xlsx [--profile 口径] [--json] [--lang zh-CN|en-US]',
    '      只校验，列出全部问题，不写任何文件。',
    '  perf-eval template -o 模板.xlsx [--layout sheets|form] [--profile 口径] [--lang zh-CN|en-US]',
    '      生成空白模板（带示例数据和下拉选项）：sheets（默认）为项目信息、支出明细、绩效指标三张输入表；',
    '      form 为单张《项目支出绩效自评表》（一级指标标注本口径的分值）。',
    '  perf-eval evaluate 输入.xlsx [-o 输出.xlsx] [--mode self|tracking] [--report 报告.docx] [--json] [--lang zh-CN|en-US]',
    '      评分并写出绩效自评表（绩效跟踪时为绩效运行监控表）、指标得分明细、支出汇总、校验问题、评价报告（草稿）',
    '      （有参考指标表时另有指标调整对比）；默认输出到输入文件旁的“输入.评价结果.xlsx”，',
    '      输入文件本身不改动。--report 另把评价报告（草稿）写成 Word 文档。',
    '  perf-eval validate 输入.xlsx [--mode self|tracking] [--json] [--lang zh-CN|en-US]',
    '      只校验，列出全部问题，不写任何文件。',
    '  perf-eval template -o 模板.xlsx [--mode self|tracking] [--lang zh-CN|en-US]',
    '      生成含项目信息、支出明细、绩效指标三张输入表（带示例数据和下拉选项）的空白工作簿；',
    '      --mode tracking 为绩效跟踪模板（1-7月执行情况、全年预计完成值、完成目标可能性、偏差原因类别）。',
    '  perf-eval batch 文件夹|文件… -o 汇总.xlsx [--outputs 文件夹] [--profile 口径] [--json] [--jobs N] [--incremental]',
    '      在一个进程中评价一批工作簿，写出汇总工作簿（项目汇总、等级分布、常见问题）；',
    '      --outputs 另为每个项目写出评价结果；--incremental 跳过内容未改动的文件；Ctrl-C 停止并保留已完成部分的汇总。',
    '',
    '选项：',
    '  -o, --output 文件    输出文件',
    '  --mode self|tracking 自评或绩效跟踪（运行监控）；不写则按工作簿：记住的选择、评价类型、评价截止日期',
    '  --report 文件.docx   评价报告（草稿）的 Word 文档',
    `  --profile 口径       评分口径：${PROFILE_LIST}；`,
    '                       不指定时沿用工作簿记住的口径，否则按表格标注识别（如“预算执行（20分）”），默认 central；',
    '                       batch 不指定时一律按 central',
    '  --layout 版式        模板版式：sheets（三张输入表，默认）或 form（单张自评表）',
    '  --json               在标准输出打印一个 JSON 对象（评分报告或校验结果），不打印其他内容',
    '  --lang 语言          提示语言：zh-CN（默认）或 en-US；自评表本身始终为中文',
    '  -h, --help           显示本帮助',
    '',
    '退出码：0 已得出结果（含暂定结果）；1 没有可评分的指标表或没有任何指标能够计分，或校验发现错误；2 用法错误或文件无法读写；',
    '        130 batch 被 Ctrl-C 中断（已完成部分的汇总已写出）。',
  ].join('\n'),
  usageHint: '运行 perf-eval --help 查看用法。',
  missingCommand: '缺少命令（evaluate、validate、template 或 batch）。',
  unknownCommand: (c) => `未知命令“${c}”（可用：evaluate、validate、template、batch）。`,
  missingInput: (c) => `${c} 需要一个输入文件（.xlsx）。`,
  extraArguments: (a) => `多余的参数：${a}。`,
  badOption: (d) => `选项有误：${d}。`,
  badLang: (v) => `不支持的语言“${v}”（可用：zh-CN、en-US）。`,
  badProfile: (v, ids) => `未知的评分口径“${v}”（可用：${ids.join('、')}）。`,
  badLayout: (v) => `未知的模板版式“${v}”（可用：sheets、form）。`,
  badMode: (v) => `不支持的评价类型“${v}”（可用：self 自评、tracking 绩效跟踪）。`,
  optionNotFor: (o, c) => `${c} 不接受选项 ${o}。`,
  templateNeedsOutput: 'template 需要用 -o 指定输出文件。',
  outputExists: (p) => `文件 ${p} 已存在，为免覆盖未写入；请换一个文件名。`,
  openFailure: (reason, p) => {
    switch (reason) {
      case 'notFound':
        return `找不到文件 ${p}。`;
      case 'unreadable':
        return `无法读取 ${p}（是文件夹或没有读取权限）。`;
      case 'notXlsx':
        return `${p} 不是 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中打开它，用“${ZH_SAVE_AS}”另存后重试。`;
      case 'truncated':
        return `${p} 不完整（文件被截断，可能下载或复制未完成）：请重新获取原文件；若 Excel 仍能打开，请用“${ZH_SAVE_AS}”另存后重试。`;
      case 'legacyXls':
        return `${p} 是旧版 Excel 97-2003 工作簿（.xls），本工具只读 .xlsx：请在 Excel 中用“${ZH_SAVE_AS}”另存（WPS：文件 → 另存为 → Excel 文件 (*.xlsx)）后重试。`;
      case 'wpsEt':
        return `${p} 是 WPS 表格文件（.et），本工具只读 .xlsx：请在 WPS 中用“文件 → 另存为”，文件类型选“Excel 文件 (*.xlsx)”，另存后重试。`;
      case 'ods':
        return `${p} 是 OpenDocument 电子表格（.ods），本工具只读 .xlsx：请在 Excel、WPS 或 LibreOffice 中打开，另存为“Excel 工作簿 (*.xlsx)”后重试。`;
      case 'xlsb':
        return `${p} 是 Excel 二进制工作簿（.xlsb），本工具只读 .xlsx：请在 Excel 中用“${ZH_SAVE_AS}”另存后重试。`;
      case 'encrypted':
        return `${p} 设有打开密码（已加密），无法读取：请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码后保存（WPS：文件 → 文档加密 → 密码加密），然后重试。`;
      case 'notWorkbook':
        return `${p} 不是 Excel 工作簿（可能是 Word、PowerPoint 文档或其他文件）：请选择要评价的 .xlsx 工作簿。`;
      case 'sizeLimit':
        return `${p} 解压后超过 ${mebibytes(DEFAULT_LIMITS.maxTotalBytes)} MB，超出读取上限，为安全起见未读取（疑似“压缩炸弹”）；如确为正常工作簿，请删去无关的工作表后重试。`;
      case 'ratioLimit':
        return `${p} 中有部件解压后超过压缩大小的 ${DEFAULT_LIMITS.maxRatio} 倍，疑似“压缩炸弹”，为安全起见未读取。`;
      case 'corrupt':
        return `${p} 已损坏，无法作为 .xlsx 工作簿读取：若 Excel 能打开并修复它，请修复后用“${ZH_SAVE_AS}”另存一份再试。`;
    }
  },
  writeFailure: (p, d) => `无法写入 ${p}：${d}`,
  internalError: (d) => `内部错误：${d}`,

  label: (k, v) => `${k}：${v}`,
  project: '项目',
  unnamed: '（未找到项目名称）',
  asOf: '评价截止日期',
  profile: '评分口径',
  profileSource: { chosen: '（--profile 指定）', remembered: '（工作簿中保存的口径）', detected: '（按表格标注识别）', default: '' },
  columns: {
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    status: '状态',
    item: '项目',
    note: '说明',
    severity: '级别',
    cell: '位置',
    code: '代码',
    message: '说明',
  },
  status: { met: '达成', partial: '部分达成', unmet: '未达成', missing: '缺失', excluded: '不计分' },
  severity: { error: '错误', warning: '警告', info: '提示' },
  budgetRate: '预算执行率',
  executionRate: (r) => `执行率 ${r}`,
  total: '总分',
  grade: (g, provisional) => `等级 ${g}${provisional ? '（暂定：存在错误，修正后重新计算）' : ''}`,
  noIndicators: '未找到绩效指标表，无法评分。',
  nothingScored: '已读取绩效指标，但没有任何指标能够计分（见下方 NOTHING_SCORED），未计算总分。',
  layout: (b) => `读取：${b}`,
  layoutNone: '读取：未找到任何可读取的区块。',
  roles: { project: '项目信息', funds: '项目资金', goals: '年度总体目标', indicators: '绩效指标', expenses: '支出明细', reference: '参考指标' },
  selfTotal: '单位自评',
  selfTotalNote: (d) => `与复核得分相差 ${d}`,
  diagnosticsTitle: (n) => `校验问题（${n} 条）`,
  noDiagnostics: '校验问题：无。',
  counts: (e, w, i) => `共 ${e} 个错误、${w} 个警告、${i} 条提示。`,
  output: (p) => `输出文件：${p}`,
  saved: (o) => {
    switch (o.mode) {
      case 'source':
      case 'patch':
        return '保存方式：在输入文件的副本上增改输出表，其余内容（图表、数据透视表、图片等）原样保留。';
      case 'exceljs':
        return `保存方式：由 ExcelJS 重新写出整个工作簿${o.reason === undefined ? '' : `（${zhReason(o.reason)}）`}；值、数字格式和合并单元格都保留，但图表、数据透视表和图片可能丢失。`;
    }
  },
  notWritten: '未生成输出文件。',
  templateCreated: (sheets, p) => `已生成模板（${sheets.join('、')}）：${p}`,
  reportNeedsDocx: (p) => `--report 需要一个 .docx 文件名（收到“${p}”）。`,
  comparison: (r, s, counts) => `指标调整对比（${r} → ${s}）：${counts}。`,
  changeCount: (kind, n) => `${kind} ${n} 项`,
  changeKinds: {
    added: '新增',
    removed: '删除',
    targetChanged: '目标值调整',
    wordingChanged: '表述调整',
    level2Moved: '二级指标调整',
    unchanged: '未调整',
  },
  listSeparator: '，',
  noComparison: '指标调整对比：没有参考指标表，未对比。',
  trackingFunds: (a, t, e, g, l) => `绩效跟踪（截至 ${a}）：时间进度 ${t}，执行进度 ${e}，进度差 ${g} 个百分点（${l}）。`,
  trackingIndicators: (c, p, g, s) =>
    `指标：绿灯 ${c.green} 项、黄灯 ${c.yellow} 项、红灯 ${c.red} 项、灰灯（未填报或无法判断）${c.grey} 项；预计全年得分 ${p}（${g}），截至日得分（参考）${s}。`,
  lights: { green: '绿灯', yellow: '黄灯', red: '红灯', grey: '灰灯' },
  draftWritten: (p) => `评价报告（草稿）：${p}`,
};

const EN: CliMessages = {
  usage: [
    'perf-eval — reads a project expenditure performance self-evaluation workbook (项目支出绩效自评),',
    'checks and scores it under Cai Yu [2020] No. 10, and writes the official forms back.',
    '',
    'Usage:',
    '  perf-eval evaluate IN.xlsx [-o OUT.xlsx] [--report OUT.docx] [--profile ID] [--json] [--lang zh-CN|en-US]',
    '      Score and write the output sheets (绩效自评表, 指标得分明细, 支出汇总, 校验问题, 评价报告（草稿）,',
    '      and 指标调整对比 with a reference indicator sheet); by default to "IN.评价结果.xlsx" next to',
    '      the input, which is never modified. --report also writes the draft report as a Word document.',
    '  perf-eval validate IN.xlsx [--profile ID] [--json] [--lang zh-CN|en-US]',
    '      Check only: list every problem, write nothing.',
    '  perf-eval template -o BLANK.xlsx [--layout sheets|form] [--profile ID] [--lang zh-CN|en-US]',
    '      Create a template with example data and drop-downs: sheets (default) is the three input sheets',
    '      (项目信息, 支出明细, 绩效指标); form is the one-sheet 项目支出绩效自评表 with the profile\'s points.',
    '  perf-eval evaluate IN.xlsx [-o OUT.xlsx] [--mode self|tracking] [--report OUT.docx] [--json] [--lang zh-CN|en-US]',
    '      Score and write the output sheets (绩效自评表 — 绩效运行监控表 when tracking —, 指标得分明细, 支出汇总, 校验问题, 评价报告（草稿）,',
    '      and 指标调整对比 with a reference indicator sheet); by default to "IN.评价结果.xlsx" next to',
    '      the input, which is never modified. --report also writes the draft report as a Word document.',
    '  perf-eval validate IN.xlsx [--mode self|tracking] [--json] [--lang zh-CN|en-US]',
    '      Check only: list every problem, write nothing.',
    '  perf-eval template -o BLANK.xlsx [--mode self|tracking] [--lang zh-CN|en-US]',
    '      Create a workbook with the three input sheets (example data and drop-downs); --mode tracking adds',
    '      the tracking columns (to-date actual, projection, likelihood, deviation categories).',
    '  perf-eval batch DIR|FILES… -o SUMMARY.xlsx [--outputs DIR] [--profile ID] [--json] [--jobs N] [--incremental]',
    '      Evaluate many workbooks in one process and write a summary workbook (projects, grades, common',
    '      problems); --outputs also writes each project\'s own output; --incremental skips unchanged files;',
    '      Ctrl-C stops and keeps the summary of what was done.',
    '',
    'Options:',
    '  -o, --output FILE    output file',
    '  --mode self|tracking self-evaluation or tracking (绩效跟踪); without it the workbook decides: the mode',
    '                       remembered, its 评价类型, its as-of date',
    '  --report FILE.docx   the draft report (评价报告（草稿）) as a Word document',
    `  --profile ID         scoring profile: ${PROFILE_LIST}; without it, the one the workbook`,
    '                       remembers, else the one its labels name (e.g. 预算执行（20分）), else central;',
    '                       batch without it scores every file as central',
    '  --layout LAYOUT      template layout: sheets (the three input sheets, default) or form (one sheet)',
    '  --json               print exactly one JSON object on stdout (the report or the check result)',
    '  --lang LOCALE        language of messages: zh-CN (default) or en-US; the form itself is Chinese',
    '  -h, --help           show this help',
    '',
    'Exit codes: 0 a result was produced (provisional included); 1 no indicator sheet, or no indicator',
    'could be scored, or validate found errors; 2 usage error or a file that cannot be read or written;',
    '130 batch interrupted by Ctrl-C (the summary of what was done is written).',
  ].join('\n'),
  usageHint: 'Run perf-eval --help for usage.',
  missingCommand: 'Missing command (evaluate, validate, template or batch).',
  unknownCommand: (c) => `Unknown command "${c}" (use evaluate, validate, template or batch).`,
  missingInput: (c) => `${c} needs one input file (.xlsx).`,
  extraArguments: (a) => `Unexpected arguments: ${a}.`,
  badOption: (d) => `Bad option: ${d}.`,
  badLang: (v) => `Unsupported language "${v}" (use zh-CN or en-US).`,
  badProfile: (v, ids) => `Unknown scoring profile "${v}" (use ${ids.join(', ')}).`,
  badLayout: (v) => `Unknown template layout "${v}" (use sheets or form).`,
  badMode: (v) => `Unsupported mode "${v}" (use self or tracking).`,
  optionNotFor: (o, c) => `${c} does not take ${o}.`,
  templateNeedsOutput: 'template needs an output file: -o BLANK.xlsx.',
  outputExists: (p) => `${p} already exists; not overwritten. Choose another file name.`,
  openFailure: (reason, p) => {
    switch (reason) {
      case 'notFound':
        return `File not found: ${p}.`;
      case 'unreadable':
        return `Cannot read ${p} (a folder, or no permission).`;
      case 'notXlsx':
        return `${p} is not an Excel workbook (.xlsx): open it in Excel or WPS and save it with ${EN_SAVE_AS}, then try again.`;
      case 'truncated':
        return `${p} is incomplete (cut short, perhaps by an unfinished download or copy): get the file again; if Excel still opens it, save it with ${EN_SAVE_AS}.`;
      case 'legacyXls':
        return `${p} is a legacy Excel 97-2003 workbook (.xls); only .xlsx is read: save it with ${EN_SAVE_AS} in Excel (WPS: File → Save As → Excel file (*.xlsx)), then try again.`;
      case 'wpsEt':
        return `${p} is a WPS Spreadsheets file (.et); only .xlsx is read: in WPS choose File → Save As with the type "Excel file (*.xlsx)", then try again.`;
      case 'ods':
        return `${p} is an OpenDocument spreadsheet (.ods); only .xlsx is read: open it in Excel, WPS or LibreOffice and save it as "Excel Workbook (*.xlsx)", then try again.`;
      case 'xlsb':
        return `${p} is an Excel binary workbook (.xlsb); only .xlsx is read: save it with ${EN_SAVE_AS} in Excel, then try again.`;
      case 'encrypted':
        return `${p} is password-protected (encrypted) and cannot be read: open it in Excel, clear the password under File → Info → Protect Workbook → Encrypt with Password and save (WPS: File → Document Encryption), then try again.`;
      case 'notWorkbook':
        return `${p} is not an Excel workbook (perhaps a Word or PowerPoint document, or another file): choose the .xlsx workbook to evaluate.`;
      case 'sizeLimit':
        return `${p} unpacks to more than ${mebibytes(DEFAULT_LIMITS.maxTotalBytes)} MB, above the reading limit, and was not read for safety (a zip bomb?); if it is a real workbook, delete the sheets it does not need and try again.`;
      case 'ratioLimit':
        return `${p} has a part that unpacks to more than ${DEFAULT_LIMITS.maxRatio} times its compressed size, as a zip bomb does, and was not read for safety.`;
      case 'corrupt':
        return `${p} is damaged and cannot be read as an .xlsx workbook: if Excel can open and repair it, save the repaired file with ${EN_SAVE_AS} and try again.`;
    }
  },
  writeFailure: (p, d) => `Cannot write ${p}: ${d}`,
  internalError: (d) => `Internal error: ${d}`,

  label: (k, v) => `${k}: ${v}`,
  project: 'Project',
  unnamed: '(no project name found)',
  asOf: 'As of',
  profile: 'Scoring profile',
  profileSource: {
    chosen: ' (--profile)',
    remembered: ' (saved in the workbook)',
    detected: " (recognised from the sheets' labels)",
    default: '',
  },
  columns: {
    level1: 'Level 1',
    level2: 'Level 2',
    name: 'Indicator',
    target: 'Target',
    actual: 'Actual',
    weight: 'Weight',
    score: 'Score',
    status: 'Status',
    item: 'Item',
    note: 'Note',
    severity: 'Severity',
    cell: 'Cell',
    code: 'Code',
    message: 'Message',
  },
  status: { met: 'met', partial: 'partly met', unmet: 'not met', missing: 'missing', excluded: 'not scored' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  budgetRate: 'Budget execution',
  executionRate: (r) => `rate ${r}`,
  total: 'Total',
  grade: (g, provisional) => `grade ${g}${provisional ? ' (provisional: fix the errors and run again)' : ''}`,
  noIndicators: 'No indicator sheet found: nothing to score.',
  nothingScored: 'Indicators were read but none could be scored (see NOTHING_SCORED below): no total.',
  layout: (b) => `Read: ${b}`,
  layoutNone: 'Read: no block found.',
  roles: { project: 'project', funds: 'funds', goals: 'goals', indicators: 'indicators', expenses: 'expenses', reference: 'reference indicators' },
  selfTotal: "Unit's own score",
  selfTotalNote: (d) => `differs from the review by ${d}`,
  diagnosticsTitle: (n) => `Diagnostics (${n})`,
  noDiagnostics: 'Diagnostics: none.',
  counts: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} note(s).`,
  output: (p) => `Output: ${p}`,
  saved: (o) => {
    switch (o.mode) {
      case 'source':
      case 'patch':
        return 'Saved by patching a copy of the input: everything else in it (charts, pivot tables, pictures, …) is kept as it was.';
      case 'exceljs':
        return `Saved by ExcelJS rewriting the whole workbook${o.reason === undefined ? '' : ` (${enReason(o.reason)})`}: values, number formats and merges are kept, charts, pivot tables and pictures may be lost.`;
    }
  },
  notWritten: 'No output file written.',
  templateCreated: (sheets, p) => `Template created (${sheets.join(', ')}): ${p}`,
  reportNeedsDocx: (p) => `--report needs a .docx file name (got "${p}").`,
  comparison: (r, s, counts) => `Indicator changes (${r} → ${s}): ${counts}.`,
  changeCount: (kind, n) => `${n} ${kind}`,
  changeKinds: {
    added: 'added',
    removed: 'removed',
    targetChanged: 'with a changed target',
    wordingChanged: 'reworded',
    level2Moved: 'moved to another level 2',
    unchanged: 'unchanged',
  },
  listSeparator: ', ',
  noComparison: 'Indicator changes: no reference indicator sheet to compare with.',
  trackingFunds: (a, t, e, g, l) => `Tracking (as of ${a}): time elapsed ${t}, execution ${e}, gap ${g} pp (${l}).`,
  trackingIndicators: (c, p, g, s) =>
    `Indicators: ${c.green} green, ${c.yellow} yellow, ${c.red} red, ${c.grey} grey (not reported or not judged); projected year-end score ${p} (${g}), score to date (reference) ${s}.`,
  lights: { green: 'green', yellow: 'yellow', red: 'red', grey: 'grey' },
  draftWritten: (p) => `Draft report: ${p}`,
};

export function cliMessages(locale: Locale): CliMessages {
  return locale === 'en-US' ? EN : ZH;
}
