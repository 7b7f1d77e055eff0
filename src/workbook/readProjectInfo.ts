/** 项目信息: a key–value sheet (DOMAIN.md §1.1). A label in any column, its value the first non-empty cell to its right. */
import type { CellValue, SheetGrid } from '../domain/grid';
import type { CellRef, ProjectField, ProjectInfo } from '../domain/model';
import type { Diagnostic } from '../domain/diagnostics/types';
import { diag } from '../domain/diagnostics/create';
import { cellText, normalizeText } from '../domain/text/normalize';
import { splitLabel } from './headers';
import { cellToIsoDate, datesInText } from './dates';
import { moneyUnitOf, readAmount } from './amount';

type Kind = 'text' | 'date' | 'amount' | 'period';

interface LabelSpec {
  readonly field: ProjectField | 'period';
  readonly kind: Kind;
  readonly labels: readonly string[];
}

const LABELS: readonly LabelSpec[] = [
  { field: 'name', kind: 'text', labels: ['项目名称'] },
  { field: 'department', kind: 'text', labels: ['主管部门', '主管单位'] },
  { field: 'unit', kind: 'text', labels: ['实施单位', '项目单位', '预算单位'] },
  { field: 'evaluationType', kind: 'text', labels: ['评价类型'] },
  { field: 'period', kind: 'period', labels: ['实施周期'] },
  { field: 'periodStart', kind: 'date', labels: ['开始日期'] },
  { field: 'periodEnd', kind: 'date', labels: ['结束日期'] },
  { field: 'asOf', kind: 'date', labels: ['评价截止日期', '数据截止日期', '截至日期', '截止日期'] },
  { field: 'initialBudget', kind: 'amount', labels: ['年初预算数'] },
  { field: 'annualBudget', kind: 'amount', labels: ['全年预算数', '调整后预算数', '预算数'] },
  { field: 'executed', kind: 'amount', labels: ['全年执行数', '执行数', '实际支出'] },
  { field: 'appropriation', kind: 'amount', labels: ['当年财政拨款', '财政拨款'] },
  { field: 'carryOver', kind: 'amount', labels: ['上年结转资金'] },
  { field: 'otherFunds', kind: 'amount', labels: ['其他资金'] },
  { field: 'received', kind: 'amount', labels: ['资金到位数', '实际到位资金', '到位资金'] },
  { field: 'goalPlanned', kind: 'text', labels: ['年度总体目标', '预期目标'] },
  { field: 'goalActual', kind: 'text', labels: ['实际完成情况', '目标实际完成情况'] },
];

const BY_LABEL = new Map<string, LabelSpec>();
for (const spec of LABELS) for (const label of spec.labels) BY_LABEL.set(label, spec);

/** The label spec a cell's text names, and the money unit its label carries. */
function labelOf(value: CellValue): { spec: LabelSpec; unit: '元' | '万元' } | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const { base, suffix } = splitLabel(normalizeText(value));
  const key = base.replace(/^其中[:：]?/, '');
  const spec = BY_LABEL.get(key);
  if (!spec) return undefined;
  return { spec, unit: moneyUnitOf(suffix) ?? '万元' };
}

/** True when some cell of the sheet is the 项目名称 label. */
export function looksLikeProjectInfo(grid: SheetGrid): boolean {
  const rows = Math.min(grid.values.length, 200);
  for (let r = 0; r < rows; r++) {
    for (const v of grid.values[r] ?? []) {
      const l = labelOf(v);
      if (l?.spec.field === 'name') return true;
    }
  }
  return false;
}

function valueRightOf(row: readonly CellValue[], col: number): { value: CellValue; col: number } | undefined {
  for (let c = col + 1; c < row.length; c++) {
    const v = row[c] ?? null;
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return { value: v, col: c };
  }
  return undefined;
}

export function readProjectInfo(grid: SheetGrid): { info: ProjectInfo; diagnostics: Diagnostic[] } {
  const fields: Record<string, string | number> = {};
  const cells: Partial<Record<ProjectField, CellRef>> = {};
  const diagnostics: Diagnostic[] = [];
  const rows = Math.min(grid.values.length, 200);
  const set = (field: ProjectField, value: string | number, ref: CellRef): void => {
    if (fields[field] !== undefined) return;
    fields[field] = value;
    cells[field] = ref;
  };
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const label = labelOf(row[c] ?? null);
      if (!label) continue;
      const found = valueRightOf(row, c);
      if (!found) continue;
      const ref: CellRef = { sheet: grid.name, row: r, col: found.col };
      const { spec } = label;
      if (spec.kind === 'text') {
        const text = cellText(found.value).trim();
        if (text !== '' && spec.field !== 'period') set(spec.field, text, ref);
      } else if (spec.kind === 'date') {
        const d = cellToIsoDate(found.value);
        if (d && spec.field !== 'period') set(spec.field, d, ref);
      } else if (spec.kind === 'period') {
        const text = typeof found.value === 'string' ? found.value : '';
        const [start, end] = datesInText(text);
        if (start) set('periodStart', start, ref);
        if (end) set('periodEnd', end, ref);
      } else {
        const amount = readAmount(found.value, label.unit, '万元');
        if (amount === undefined || spec.field === 'period') continue;
        if (Number.isNaN(amount)) {
          diagnostics.push(
            diag('EXPENSE_AMOUNT_INVALID', { sheet: grid.name, row: r, col: found.col }, { value: cellText(found.value), label: cellText(row[c] ?? null) }),
          );
          continue;
        }
        set(spec.field, amount, ref);
      }
    }
  }
  const info = { sheet: grid.name, cells, ...fields } as ProjectInfo;
  return { info, diagnostics };
}
