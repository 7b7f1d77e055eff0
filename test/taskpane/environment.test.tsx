/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { OutsideExcel } from '../../src/taskpane/components/OutsideExcel';
import { detectEnvironment } from '../../src/taskpane/environment';
import { MESSAGES, paneLocale } from '../../src/taskpane/messages';
import { describeError, localizedHostMessage } from '../../src/taskpane/errorMessage';
import { OfficeHostError } from '../../src/hosts/office/officeHostError';

describe('where the pane runs', () => {
  it('is outside Excel when onReady reports no host or another host', () => {
    expect(detectEnvironment(null, undefined)).toEqual({ kind: 'outside' });
    expect(detectEnvironment(undefined, 'zh-CN')).toEqual({ kind: 'outside' });
    expect(detectEnvironment('Word', 'en-US')).toEqual({ kind: 'outside' });
  });

  it('speaks Chinese by default and English when Office’s display language is English', () => {
    expect(detectEnvironment('Excel', 'zh-CN')).toEqual({ kind: 'excel', locale: 'zh-CN' });
    expect(detectEnvironment('Excel', undefined)).toEqual({ kind: 'excel', locale: 'zh-CN' });
    expect(detectEnvironment('Excel', 'en-GB')).toEqual({ kind: 'excel', locale: 'en-US' });
    expect(paneLocale('en')).toBe('en-US');
    expect(paneLocale('EN-us')).toBe('en-US');
    expect(paneLocale('fr-FR')).toBe('zh-CN');
    expect(paneLocale('eng')).toBe('zh-CN');
  });

  it('outside Excel, says plainly in both languages that the page must be opened inside Excel', () => {
    render(<OutsideExcel />);
    expect(screen.getByText('请在 Excel 中打开')).toBeInTheDocument();
    expect(screen.getByText(/必须在 Excel 中以加载项方式打开/)).toBeInTheDocument();
    expect(screen.getByText('Open this inside Excel')).toBeInTheDocument();
    expect(screen.getByText(/must be opened inside Excel as an add-in/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('pane messages', () => {
  it('has the same keys in both locales, none empty', () => {
    const zh = MESSAGES['zh-CN'];
    const en = MESSAGES['en-US'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en]) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      }
      expect(Object.keys(table.grades).sort()).toEqual(['中', '优', '差', '良'].sort());
      expect(table.profiles['central']).toBeTruthy();
    }
  });
});

describe('error text', () => {
  it('prefers the host error’s localized message in the pane’s locale', () => {
    const error = { name: 'OfficeHostError', message: 'x', messages: { 'zh-CN': '请重试', 'en-US': 'Try again' } };
    expect(describeError(error, 'zh-CN')).toBe('请重试');
    expect(describeError(error, 'en-US')).toBe('Try again');
    const withMethod = { localizedMessage: (l: string) => (l === 'en-US' ? 'Press Enter' : '按 Enter') };
    expect(localizedHostMessage(withMethod, 'en-US')).toBe('Press Enter');
  });

  it('reads the office host’s OfficeHostError in either language', () => {
    const error = new OfficeHostError('read', 'GeneralException', 'boom', { code: 'GeneralException' }, 'zh-CN');
    expect(describeError(error, 'zh-CN')).toBe(error.messages['zh-CN']);
    expect(describeError(error, 'en-US')).toBe(error.messages['en-US']);
    expect(describeError(error, 'en-US')).toMatch(/^Reading the workbook failed/);
  });

  it('wraps anything else in a sentence that says what to do', () => {
    expect(describeError(new Error('boom'), 'zh-CN')).toContain('（boom）');
    expect(describeError(new Error('boom'), 'en-US')).toContain('(boom)');
    expect(describeError('plain', 'en-US')).toContain('try again');
    expect(describeError({ code: 'GeneralException' }, 'zh-CN')).toContain('GeneralException');
    expect(localizedHostMessage(undefined, 'zh-CN')).toBeUndefined();
  });
});
