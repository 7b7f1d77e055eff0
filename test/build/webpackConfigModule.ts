/** The shape of webpack.config.js (a config function with its helpers attached), for the build tests. */
import type { Configuration } from 'webpack';

/** webpack's Configuration plus the dev server block (typed by webpack-dev-server, which the tests do not load). */
export type PaneConfiguration = Configuration & { readonly devServer?: Readonly<Record<string, unknown>> };

export interface WebpackConfigModule {
  (env?: Record<string, unknown>, argv?: { mode?: string }): Promise<PaneConfiguration>;
  readonly DEV_BASE_URL: string;
  readonly PANE_BUDGET_BYTES: number;
  readonly FORBIDDEN_PACKAGES: readonly string[];
  readonly OFFICE_JS_CDN_URL: string;
  readonly OFFICE_JS_LOCAL_DIR: string;
  resolveOfficeJsSource(
    env?: Readonly<Record<string, string | undefined>>,
    pkg?: { readonly config?: { readonly officeJsSource?: string } },
  ): 'cdn' | 'local';
  officeJsUrl(source: 'cdn' | 'local'): string;
  normalizeBaseUrl(raw: string): string;
  resolveBaseUrl(
    mode: string,
    env?: Readonly<Record<string, string | undefined>>,
    pkg?: { readonly config?: { readonly addinBaseUrl?: string } },
  ): string;
  substituteManifest(xml: string, baseUrl: string, production: boolean): string;
  readonly ForbidPackagesPlugin: new (packages: readonly string[]) => { apply(compiler: unknown): void };
}

export function loadWebpackConfig(): WebpackConfigModule {
  return jest.requireActual<WebpackConfigModule>('../../webpack.config.js');
}
