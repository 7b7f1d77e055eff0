/**
 * The draft's variants: one list of section builders per mode, chosen by the evaluation's. The
 * self-evaluation variant is 项目基本情况 / 资金到位及使用情况 / 绩效目标完成情况 / 偏差及原因 / 存在问题及改进建议 /
 * 评价结论. The tracking variant (DOMAIN.md §9, trackingSections.ts) keeps 项目基本情况 and 存在问题及改进建议
 * (where the §9 checks' findings stand) and writes 资金到位及执行进度 (执行进度 against 时间进度, 进度差 and its
 * light, 到位率, the projection), 绩效目标完成进度 (each indicator's progress, light, projection and likelihood,
 * the light counts, the projected score beside the snapshot score), 偏差原因及纠偏措施 and 监控结论.
 */
import type { DraftDocument, DraftMode, DraftParagraph } from './draftTypes';
import type { DraftFacts } from './facts';
import { Para } from './segments';
import { fundsSection, projectSection } from './basicSections';
import { deviationSection, resultSection } from './resultSections';
import { conclusionSection, findingsSection } from './findingSections';
import { projectCell, projectName, type SectionBuilder } from './sectionKit';
import { progressSection, trackingConclusionSection, trackingDeviationSection, trackingFundsSection } from './trackingSections';

export interface DraftVariant {
  readonly title: (facts: DraftFacts) => DraftParagraph;
  readonly sections: readonly SectionBuilder[];
}

const TRACKING_TYPES = ['绩效跟踪', '运行监控', '绩效监控'];

export const DRAFT_VARIANTS: Readonly<Record<DraftMode, DraftVariant>> = {
  selfEvaluation: {
    title: (facts) => projectName(new Para(facts), facts).t('绩效自评报告（草稿）').done(),
    sections: [projectSection, fundsSection, resultSection, deviationSection, findingsSection, conclusionSection],
  },
  tracking: {
    title: (facts) => projectName(new Para(facts), facts).t('绩效运行监控报告（草稿）').done(),
    sections: [projectSection, trackingFundsSection, progressSection, trackingDeviationSection, findingsSection, trackingConclusionSection],
  },
};

function preface(facts: DraftFacts, mode: DraftMode): DraftParagraph[] {
  const lines = [
    new Para(facts)
      .t('本草稿由绩效评价助手根据本工作簿的数据和校验结果生成，“【请补充】”处为工作簿中没有的内容，请评价人员补充、核实后使用。')
      .done(),
  ];
  const project = facts.evaluation.project;
  const type = project?.evaluationType;
  if (mode === 'tracking') {
    lines.push(new Para(facts).t('本草稿按绩效跟踪（运行监控）口径撰写：截至日的执行进度与时间进度比较，全年完成情况为预计数，“按进度推算”为截至日完成值÷时间进度。').done());
  } else if (type && TRACKING_TYPES.some((t) => type.includes(t))) {
    const p = new Para(facts).t('项目信息的评价类型为“').cell(type, projectCell(project, 'evaluationType')).t('”，本草稿按单位自评口径撰写。');
    lines.push(p.done());
  }
  return lines;
}

/** The draft of the evaluation's mode: the tracking variant when the run tracked (it has `tracking`). */
export function buildDraft(facts: DraftFacts, mode: DraftMode = facts.evaluation.tracking ? 'tracking' : 'selfEvaluation'): DraftDocument {
  // A tracking draft needs the tracking result; without one it is the self-evaluation's.
  const used: DraftMode = mode === 'tracking' && !facts.evaluation.tracking ? 'selfEvaluation' : mode;
  const variant = DRAFT_VARIANTS[used];
  const sections = variant.sections.map((build) => build(facts)).filter((s) => s !== undefined);
  return { mode: used, title: variant.title(facts), preface: preface(facts, used), sections };
}
