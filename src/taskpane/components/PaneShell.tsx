/** The themed frame every page of the pane sits in (Fluent provider, fonts for Chinese, the pane's stylesheet). */
import type { ReactNode } from 'react';
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Locale } from '../../domain/diagnostics/types';
import '../taskpane.css';

/** Segoe UI first (Office's face), then the Chinese UI faces of Windows and macOS. */
const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `${webLightTheme.fontFamilyBase}, 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif`,
};

export interface PaneShellProps {
  readonly locale: Locale;
  readonly label: string;
  readonly children: ReactNode;
}

export function PaneShell({ locale, label, children }: PaneShellProps) {
  return (
    <FluentProvider theme={paneTheme} className="pe-provider" lang={locale}>
      <main className="pe-main" aria-label={label}>
        {children}
      </main>
    </FluentProvider>
  );
}
