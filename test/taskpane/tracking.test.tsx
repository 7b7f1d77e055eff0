/** @jest-environment jsdom */
/**
 * The pane in tracking mode (DOMAIN.md §9): the tracking card (时间进度 marker on each bar, the funds gap
 * with its light, light counts, projected score beside the score to date), the mode switch remembered
 * in the workbook, and 插入模板 giving the template of the mode shown.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App';
import { fakePort, grid, smallWorkbook } from './fakePort';

/** 2024 as of 30 June (时间进度 50 %): 45 of 100 万元 spent (−5.00 pp, yellow); 60 of 100 trained (green). */
function trackingWorkbook() {
  return [
    grid('项目信息', [
      ['项目名称', '跟踪培训项目'],
      ['评价类型', '绩效跟踪'],
      ['实施周期', '2024-01-01至2024-12-31'],
      ['评价截止日期', '2024-06-30'],
      ['全年预算数（万元）', 100],
      ['1-6月执行数（万元）', 45],
    ]),
    grid('绩效指标', [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月执行情况', '分值', '完成目标可能性'],
      ['产出指标', '数量指标', '培训人次（人次）', '≥100', 60, 50, '确定能'],
      ['效益指标', '社会效益指标', '培训覆盖率', '≥90%', null, 30, '确定能'],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, '确定能'],
    ]),
  ];
}

describe('task pane, tracking mode', () => {
  it('shows the tracking card: 时间进度 on each bar, the gap and its light, the light counts and both scores', async () => {
    const port = fakePort(trackingWorkbook());
    const user = userEvent.setup();
    render(<App port={port} locale="zh-CN" />);
    await waitFor(() => expect(screen.getByTestId('mode')).toHaveValue('tracking'));
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    const card = await screen.findByTestId('tracking-card');
    expect(within(card).getByRole('heading', { name: '绩效跟踪（截至 2024-06-30）' })).toBeInTheDocument();
    expect(within(card).getByTestId('time-progress')).toHaveTextContent('50.00%');
    expect(within(card).getByTestId('funds-gap')).toHaveTextContent('进度差 -5.00 个百分点 黄灯');
    expect(within(card).getByTestId('funds-light')).toHaveAttribute('data-light', 'yellow');
    expect(within(card).getByTestId('light-counts')).toHaveTextContent('绿灯 2黄灯 0红灯 0灰灯（未填报） 1');
    // The funds bar and the one cumulative indicator's bar, each with the marker at 50 %.
    const bars = within(card).getAllByRole('progressbar');
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveAttribute('aria-valuetext', '45.00%（时间进度 50.00%）');
    expect(bars[1]).toHaveAccessibleName(/培训人次（人次）/);
    expect(bars[1]).toHaveAttribute('aria-valuenow', '60');
    const markers = within(card).getAllByTestId('time-marker');
    expect(markers).toHaveLength(2);
    for (const m of markers) expect(m.style.left).toBe('50%');
    // 截至日得分 is the result card's total; the projection: 培训人次 120 → 50, budget 90 → 9.
    expect(within(card).getByTestId('snapshot-total')).toHaveTextContent(screen.getByTestId('total').textContent?.split(' / ')[0] ?? 'x');
    expect(within(card).getByTestId('projected-total')).toHaveTextContent('69.00');
    expect(port.applied[0]?.sheets[0]?.name).toBe('绩效运行监控表');
  });

  it('the mode switch: 单位自评 chosen writes the 自评表, is remembered in the workbook, and shows no tracking card', async () => {
    const port = fakePort(trackingWorkbook());
    const user = userEvent.setup();
    render(<App port={port} locale="zh-CN" />);
    await waitFor(() => expect(screen.getByTestId('mode')).toHaveValue('tracking'));
    await user.selectOptions(screen.getByTestId('mode'), 'selfEvaluation');
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    await screen.findByTestId('total');
    expect(port.applied[0]?.sheets[0]?.name).toBe('绩效自评表');
    expect(port.settings?.mode).toBe('selfEvaluation');
    expect(screen.queryByTestId('tracking-card')).not.toBeInTheDocument();

    // A new pane on the same workbook starts from the remembered choice.
    const again = render(<App port={port} locale="en-US" />);
    await waitFor(() => expect(within(again.container).getByTestId('mode')).toHaveValue('selfEvaluation'));
  });

  it('插入模板 in tracking mode inserts the tracking template', async () => {
    const port = fakePort([grid('Sheet1', [])]);
    const user = userEvent.setup();
    render(<App port={port} locale="zh-CN" />);
    await waitFor(() => expect(screen.getByTestId('project-name')).toHaveTextContent('（未找到项目名称）'));
    await user.selectOptions(screen.getByTestId('mode'), 'tracking');
    await user.click(screen.getByRole('button', { name: '插入模板' }));
    await screen.findByText(/已插入模板工作表/);
    const indicators = port.sheets.find((s) => s.name === '绩效指标');
    expect(indicators?.values[1]).toEqual(expect.arrayContaining(['1-7月执行情况', '全年预计完成值', '完成目标可能性', '经费保障']));
  });

  it('a self-evaluation shows the switch on 单位自评 and never loads the tracking card', async () => {
    const port = fakePort(smallWorkbook());
    const user = userEvent.setup();
    render(<App port={port} locale="zh-CN" />);
    await waitFor(() => expect(screen.getByTestId('project-name')).toHaveTextContent('测试培训项目'));
    expect(screen.getByTestId('mode')).toHaveValue('selfEvaluation');
    expect(screen.getByRole('combobox', { name: '评价类型' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    await screen.findByTestId('total');
    expect(screen.queryByTestId('tracking-card')).not.toBeInTheDocument();
  });
});
