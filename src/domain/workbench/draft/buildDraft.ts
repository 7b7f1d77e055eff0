/**
 * The draft's variants: one list of section builders per mode. The self-evaluation variant is
 * 项目基本情况 / 资金到位及使用情况 / 绩效目标完成情况 / 偏差及原因 / 存在问题及改进建议 / 评价结论.
 * Tracking mode (DOMAIN.md §9) adds its own variant here: it keeps the shared sections (项目基本情况,
 * 资金, 存在问题, 结论) and puts builders for 进度 (时间进度 against 执行进度), 预计 (全年预计完成值) and
 * 可能性 (完成目标可能性) where the self-evaluation builds 绩效目标完成情况 and 偏差及原因.
 */
import type { DraftDocument, DraftMode, DraftParagraph } from './draftTypes';
import type { DraftFacts } from './facts';
import { Para } from './segments';
import { fundsSection, projectSection } from './basicSections';
import { deviationSection, resultSection } from './resultSections';
import { conclusionSection, findingsSection } from './findingSections';
import { projectCell, projectName, type SectionBuilder } from './sectionKit';

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
};

function preface(facts: DraftFacts): DraftParagraph[] {
  const lines = [
    new Para(facts)
      .t('本草稿由绩效评价助手根据本工作簿的数据和校验结果生成，“【请补充】”处为工作簿中没有的内容，请评价人员补充、核实后使用。')
      .done(),
  ];
  const project = facts.evaluation.project;
  const type = project?.evaluationType;
  if (type && TRACKING_TYPES.some((t) => type.includes(t))) {
    const p = new Para(facts).t('项目信息的评价类型为“').cell(type, projectCell(project, 'evaluationType')).t('”，本草稿按单位自评口径撰写。');
    lines.push(p.done());
  }
  return lines;
}

export function buildDraft(facts: DraftFacts, mode: DraftMode = 'selfEvaluation'): DraftDocument {
  const variant = DRAFT_VARIANTS[mode];
  const sections = variant.sections.map((build) => build(facts)).filter((s) => s !== undefined);
  return { mode, title: variant.title(facts), preface: preface(facts), sections };
}
