/**
 * The messages of tracking mode's diagnostics (DOMAIN.md §9) per locale: part of the tracking chunk,
 * passed to renderDiagnostics (src/domain/diagnostics/messages.ts) by the runs that are tracking.
 */
import type { TrackingMessageTable, TrackingMessages } from '../diagnostics/messages';

const ZH: TrackingMessageTable = {
  TRACKING_ASSUMED: (p) =>
    `评价截止日期 ${p.asOf} 早于实施周期结束日 ${p.end}，且未注明评价类型，按绩效跟踪（运行监控）处理；如为年终自评，请选择“自评”。`,
  TRACKING_FROM_TITLE: (p) =>
    `表题“${p.title}”是绩效运行监控表，且未注明评价类型，按绩效跟踪（运行监控）处理；如为年终自评，请选择“自评”。`,
  AS_OF_MISSING: () =>
    '绩效跟踪需要评价截止日期（或“1-X月执行数”一类的表头），未找到，无法计算时间进度，按进度的判断和推算从略。',
  AS_OF_FROM_LABEL: (p) =>
    `未填写评价截止日期，按表头“1-${p.month}月”取该月最后一日 ${p.asOf} 为截止日期计算时间进度；如不符，请填写评价截止日期（或运行时指定截止日期）。`,
  AS_OF_OUTSIDE_PERIOD: (p) => `评价截止日期 ${p.asOf} 不在实施周期 ${p.start} 至 ${p.end} 之内，请核实。`,
  EXECUTION_BEHIND_SCHEDULE: (p) =>
    `预算执行进度 ${p.progress} 落后时间进度 ${p.time}，进度差 ${p.gap} 个百分点，超过 ${p.limit} 个百分点。`,
  INDICATOR_BEHIND_SCHEDULE: (p) =>
    p.measure === 'cumulative'
      ? `“${p.name}”完成进度 ${p.progress} 落后时间进度 ${p.time} 超过 10 个百分点（红灯）。`
      : p.measure === 'level'
        ? `“${p.name}”当前值“${p.actual}”距年度指标值“${p.target}”较远（红灯）。`
        : `“${p.name}”目前未达成年度指标值“${p.target}”（红灯）。`,
  LIKELIHOOD_WITHOUT_REASON: (p) =>
    `“${p.name}”完成目标可能性为“${p.likelihood}”，但未填写偏差原因类别或说明。`,
  LIKELIHOOD_INCONSISTENT: (p) =>
    `“${p.name}”填写“确定能”完成，但全年预计 ${p.projection} 达不到年度指标值“${p.target}”。`,
  LIKELIHOOD_UNRECOGNIZED: (p) =>
    `“${p.name}”的完成目标可能性“${p.value}”不是“确定能 / 有可能 / 完全不可能”之一。`,
  PROJECTION_UNREADABLE: (p) =>
    `“${p.name}”的全年预计完成值“${p.projection}”无法与年度指标值“${p.target}”比较，已改按进度推算。`,
};

const EN: TrackingMessageTable = {
  TRACKING_ASSUMED: (p) =>
    `The cut-off date ${p.asOf} lies before the end of the period (${p.end}) and no evaluation type is given: treated as mid-year tracking. Choose self-evaluation if this is the year-end report.`,
  TRACKING_FROM_TITLE: (p) =>
    `The form's title "${p.title}" names a performance monitoring form and no evaluation type is given: treated as mid-year tracking. Choose self-evaluation if this is the year-end report.`,
  AS_OF_MISSING: () =>
    'Tracking needs a cut-off date (or a header such as 1-X月执行数) and none was found: time elapsed cannot be computed, so judgements against it and projections are left out.',
  AS_OF_FROM_LABEL: (p) =>
    `No cut-off date is given: the last day of month ${p.month} named by the "1-${p.month}月" header, ${p.asOf}, is taken for the time elapsed. If that is wrong, fill in 评价截止日期 (or give the cut-off date for the run).`,
  AS_OF_OUTSIDE_PERIOD: (p) => `The cut-off date ${p.asOf} lies outside the period ${p.start} to ${p.end}. Please check.`,
  EXECUTION_BEHIND_SCHEDULE: (p) =>
    `Budget execution ${p.progress} is behind the time elapsed ${p.time} by ${p.gap} percentage points, more than ${p.limit}.`,
  INDICATOR_BEHIND_SCHEDULE: (p) =>
    p.measure === 'cumulative'
      ? `"${p.name}" is at ${p.progress}, more than 10 points behind the time elapsed ${p.time} (red).`
      : p.measure === 'level'
        ? `"${p.name}" stands at "${p.actual}", far from its target "${p.target}" (red).`
        : `"${p.name}" does not meet its target "${p.target}" so far (red).`,
  LIKELIHOOD_WITHOUT_REASON: (p) =>
    `"${p.name}" says the goal will "${p.likelihood}" be reached but gives no deviation category or reason.`,
  LIKELIHOOD_INCONSISTENT: (p) =>
    `"${p.name}" says the goal will certainly be reached, but the year-end projection ${p.projection} falls short of the target "${p.target}".`,
  LIKELIHOOD_UNRECOGNIZED: (p) =>
    `The likelihood "${p.value}" of "${p.name}" is not one of 确定能 / 有可能 / 完全不可能.`,
  PROJECTION_UNREADABLE: (p) =>
    `The year-end projection "${p.projection}" of "${p.name}" cannot be compared with the target "${p.target}"; the pace projection is used instead.`,
};

export const TRACKING_MESSAGES: TrackingMessages = { 'zh-CN': ZH, 'en-US': EN };
