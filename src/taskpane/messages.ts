/**
 * Every string the task pane shows, one table per locale. Diagnostics are not here: their messages
 * come rendered by the engine (renderDiagnostics / the Report) in the locale the pane passes along.
 * The official output sheets are always Chinese; only the pane itself speaks English.
 */
import { localeFromDisplayLanguage } from '../app/locale';
import type { Grade, LayoutRole } from '../domain/model';
import type { Locale, Severity } from '../domain/diagnostics/types';
import type { ProfileSource } from '../app/profileChoice';
import { PROFILES } from '../domain/schema/profiles';

/** Every shipped profile's label in `locale`, by id. */
function profileLabels(locale: Locale): Readonly<Record<string, string>> {
  return Object.fromEntries(PROFILES.map((p) => [p.id, p.label[locale]]));
}
import type { EvaluationMode } from '../domain/workbookSettings';

export interface PaneMessages {
  readonly appTitle: string;
  readonly notEvaluated: string;
  readonly projectNameMissing: string;
  readonly projectLabel: string;
  readonly profileLabel: string;
  readonly profiles: Readonly<Record<string, string>>;
  /** The drop-down's first entry: no choice (the workbook's remembered profile, else detection). */
  readonly profileAuto: string;
  /** The line under the drop-down: the profile the workbook was last read under, and how it was found. */
  readonly profileInUse: (label: string, source: ProfileSource) => string;
  readonly profileHint: string;
  /** The mode switch (DOMAIN.md §9); the choice is remembered in the workbook with the outputs. */
  readonly modeLabel: string;
  readonly modes: Readonly<Record<EvaluationMode, string>>;
  readonly modeHint: string;
  readonly actionsLabel: string;
  readonly validate: string;
  readonly validateHint: string;
  readonly recompute: string;
  readonly recomputeHint: string;
  readonly insertTemplate: string;
  readonly insertTemplateHint: string;
  readonly insertForm: string;
  readonly insertFormHint: string;
  readonly working: Readonly<Record<PaneAction, string>>;
  readonly resultTitle: string;
  readonly totalLabel: string;
  readonly gradeLabel: string;
  readonly grades: Readonly<Record<Grade, string>>;
  readonly provisional: string;
  readonly provisionalHint: string;
  readonly levelsLabel: string;
  readonly levelNames: Readonly<Record<string, string>>;
  readonly budgetLevel: string;
  readonly executionRate: string;
  /** The unit's own total beside ours. */
  readonly selfTotalLabel: string;
  /** One line: the blocks read (`读取：绩效指标 Sheet1!A12:I30；…`). */
  readonly layoutLine: (blocks: string) => string;
  readonly layoutNone: string;
  readonly roles: Readonly<Record<LayoutRole, string>>;
  /** Nothing could be scored: no total, no form of the mode (the 自评表, the 监控表 in tracking mode; DOMAIN.md §8.13). */
  readonly nothingScored: Readonly<Record<EvaluationMode, string>>;
  readonly recomputeWithheld: (sheets: readonly string[]) => string;
  readonly notAvailable: string;
  readonly diagnosticsTitle: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly groupHeading: (severity: string, count: number) => string;
  readonly noProblems: string;
  readonly workbookWide: string;
  readonly goToCell: (location: string) => string;
  readonly showMore: (shown: number, total: number) => string;
  readonly recomputeDone: (sheets: readonly string[]) => string;
  readonly validateDone: (sheet: string | undefined) => string;
  readonly templateCreated: (sheets: readonly string[]) => string;
  readonly templateExists: string;
  readonly formTemplateExists: string;
  readonly errorTitle: string;
  readonly genericError: (detail: string) => string;
  readonly selectError: (location: string) => string;
  readonly dismiss: string;
  readonly successTitle: string;
  readonly workbenchTitle: string;
  readonly changeKinds: Readonly<Record<'added' | 'removed' | 'targetChanged' | 'wordingChanged' | 'level2Moved' | 'unchanged', string>>;
  readonly changeCount: (kind: string, count: number) => string;
  readonly countSeparator: string;
  readonly openComparison: string;
  readonly openDraft: string;
  readonly downloadDraft: string;
  readonly draftReady: (sheet: string) => string;
  readonly draftInSheet: (sheet: string) => string;
  readonly downloadError: (detail: string) => string;
  /**
   * 评价类型 · 年度 · 截止日期 under the project name: the mode taken (with 项目信息's 评价类型 beside it when
   * that says something else), the year, the as-of date; parts not known are left out.
   */
  readonly projectFacts: (mode: EvaluationMode, written: string | null, year: number | null, asOf: string | null) => string;
  readonly runFactsLabel: string;
  /** The sheet scored, and in which mode. */
  readonly scoredSheet: (sheet: string, mode: EvaluationMode) => string;
  readonly referenceSheets: (sheets: readonly string[]) => string;
  readonly referenceGroup: (sheets: readonly string[], count: number) => string;
  /** 查看自评表, or 查看监控表 in tracking mode. */
  readonly openForm: Readonly<Record<EvaluationMode, string>>;
  readonly rewriteNote: string;
  readonly reasonLink: (sheet: string) => string;
  /** The scored sheet has no 偏差原因 column: where to add one. */
  readonly reasonMissing: (sheet: string) => string;
  readonly barsNote: string;
}

export type PaneAction = 'validate' | 'recompute' | 'insertTemplate' | 'insertForm';

const list = (items: readonly string[], sep: string): string => items.join(sep);

/** The modes by the names 项目信息's 评价类型 gives them (a written type that differs is shown beside the mode). */
const MODE_NAMES: Readonly<Record<EvaluationMode, string>> = { selfEvaluation: '单位自评', tracking: '绩效跟踪' };

function facts(parts: readonly (string | null)[]): string {
  return parts.filter((x): x is string => x !== null && x !== '').join(' · ');
}

function writtenType(mode: EvaluationMode, written: string | null, show: (w: string) => string): string {
  return written !== null && written.trim() !== '' && written.trim() !== MODE_NAMES[mode] ? show(written.trim()) : '';
}

const zhCN: PaneMessages = {
  appTitle: '绩效评价助手',
  notEvaluated: '尚未读取',
  projectNameMissing: '（未找到项目名称）',
  projectLabel: '项目',
  profileLabel: '评价口径',
  profiles: profileLabels('zh-CN'),
  profileAuto: '自动识别',
  profileInUse: (label, source) =>
    `当前口径：${label}${source === 'detected' ? '（按表格标注识别）' : source === 'remembered' ? '（工作簿中保存）' : ''}`,
  profileHint: '更改后，再点“校验”或“计算并写入”按新口径计算',
  modeLabel: '评价类型',
  modes: { selfEvaluation: '单位自评', tracking: '绩效跟踪（运行监控）' },
  modeHint: '选择后，计算并写入时记在工作簿中；不选则按工作簿的评价类型和评价截止日期判断',
  actionsLabel: '操作',
  validate: '校验',
  validateHint: '检查输入表，并把问题写入“校验问题”工作表',
  recompute: '计算并写入',
  recomputeHint: '计算得分，并写入绩效自评表（绩效跟踪时为绩效运行监控表）、指标得分明细、支出汇总和校验问题',
  insertTemplate: '插入模板',
  insertTemplateHint: '添加缺少的输入表（项目信息、支出明细、绩效指标），不改动已有工作表',
  insertForm: '插入自评表',
  insertFormHint: '添加单张《项目支出绩效自评表》模板（一级指标标注本口径的分值），不改动已有工作表',
  working: {
    validate: '正在校验…',
    recompute: '正在计算并写入…',
    insertTemplate: '正在插入模板…',
    insertForm: '正在插入自评表模板…',
  },
  resultTitle: '评价结果',
  totalLabel: '总分',
  gradeLabel: '等级',
  grades: { 优: '优', 良: '良', 中: '中', 差: '差' },
  provisional: '暂定',
  provisionalHint: '存在错误级问题，结果为暂定；请处理下方“错误”后重新计算。',
  levelsLabel: '一级指标得分',
  levelNames: {},
  budgetLevel: '预算执行',
  executionRate: '预算执行率',
  selfTotalLabel: '单位自评',
  layoutLine: (blocks) => `读取：${blocks}`,
  layoutNone: '读取：未找到可读取的区块。',
  roles: { project: '项目信息', funds: '项目资金', goals: '年度总体目标', indicators: '绩效指标', expenses: '支出明细', reference: '参考指标' },
  nothingScored: {
    selfEvaluation: '没有任何指标能够计分，未计算总分，也未写入绩效自评表。请按下方“错误”检查三级指标列和实际完成值列后重新计算。',
    tracking: '没有任何指标能够计分，未计算总分，也未写入绩效运行监控表。请按下方“错误”检查三级指标列和实际完成值列后重新计算。',
  },
  recomputeWithheld: (sheets) => `未能计分，只写入了：${list(sheets, '、')}。`,
  notAvailable: '—',
  diagnosticsTitle: '校验问题',
  severities: { error: '错误', warning: '警告', info: '提示' },
  groupHeading: (severity, count) => `${severity}（${count}）`,
  noProblems: '未发现问题。',
  workbookWide: '整个工作簿',
  goToCell: (location) => `定位到 ${location}`,
  showMore: (shown, total) => `显示更多（已显示 ${shown} / ${total}）`,
  recomputeDone: (sheets) => `已计算并写入：${list(sheets, '、')}。`,
  validateDone: (sheet) => (sheet ? `校验完成，问题已写入“${sheet}”工作表。` : '校验完成。'),
  templateCreated: (sheets) => `已插入模板工作表：${list(sheets, '、')}。请填写后点击“计算并写入”。`,
  templateExists: '项目信息、支出明细、绩效指标三张输入表均已存在，未作改动。',
  formTemplateExists: '工作簿中已有绩效指标表或项目信息，未插入自评表模板（以免两套数据并存）。',
  errorTitle: '操作未完成',
  genericError: (detail) =>
    `Excel 未能完成操作（${detail}）。请检查工作簿是否处于编辑状态或受保护，然后重试；如仍失败，请关闭并重新打开本加载项。`,
  selectError: (location) => `无法定位到 ${location}：该工作表可能已被重命名或删除。请重新校验。`,
  dismiss: '关闭',
  successTitle: '完成',
  workbenchTitle: '指标调整与评价报告',
  changeKinds: {
    added: '新增',
    removed: '删除',
    targetChanged: '目标值调整',
    wordingChanged: '表述调整',
    level2Moved: '二级指标调整',
    unchanged: '未调整',
  },
  changeCount: (kind, n) => `${kind} ${n}`,
  countSeparator: ' · ',
  openComparison: '查看指标调整对比',
  openDraft: '查看评价报告（草稿）',
  downloadDraft: '下载 Word 文档',
  draftReady: (sheet) => `评价报告草稿已写入“${sheet}”工作表，也可下载为 Word 文档。`,
  draftInSheet: (sheet) => `评价报告草稿已写入“${sheet}”工作表（此版本的 Excel 不支持从加载项下载文件，可在该工作表中复制或打印）。`,
  downloadError: (d) => `无法生成 Word 文档：${d}`,
  projectFacts: (mode, written, year, asOf) =>
    facts([
      MODE_NAMES[mode] + writtenType(mode, written, (w) => `（项目信息：${w}）`),
      year !== null ? `${year}年度` : null,
      asOf !== null ? `截至 ${asOf}` : null,
    ]),
  runFactsLabel: '本次计算',
  scoredSheet: (sheet, mode) => `已按“${sheet}”计分（${MODE_NAMES[mode]}）。`,
  referenceSheets: (sheets) => `“${list(sheets, '”“')}”仅作参考：只校验，不计分，其问题另列于下方。`,
  referenceGroup: (sheets, n) => `参考表“${list(sheets, '”“')}”（不影响得分）（${n}）`,
  openForm: { selfEvaluation: '查看自评表', tracking: '查看监控表' },
  rewriteNote: '输出表每次计算时重写，在其中的修改会丢失。偏差原因请填在：',
  reasonLink: (sheet) => `“${sheet}”的偏差原因列`,
  reasonMissing: (sheet) => `“${sheet}”（该表尚无偏差原因列，可在表头加一列“偏差原因”）。`,
  barsNote: '条形长度为得分占该项分值的比例。',
};

const enUS: PaneMessages = {
  appTitle: 'Performance Evaluation Assistant',
  notEvaluated: 'Not read yet',
  projectNameMissing: '(project name not found)',
  projectLabel: 'Project',
  profileLabel: 'Profile',
  profiles: profileLabels('en-US'),
  profileAuto: 'Automatic',
  profileInUse: (label, source) =>
    `In use: ${label}${source === 'detected' ? ' (recognised from the sheets)' : source === 'remembered' ? ' (saved in the workbook)' : ''}`,
  profileHint: 'After changing it, choose Validate or Calculate and write to score under the new profile',
  modeLabel: 'Mode',
  modes: { selfEvaluation: 'Self-evaluation (单位自评)', tracking: 'Tracking (绩效跟踪)' },
  modeHint: 'Your choice is remembered in the workbook when you calculate; without one, the workbook’s 评价类型 and as-of date decide',
  actionsLabel: 'Actions',
  validate: 'Validate',
  validateHint: 'Check the input sheets and write the problems to the 校验问题 sheet',
  recompute: 'Calculate and write',
  recomputeHint: 'Score the project and write the 绩效自评表 (the 绩效运行监控表 in tracking mode), 指标得分明细, 支出汇总 and 校验问题 sheets',
  insertTemplate: 'Insert template',
  insertTemplateHint: 'Add the missing input sheets (项目信息, 支出明细, 绩效指标) without changing existing sheets',
  insertForm: 'Insert form',
  insertFormHint: 'Add the one-sheet 项目支出绩效自评表 template (the profile’s points in its labels) without changing existing sheets',
  working: {
    validate: 'Validating…',
    recompute: 'Calculating and writing…',
    insertTemplate: 'Inserting the template…',
    insertForm: 'Inserting the form…',
  },
  resultTitle: 'Result',
  totalLabel: 'Total',
  gradeLabel: 'Grade',
  grades: { 优: 'Excellent (优)', 良: 'Good (良)', 中: 'Fair (中)', 差: 'Poor (差)' },
  provisional: 'Provisional',
  provisionalHint: 'Errors remain, so the result is provisional: fix the errors below and calculate again.',
  levelsLabel: 'Scores by level-1 indicator',
  levelNames: { 产出指标: 'Outputs (产出指标)', 效益指标: 'Benefits (效益指标)', 满意度指标: 'Satisfaction (满意度指标)' },
  budgetLevel: 'Budget execution',
  executionRate: 'Budget execution rate',
  selfTotalLabel: "Unit's own score",
  layoutLine: (blocks) => `Read: ${blocks}`,
  layoutNone: 'Read: no block found.',
  roles: { project: 'project', funds: 'funds', goals: 'goals', indicators: 'indicators', expenses: 'expenses', reference: 'reference indicators' },
  nothingScored: {
    selfEvaluation:
      'No indicator could be scored: there is no total and no 绩效自评表 was written. Check the level-3 and actual columns (see the errors below), then calculate again.',
    tracking:
      'No indicator could be scored: there is no total and no 绩效运行监控表 was written. Check the level-3 and actual columns (see the errors below), then calculate again.',
  },
  recomputeWithheld: (sheets) => `Nothing could be scored; only wrote: ${list(sheets, ', ')}.`,
  notAvailable: '—',
  diagnosticsTitle: 'Problems',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  groupHeading: (severity, count) => `${severity} (${count})`,
  noProblems: 'No problems found.',
  workbookWide: 'whole workbook',
  goToCell: (location) => `Go to ${location}`,
  showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
  recomputeDone: (sheets) => `Calculated and wrote: ${list(sheets, ', ')}.`,
  validateDone: (sheet) => (sheet ? `Validation done; the problems were written to the ${sheet} sheet.` : 'Validation done.'),
  templateCreated: (sheets) => `Inserted template sheets: ${list(sheets, ', ')}. Fill them in, then choose Calculate and write.`,
  templateExists: 'The three input sheets (项目信息, 支出明细, 绩效指标) already exist; nothing was changed.',
  formTemplateExists:
    'The workbook already has an indicator table or 项目信息; the form was not inserted (two sets of inputs would compete).',
  errorTitle: 'Not completed',
  genericError: (detail) =>
    `Excel could not complete the operation (${detail}). Make sure no cell is being edited and the workbook is not protected, then try again; if it still fails, close and reopen the add-in.`,
  selectError: (location) => `Cannot go to ${location}: the sheet may have been renamed or deleted. Validate again.`,
  dismiss: 'Dismiss',
  successTitle: 'Done',
  workbenchTitle: 'Indicator changes and draft report',
  changeKinds: {
    added: 'added',
    removed: 'removed',
    targetChanged: 'target changed',
    wordingChanged: 'reworded',
    level2Moved: 'moved',
    unchanged: 'unchanged',
  },
  changeCount: (kind, n) => `${n} ${kind}`,
  countSeparator: ' · ',
  openComparison: 'Open the indicator comparison',
  openDraft: 'Open the draft report',
  downloadDraft: 'Download as Word',
  draftReady: (sheet) => `The draft report is on the ${sheet} sheet; you can also download it as a Word document.`,
  draftInSheet: (sheet) => `The draft report is on the ${sheet} sheet (this Excel does not let add-ins download files; copy or print it from the sheet).`,
  downloadError: (d) => `Could not make the Word document: ${d}`,
  projectFacts: (mode, written, year, asOf) =>
    facts([
      (mode === 'tracking' ? 'Tracking' : 'Self-evaluation') + writtenType(mode, written, (w) => ` (项目信息 says ${w})`),
      year !== null ? String(year) : null,
      asOf !== null ? `as of ${asOf}` : null,
    ]),
  runFactsLabel: 'This run',
  scoredSheet: (sheet, mode) => `Scored from ${sheet} (${mode === 'tracking' ? 'tracking' : 'self-evaluation'}).`,
  referenceSheets: (sheets) => `${list(sheets, ', ')}: reference only — checked, not scored; its problems are listed apart below.`,
  referenceGroup: (sheets, n) => `Reference ${list(sheets, ', ')} (no effect on the score) (${n})`,
  openForm: { selfEvaluation: 'Open the 自评表', tracking: 'Open the 监控表' },
  rewriteNote: 'Output sheets are rewritten on every run; changes made in them are lost. Type deviation reasons (偏差原因) in ',
  reasonLink: (sheet) => `the 偏差原因 column of ${sheet}`,
  reasonMissing: (sheet) => `${sheet} (it has no 偏差原因 column yet: add one to its header).`,
  barsNote: 'Each bar is the score as a share of its points.',
};

export const MESSAGES: Readonly<Record<Locale, PaneMessages>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** zh-CN unless Office's display language is English (`en`, `en-US`, `en-GB`…). */
export function paneLocale(displayLanguage: string | undefined): Locale {
  return localeFromDisplayLanguage(displayLanguage);
}

/** A 一级 name as shown in the pane: English adds a gloss, unknown names stay as written. */
export function levelName(messages: PaneMessages, level1: string): string {
  return messages.levelNames[level1] ?? level1;
}

/** The profile as shown in the header (the id itself when the table lacks it). */
export function profileName(messages: PaneMessages, profile: string): string {
  return messages.profiles[profile] ?? profile;
}
