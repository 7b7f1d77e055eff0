/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App';
import { evaluateSnapshot } from '../../src/app/useCases';
import type { Locale } from '../../src/domain/diagnostics/types';
import type { CommandOutcome, SubscribeToCommands } from '../../src/taskpane/panePort';
import { OfficeHostError } from '../../src/hosts/office/officeHostError';
import { deferred, fakePort, grid, smallWorkbook, type FakePort } from './fakePort';

function renderPane(port: FakePort, locale: Locale = 'zh-CN') {
  const user = userEvent.setup();
  const view = render(<App port={port} locale={locale} />);
  return { user, ...view };
}

function expectedReport(locale: Locale = 'zh-CN') {
  return evaluateSnapshot({ sheets: smallWorkbook(), ownedSheets: [] }, { locale, profile: 'central' }).report;
}

describe('task pane (zh-CN)', () => {
  it('starts with the header, the project the workbook names (read, nothing written), the profile and four enabled buttons', async () => {
    const port = fakePort(smallWorkbook());
    renderPane(port);
    expect(screen.getByRole('heading', { level: 1, name: '绩效评价助手' })).toBeInTheDocument();
    expect(screen.getByTestId('project-name')).toHaveTextContent('尚未读取');
    await waitFor(() => expect(screen.getByTestId('project-name')).toHaveTextContent('测试培训项目'));
    expect(port.applied).toHaveLength(0);
    // 自动, and under it the profile the workbook was read under: nothing detected, so the default.
    const profile = screen.getByRole('combobox', { name: '评价口径' });
    expect(profile).toHaveValue('');
    expect(await screen.findByTestId('profile-in-use')).toHaveTextContent(/^当前口径：中央部门（财预〔2020〕10号）$/);
    expect(within(profile).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '自动识别',
      '中央部门（财预〔2020〕10号）',
      '市县 20/80 自评表',
      '四川省',
      '线性反向（部分预算管理系统）',
    ]);
    const actions = screen.getByRole('group', { name: '操作' });
    for (const name of ['校验', '计算并写入', '插入模板', '插入自评表']) {
      const button = within(actions).getByRole('button', { name });
      expect(button).toBeEnabled();
      expect(button).not.toHaveAttribute('aria-disabled', 'true');
    }
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('计算并写入 writes the output sheets (the draft report too) and shows the total, grade, 暂定 mark and level bars', async () => {
    const port = fakePort(smallWorkbook());
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));

    const expected = expectedReport();
    expect(await screen.findByTestId('total')).toHaveTextContent(`${expected.total.toFixed(2)} / 100`);
    // The workbook is built so that DOMAIN.md gives 40 + 0 + 10 + 8 = 58.00, 差, provisional.
    expect(expected.total).toBeCloseTo(58, 2);
    expect(screen.getByTestId('total')).toHaveTextContent('58.00 / 100');
    expect(screen.getByTestId('grade')).toHaveTextContent('差');
    expect(screen.getByTestId('provisional')).toHaveTextContent('暂定');
    expect(screen.getByTestId('project-name')).toHaveTextContent('测试培训项目');
    expect(screen.getByTestId('execution-rate')).toHaveTextContent('80.00%');

    const bars = screen.getByRole('group', { name: '一级指标得分' });
    const output = within(bars).getByRole('progressbar', { name: /产出指标/ });
    expect(output).toHaveAttribute('aria-valuenow', String(expected.levels['产出指标']?.score));
    expect(output).toHaveAttribute('aria-valuemax', String(expected.levels['产出指标']?.weight));
    expect(within(bars).getByText('40.00 / 50.00')).toBeInTheDocument();
    expect(within(bars).getByRole('progressbar', { name: /效益指标/ })).toHaveAttribute('aria-valuenow', '0');
    expect(within(bars).getByRole('progressbar', { name: /满意度指标/ })).toBeInTheDocument();
    expect(within(bars).getByRole('progressbar', { name: /预算执行/ })).toHaveAttribute('aria-valuenow', '8');

    expect(port.applied).toHaveLength(1);
    const written = port.applied[0]?.sheets.map((s) => s.name) ?? [];
    expect(written).toEqual(['绩效自评表', '指标得分明细', '支出汇总', '校验问题', '评价报告（草稿）']);
    expect(screen.getByText(/已计算并写入：绩效自评表、指标得分明细、支出汇总、校验问题、评价报告（草稿）/)).toBeInTheDocument();
  });

  it('names the blocks it read, and shows the unit\'s own total beside ours', async () => {
    const sheets = smallWorkbook().map((g) =>
      g.name === '绩效指标' ? grid('绩效指标', [...g.values.map((r, i) => (i === 0 ? [...r.slice(0, 6), '得分'] : [...r.slice(0, 6), 10])), ['总分', null, null, null, null, null, 30]]) : g,
    );
    const port = fakePort(sheets);
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('self-total')).toHaveTextContent('30.00');
    expect(screen.getByTestId('layout')).toHaveTextContent(/^读取：项目信息 项目信息!.*；绩效指标 绩效指标!A1:/);
  });

  it('nothing scored: no total, no form, only 校验问题 written, and the card says why', async () => {
    const sheets = smallWorkbook().map((g) => (g.name === '绩效指标' ? grid('绩效指标', g.values.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), null, ...r.slice(5)]))) : g));
    const port = fakePort(sheets);
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('nothing-scored')).toHaveTextContent('没有任何指标能够计分');
    expect(screen.queryByTestId('total')).not.toBeInTheDocument();
    expect(screen.getByTestId('layout')).toHaveTextContent('绩效指标 绩效指标!');
    expect(port.applied[0]?.sheets.map((s) => s.name)).toEqual(['校验问题']);
    expect(screen.getByText(/未能计分，只写入了：校验问题/)).toBeInTheDocument();
  });

  it('校验 writes only 校验问题, groups the diagnostics by severity, and a click selects the cell in Excel', async () => {
    const port = fakePort(smallWorkbook());
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '校验' }));

    const expected = expectedReport();
    const errors = expected.diagnostics.filter((d) => d.severity === 'error');
    const warnings = expected.diagnostics.filter((d) => d.severity === 'warning');
    expect(errors.length).toBeGreaterThan(0);
    const errorGroup = (await screen.findByText(`错误（${errors.length}）`)).closest('details');
    expect(errorGroup).toHaveAttribute('open');
    expect(errorGroup).toHaveAttribute('data-severity', 'error');
    for (const d of errors) expect(within(errorGroup as HTMLElement).getByText(d.message)).toBeInTheDocument();
    if (warnings.length > 0) {
      const warningGroup = screen.getByText(`警告（${warnings.length}）`).closest('details');
      expect(warningGroup).toHaveAttribute('open');
      for (const d of warnings) expect(within(warningGroup as HTMLElement).getByText(d.message)).toBeInTheDocument();
    }
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]?.sheets.map((s) => s.role)).toEqual(['diagnostics']);
    expect(screen.getByText(/问题已写入“校验问题”工作表/)).toBeInTheDocument();

    // The missing actual of 培训覆盖率 (绩效指标 row 3, column E) is an error that points at its cell.
    const missing = errors.find((d) => d.code === 'ACTUAL_MISSING');
    expect(missing).toMatchObject({ sheet: '绩效指标' });
    const item = screen.getByRole('button', { name: new RegExp(`${missing?.sheet}!${missing?.cell}`) });
    expect(item).toHaveTextContent(missing?.message ?? '');
    await user.click(item);
    expect(port.selected).toEqual([[missing?.sheet, missing?.cell]]);
  });

  it('shows every diagnostic message of the report, each under its severity', async () => {
    const port = fakePort(smallWorkbook());
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '校验' }));
    const expected = expectedReport();
    await screen.findByText(/^错误（/);
    const infos = expected.diagnostics.filter((d) => d.severity === 'info');
    if (infos.length > 0) {
      // 提示 is collapsed by default when there are errors; opening it reveals its items.
      const summary = screen.getByText(`提示（${infos.length}）`);
      expect(summary.closest('details')).not.toHaveAttribute('open');
      await user.click(summary);
    }
    for (const d of expected.diagnostics) {
      expect(screen.getAllByText(d.message).length).toBeGreaterThan(0);
    }
  });

  it('keeps a spinner while the action runs, with the buttons inert, and clears it when done', async () => {
    const port = fakePort(smallWorkbook());
    const gate = deferred();
    port.gate = gate.promise;
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));

    expect(screen.getByRole('progressbar', { name: '正在计算并写入…' })).toBeInTheDocument();
    for (const name of ['校验', '计算并写入', '插入模板', '插入自评表']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-disabled', 'true');
    }
    expect(screen.getByRole('combobox', { name: '评价口径' })).toBeDisabled();
    // A second click while busy starts nothing.
    await user.click(screen.getByRole('button', { name: '校验' }));

    gate.resolve();
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: '正在计算并写入…' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '计算并写入' })).not.toHaveAttribute('aria-disabled', 'true');
    expect(port.applied).toHaveLength(1);
  });

  it('shows an error MessageBar that says what to do when the port rejects, and buttons work again', async () => {
    const port = fakePort(smallWorkbook());
    port.failWith.read = new Error('RichApi.Error: GeneralException');
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '计算并写入' }));

    const title = await screen.findByText('操作未完成');
    const bar = title.closest('[role="group"]') ?? title.parentElement;
    expect(bar).toHaveTextContent('RichApi.Error: GeneralException');
    expect(bar).toHaveTextContent('请检查工作簿是否处于编辑状态或受保护，然后重试');
    expect(screen.getByRole('button', { name: '计算并写入' })).not.toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText('操作未完成')).not.toBeInTheDocument();
  });

  it('uses the OfficeHostError’s own localized message', async () => {
    const port = fakePort(smallWorkbook());
    const excelError = { code: 'InvalidOperationInCellEditMode', message: 'cell edit mode' };
    // The host builds its error in zh-CN; the pane asks for its own locale.
    port.failWith.apply = new OfficeHostError('apply', excelError.code, excelError.message, excelError, 'zh-CN');
    const { user } = renderPane(port, 'en-US');
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText(/Excel is editing a cell\. Press Enter to finish editing, then try again\./)).toBeInTheDocument();
    expect(screen.queryByText(/Excel 正在编辑单元格/)).not.toBeInTheDocument();
  });

  it('reports a failed selection instead of failing silently', async () => {
    const port = fakePort(smallWorkbook());
    port.failWith.select = new Error('ItemNotFound');
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '校验' }));
    const missing = expectedReport().diagnostics.find((d) => d.code === 'ACTUAL_MISSING');
    await user.click(await screen.findByRole('button', { name: new RegExp(`${missing?.sheet}!${missing?.cell}`) }));
    expect(await screen.findByText(new RegExp(`无法定位到 ${missing?.sheet}!${missing?.cell}`))).toBeInTheDocument();
  });

  it('插入模板 names the sheets it created, then says all three exist', async () => {
    const port = fakePort([grid('Sheet1', [])]);
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '插入模板' }));
    const notice = await screen.findByText(/已插入模板工作表：/);
    const created = port.applied[0]?.sheets.map((s) => s.name) ?? [];
    expect(created.length).toBe(3);
    for (const name of created) expect(notice).toHaveTextContent(name);
    expect(port.sheets.map((s) => s.name)).toEqual(['Sheet1', ...created]);

    await user.click(screen.getByRole('button', { name: '插入模板' }));
    expect(await screen.findByText('项目信息、支出明细、绩效指标三张输入表均已存在，未作改动。')).toBeInTheDocument();
    expect(port.applied).toHaveLength(1);
  });

  it('is keyboard reachable: Tab reaches the profile and the mode switch, then the actions in order, and Enter runs one', async () => {
    const port = fakePort(smallWorkbook());
    const { user } = renderPane(port);
    await user.tab();
    expect(screen.getByRole('combobox', { name: '评价口径' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: '评价类型' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '校验' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: '计算并写入' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(port.applied).toHaveLength(1);
  });
});

describe('the profile drop-down', () => {
  /**
   * The small workbook as a 市县 20/80 form: the labels say (20分) and (80分), the 分值 add up to 80. As on the
   * published forms, the (80分) label stands in column A beside the indicator header (merged down there).
   */
  function form2080() {
    const sheets = smallWorkbook();
    const [info, indicators] = sheets;
    if (!info || !indicators) throw new Error('smallWorkbook changed');
    const rows = indicators.values.map((r, i) =>
      i === 0 ? ['绩效指标（80分）', ...r] : [null, ...r.map((v, c) => (c === 5 && typeof v === 'number' ? v * (80 / 90) : v))],
    );
    return [grid(info.name, [...info.values, ['预算执行（20分）']]), grid(indicators.name, rows)];
  }

  it('names a detected profile; a chosen one scores the next run, and clears the result computed under another', async () => {
    const port = fakePort(form2080());
    const { user } = renderPane(port);
    expect(await screen.findByTestId('profile-in-use')).toHaveTextContent('当前口径：市县 20/80 自评表（按表格标注识别）');
    await user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '一级指标得分' })).getByText(/\/ 20\.00/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '评价口径' }), 'central');
    expect(screen.queryByTestId('total')).not.toBeInTheDocument();
    expect(screen.getByTestId('profile-in-use')).toHaveTextContent(/^当前口径：中央部门（财预〔2020〕10号）$/);
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '一级指标得分' })).getByText(/\/ 10\.00/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '评价口径' })).toHaveValue('central');
    expect(screen.getByRole('option', { name: '自动识别' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '评价口径' }), '');
    expect(screen.queryByTestId('profile-in-use')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByTestId('profile-in-use')).toHaveTextContent('当前口径：市县 20/80 自评表（按表格标注识别）');
  });

  it('remembers a chosen profile in the workbook, shows it on reopening, and forgets it when 自动 is chosen', async () => {
    const port = fakePort(smallWorkbook());
    const first = renderPane(port);
    await first.user.selectOptions(screen.getByRole('combobox', { name: '评价口径' }), 'linear-le');
    await first.user.click(screen.getByRole('button', { name: '计算并写入' }));
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(port.settings).toEqual({ profile: 'linear-le' });
    first.unmount();

    // Reopened: the remembered profile is selected, and an untouched drop-down stores nothing new.
    const second = renderPane(port);
    await waitFor(() => expect(screen.getByRole('combobox', { name: '评价口径' })).toHaveValue('linear-le'));
    expect(screen.getByTestId('profile-in-use')).toHaveTextContent('当前口径：线性反向（部分预算管理系统）（工作簿中保存）');
    await second.user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(port.applied.at(-1)?.settings).toBeUndefined();

    await second.user.selectOptions(screen.getByRole('combobox', { name: '评价口径' }), '');
    await second.user.click(screen.getByRole('button', { name: '校验' }));
    expect(await screen.findByTestId('total')).toBeInTheDocument();
    expect(port.settings).toEqual({});
    expect(screen.getByRole('combobox', { name: '评价口径' })).toHaveValue('');
    expect(await screen.findByTestId('profile-in-use')).toHaveTextContent(/^当前口径：中央部门（财预〔2020〕10号）$/);
  });

  it('插入自评表 adds the one-sheet form with the chosen profile’s points, then declines a second time', async () => {
    const port = fakePort([grid('Sheet1', [])]);
    const { user } = renderPane(port);
    await user.click(screen.getByRole('button', { name: '插入自评表' }));
    expect(await screen.findByText('已插入模板工作表：项目支出绩效自评表。请填写后点击“计算并写入”。')).toBeInTheDocument();
    const form = port.sheets.find((s) => s.name === '项目支出绩效自评表');
    expect(form?.values.flat()).toContain('产出指标（50分）');

    await user.click(screen.getByRole('button', { name: '插入自评表' }));
    expect(await screen.findByText('工作簿中已有绩效指标表或项目信息，未插入自评表模板（以免两套数据并存）。')).toBeInTheDocument();
    expect(port.applied).toHaveLength(1);

    const other = fakePort([grid('Sheet1', [])]);
    const second = renderPane(other);
    await second.user.selectOptions(within(second.container).getByRole('combobox', { name: '评价口径' }), 'municipal-20-80');
    await second.user.click(within(second.container).getByRole('button', { name: '插入自评表' }));
    await waitFor(() => expect(other.applied).toHaveLength(1));
    const values = other.sheets.find((s) => s.name === '项目支出绩效自评表')?.values.flat() ?? [];
    expect(values).toContain('绩效指标（80分）');
    expect(values).toContain('产出指标');
  });
});

describe('task pane (en-US)', () => {
  it('renders English strings and English diagnostics from the engine', async () => {
    const port = fakePort(smallWorkbook());
    const { user } = renderPane(port, 'en-US');
    await waitFor(() => expect(screen.getByTestId('project-name')).toHaveTextContent('测试培训项目'));
    expect(await screen.findByTestId('profile-in-use')).toHaveTextContent('In use: Central departments (Cai Yu [2020] No. 10)');
    expect(screen.getByRole('option', { name: 'Sichuan Province' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Insert form' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Validate' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Insert template' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Calculate and write' }));

    const expected = expectedReport('en-US');
    expect(await screen.findByTestId('total')).toHaveTextContent('58.00 / 100');
    expect(screen.getByTestId('grade')).toHaveTextContent('Poor (差)');
    expect(screen.getByTestId('provisional')).toHaveTextContent('Provisional');
    expect(screen.getByRole('progressbar', { name: /Outputs \(产出指标\)/ })).toBeInTheDocument();
    const errors = expected.diagnostics.filter((d) => d.severity === 'error');
    expect(screen.getByText(`Errors (${errors.length})`).closest('details')).toHaveAttribute('open');
    const first = errors[0];
    expect(first && screen.getAllByText(first.message).length).toBeGreaterThan(0);
    expect(screen.queryByText('计算并写入')).not.toBeInTheDocument();
  });
});

describe('ribbon commands in the shared runtime', () => {
  it('shows the outcome of a ribbon command while the pane is open, and stops listening on unmount', async () => {
    let listener: ((outcome: CommandOutcome) => void) | undefined;
    const unsubscribe = jest.fn();
    const commands: SubscribeToCommands = (l) => {
      listener = l;
      return unsubscribe;
    };
    const port = fakePort(smallWorkbook());
    const view = render(<App port={port} locale="zh-CN" commands={commands} />);
    expect(listener).toBeDefined();

    const { report } = evaluateSnapshot({ sheets: smallWorkbook(), ownedSheets: [] });
    act(() => listener?.({ intent: 'success', message: '一键计算完成：62.50 分', result: { report } }));
    expect(screen.getByTestId('total')).toHaveTextContent('58.00 / 100');
    expect(screen.getByText('一键计算完成：62.50 分')).toBeInTheDocument();

    act(() => listener?.({ intent: 'error', message: '写入结果失败（AccessDenied）。' }));
    expect(screen.getByText('写入结果失败（AccessDenied）。')).toBeInTheDocument();
    expect(screen.getByText('操作未完成')).toBeInTheDocument();

    view.unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});

