/** @jest-environment jsdom */
/**
 * What the pane says a run did (issue 10): the scored sheet and the mode, the reference sheet's findings
 * grouped apart, 查看自评表 (查看监控表 in tracking mode), the note that outputs are rewritten with a link
 * to the scored sheet's 偏差原因 cells, 评价类型 · 年度 · 截止日期 under the project name, and bars in one
 * colour with a line saying what they show.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App';
import type { Locale } from '../../src/domain/diagnostics/types';
import { fakePort, grid, smallWorkbook } from './fakePort';

function withReference(type = '单位自评') {
  const [info, indicators] = smallWorkbook();
  if (!info || !indicators) throw new Error('small workbook');
  const project = grid('项目信息', [...info.values, ['评价类型', type], ['评价截止日期', '2021-07-31']]);
  // A second indicator sheet without an actual column: a reference (表2), checked and never scored.
  const reference = grid('绩效指标（原）', [
    ['一级指标', '二级指标', '三级指标', '年度指标值'],
    ['产出指标', '时效指标', '资金到位及时率', 0],
  ]);
  return [project, indicators, reference];
}

function renderPane(locale: Locale = 'zh-CN', type?: string) {
  const port = fakePort(withReference(type));
  const user = userEvent.setup();
  render(<App port={port} locale={locale} />);
  return { port, user };
}

const RECOMPUTE = { 'zh-CN': '计算并写入', 'en-US': 'Calculate and write' } as const;

describe('what the pane says a run did', () => {
  it('names the scored sheet and the mode, the reference one, and lists the reference sheet’s findings apart, closed', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('scored-sheet')).toHaveTextContent('已按“绩效指标”计分（单位自评）。');
    expect(screen.getByTestId('reference-sheets')).toHaveTextContent('“绩效指标（原）”仅作参考');
    const list = screen.getByRole('region', { name: '校验问题' });
    const heading = within(list).getByText(/^参考表“绩效指标（原）”（不影响得分）（\d+）$/);
    const group = heading.closest('details');
    expect(group).not.toHaveAttribute('open');
    const others = within(list)
      .getAllByRole('group')
      .filter((g) => g !== group);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(within(other).queryByText(/绩效指标（原）/)).not.toBeInTheDocument();
    // Opened, the group lists the reference sheet's findings, each a link to its cell.
    await user.click(heading);
    expect(within(group as HTMLElement).getAllByText(/^绩效指标（原）(!|$)/).length).toBeGreaterThan(0);
  });

  it('查看自评表 activates the form the run wrote', async () => {
    const { port, user } = renderPane();
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    await user.click(await screen.findByRole('button', { name: '查看自评表' }));
    expect(port.selected).toContainEqual(['绩效自评表', 'A1']);
  });

  it('in tracking mode the button is 查看监控表 and activates the 绩效运行监控表', async () => {
    const { port, user } = renderPane('zh-CN', '绩效跟踪');
    await waitFor(() => expect(screen.getByTestId('mode')).toHaveValue('tracking'));
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('scored-sheet')).toHaveTextContent('已按“绩效指标”计分（绩效跟踪）。');
    expect(screen.queryByRole('button', { name: '查看自评表' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '查看监控表' }));
    expect(port.selected).toContainEqual(['绩效运行监控表', 'A1']);
    expect(screen.getByTestId('project-facts')).toHaveTextContent('绩效跟踪 · 2021年度 · 截至 2021-07-31');
  });

  it('says the outputs are rewritten, and its link selects the scored sheet’s 偏差原因 cells', async () => {
    const { port, user } = renderPane();
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('rewrite-note')).toHaveTextContent('输出表每次计算时重写');
    await user.click(screen.getByRole('button', { name: '“绩效指标”的偏差原因列' }));
    expect(port.selected).toContainEqual(['绩效指标', 'G2:G4']);
  });

  it('says where to add a 偏差原因 column when the scored sheet has none', async () => {
    const [info, indicators, reference] = withReference();
    if (!info || !indicators || !reference) throw new Error('workbook');
    const bare = grid('绩效指标', indicators.values.map((row) => row.slice(0, 6)));
    const port = fakePort([info, bare, reference]);
    const user = userEvent.setup();
    render(<App port={port} locale="zh-CN" />);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('rewrite-note')).toHaveTextContent('“绩效指标”（该表尚无偏差原因列，可在表头加一列“偏差原因”）。');
    expect(within(screen.getByTestId('rewrite-note')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows 评价类型, the year and the cut-off date under the project name on opening (nothing written)', async () => {
    const { port } = renderPane();
    expect(await screen.findByTestId('project-facts')).toHaveTextContent('单位自评 · 2021年度 · 截至 2021-07-31');
    expect(port.applied).toHaveLength(0);
  });

  it('names 项目信息’s 评价类型 beside the mode when it says something else', async () => {
    renderPane('zh-CN', '部门评价');
    expect(await screen.findByTestId('project-facts')).toHaveTextContent('单位自评（项目信息：部门评价） · 2021年度 · 截至 2021-07-31');
  });

  it('explains the bars instead of colouring them', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('bars-note')).toHaveTextContent('条形长度为得分占该项分值的比例。');
    // One colour: every bar drawn (80 % of its points or 100 %) has the same classes (an empty bar draws nothing).
    const bars = [...screen.getByRole('group', { name: '一级指标得分' }).querySelectorAll<HTMLElement>('.fui-ProgressBar__bar')];
    const drawn = bars.filter((bar) => bar.style.width !== '0%');
    expect(drawn.map((bar) => bar.style.width)).toEqual(['80%', '100%', '80%']);
    expect(new Set(drawn.map((bar) => bar.className)).size).toBe(1);
  });

  it('says the same in English', async () => {
    const { port, user } = renderPane('en-US');
    expect(await screen.findByTestId('project-facts')).toHaveTextContent('Self-evaluation · 2021 · as of 2021-07-31');
    await user.click(screen.getByRole('button', { name: RECOMPUTE['en-US'] }));
    expect(await screen.findByTestId('scored-sheet')).toHaveTextContent('Scored from 绩效指标 (self-evaluation).');
    expect(screen.getByRole('region', { name: 'Problems' })).toHaveTextContent(/Reference 绩效指标（原） \(no effect on the score\) \(\d+\)/);
    await user.click(screen.getByRole('button', { name: 'the 偏差原因 column of 绩效指标' }));
    await user.click(screen.getByRole('button', { name: 'Open the 自评表' }));
    expect(port.selected).toEqual([
      ['绩效指标', 'G2:G4'],
      ['绩效自评表', 'A1'],
    ]);
  });

  it('nothing to score in tracking mode: the card says no 绩效运行监控表 was written, and there is no form to open', async () => {
    // No indicator table at all (in tracking mode blank actuals still give a 监控表: NOTHING_SCORED is a warning there).
    const [info] = withReference('绩效跟踪');
    if (!info) throw new Error('workbook');
    const port = fakePort([info]);
    const user = userEvent.setup();
    render(<App port={port} locale="zh-CN" />);
    await waitFor(() => expect(screen.getByTestId('mode')).toHaveValue('tracking'));
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('nothing-scored')).toHaveTextContent('也未写入绩效运行监控表');
    expect(screen.queryByRole('button', { name: '查看监控表' })).not.toBeInTheDocument();
  });

  it('offers no 查看自评表 after 校验 alone (nothing was written but 校验问题)', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByTestId('scored-sheet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '查看自评表' })).not.toBeInTheDocument();
  });
});
