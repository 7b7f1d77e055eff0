/** @jest-environment jsdom */
/**
 * The workbench card after 计算并写入: the counts of 指标调整对比 with a button that opens its sheet,
 * and the draft report — its sheet, and the .docx where the host allows a download.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App';
import { fakePort, grid, smallWorkbook } from './fakePort';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值'];

/** The small workbook plus a reference set: one indicator kept, one removed. */
function withReference() {
  return [
    ...smallWorkbook(),
    grid('原指标', [HEADER, ['产出指标', '数量指标', '培训人数（人）', '≥100'], ['产出指标', '质量指标', '财务监控有效性', '健全']]),
  ];
}

async function recompute(canDownload: boolean) {
  const port = fakePort(withReference());
  const user = userEvent.setup();
  render(<App port={port} locale="zh-CN" canDownload={canDownload} />);
  await user.click(screen.getByRole('button', { name: '计算并写入' }));
  await screen.findByTestId('comparison-counts');
  return { port, user };
}

describe('the workbench card', () => {
  it('shows the comparison counts and opens 指标调整对比 and the draft sheet', async () => {
    const { port, user } = await recompute(true);
    expect(port.applied[0]?.sheets.map((s) => s.name)).toEqual([
      '绩效自评表',
      '指标得分明细',
      '支出汇总',
      '校验问题',
      '指标调整对比',
      '评价报告（草稿）',
    ]);
    expect(screen.getByTestId('comparison-counts')).toHaveTextContent(/新增 \d+ · 删除 1 · 目标值调整 \d+ · 表述调整 \d+ · 二级指标调整 0 · 未调整 \d+/);
    await user.click(screen.getByRole('button', { name: '查看指标调整对比' }));
    await user.click(screen.getByRole('button', { name: '查看评价报告（草稿）' }));
    await waitFor(() =>
      expect(port.selected).toEqual([
        ['指标调整对比', 'A1'],
        ['评价报告（草稿）', 'A1'],
      ]),
    );
    expect(screen.getByRole('button', { name: '下载 Word 文档' })).toBeInTheDocument();
  });

  it('says where the draft is when the host cannot download (Excel for Mac)', async () => {
    await recompute(false);
    expect(screen.queryByRole('button', { name: '下载 Word 文档' })).not.toBeInTheDocument();
    expect(screen.getByText(/评价报告草稿已写入“评价报告（草稿）”工作表（此版本的 Excel 不支持从加载项下载文件/)).toBeInTheDocument();
  });
});
