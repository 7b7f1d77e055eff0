/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { App } from '../../src/taskpane/components/App';
import { DIAGNOSTICS_PAGE } from '../../src/taskpane/components/DiagnosticsList';
import type { CellValue } from '../../src/domain/grid';
import { fakePort, grid } from './fakePort';

/**
 * 120 quantity indicators, none with an actual but the first (so there is a result: with nothing scored
 * there would be none, DOMAIN.md §8.13), no 分值 column (weights defaulted: an info note).
 */
function manyMissing(count: number) {
  const rows: CellValue[][] = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值']];
  for (let i = 1; i <= count; i++) rows.push(['产出指标', '数量指标', `指标${i}`, '≥10', i === 1 ? 10 : null]);
  return [
    grid('项目信息', [
      ['项目名称', '大项目'],
      ['全年预算数', 10],
      ['全年执行数', 10],
    ]),
    grid('绩效指标', rows),
  ];
}

describe('a long diagnostics list', () => {
  it('shows the first page of a group, then more on demand; notes stay collapsed behind errors', async () => {
    const user = userEvent.setup();
    const port = fakePort(manyMissing(120));
    render(<App port={port} locale="zh-CN" />);
    await user.click(screen.getByRole('button', { name: '校验' }));

    const errorsSummary = await screen.findByText(/^错误（\d+）$/);
    const errorCount = Number(/（(\d+)）/.exec(errorsSummary.textContent ?? '')?.[1]);
    expect(errorCount).toBeGreaterThanOrEqual(119);
    const notes = screen.getByText(/^提示（\d+）$/);
    const notesGroup = notes.closest('details');
    expect(notesGroup).not.toHaveAttribute('open');
    // A closed group renders no items.
    expect(screen.queryByText(/未填写分值，已按一级指标分值平均分配/)).not.toBeInTheDocument();

    const locate = () => screen.getAllByRole('button', { name: /绩效指标!E\d+/ });
    expect(locate()).toHaveLength(DIAGNOSTICS_PAGE);
    await user.click(screen.getByRole('button', { name: `显示更多（已显示 ${DIAGNOSTICS_PAGE} / ${errorCount}）` }));
    expect(locate()).toHaveLength(Math.min(errorCount, 2 * DIAGNOSTICS_PAGE));

    await user.click(notes);
    expect(notesGroup).toHaveAttribute('open');
    expect(screen.getByText(/未填写分值，已按一级指标分值平均分配/)).toBeInTheDocument();
  });

  it('has no axe violations with a result and diagnostics on screen', async () => {
    const user = userEvent.setup();
    const port = fakePort(manyMissing(3));
    const { container } = render(<App port={port} locale="zh-CN" />);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    await screen.findByTestId('total');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(within(container).getAllByRole('progressbar').length).toBeGreaterThanOrEqual(4);
  });
});
