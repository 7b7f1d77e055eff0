/**
 * webpack.config.js without running a build: the one base-URL setting, the manifest substitution
 * and its localhost guard, the budget, and certificates touched only when serving.
 */
import { loadWebpackConfig } from './webpackConfigModule';

const DEPLOYED = 'https://addins.example.gov.cn/perf-eval/';
const MANIFEST = [
  '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
  '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
  '<AppDomain>https://localhost:3000</AppDomain>',
].join('\n');

interface CopyPatternLike {
  readonly from: string;
  readonly transform?: { readonly transformer: (content: Buffer, file: string) => string };
}

describe('webpack.config.js', () => {
  const config = loadWebpackConfig();

  it('keeps localhost in development and takes the deployed base URL from ONE setting in production', () => {
    expect(config.resolveBaseUrl('development', { ADDIN_BASE_URL: 'https://elsewhere.example/' })).toBe('https://localhost:3000/');
    expect(config.resolveBaseUrl('production', { ADDIN_BASE_URL: 'https://env.example/app' }, { config: { addinBaseUrl: DEPLOYED } })).toBe(
      'https://env.example/app/',
    );
    expect(config.resolveBaseUrl('production', {}, { config: { addinBaseUrl: DEPLOYED } })).toBe(DEPLOYED);
    expect(config.resolveBaseUrl('production', { ADDIN_BASE_URL: '  ' }, { config: { addinBaseUrl: DEPLOYED } })).toBe(DEPLOYED);
    // package.json itself carries the default deployed address.
    expect(config.resolveBaseUrl('production', {})).toMatch(/^https:\/\/(?!localhost)[^/]+\/.*\/$/);
  });

  it('refuses a missing or non-https base URL', () => {
    expect(() => config.resolveBaseUrl('production', {}, {})).toThrow(/ADDIN_BASE_URL/);
    expect(() => config.resolveBaseUrl('production', { ADDIN_BASE_URL: 'http://plain.example/' })).toThrow(/https/);
    expect(() => config.normalizeBaseUrl('not a url')).toThrow(/absolute URL/);
  });

  it('substitutes every placeholder URL of the manifest and fails a production manifest that still names localhost', () => {
    const out = config.substituteManifest(MANIFEST, DEPLOYED, true);
    expect(out).not.toMatch(/localhost/);
    expect(out.match(/https:\/\/addins\.example\.gov\.cn\/perf-eval\//g)).toHaveLength(2);
    expect(out).toContain(`${DEPLOYED}assets/icon-16.png`);
    // An AppDomain is an origin: no path, no trailing slash (whatever the manifest or the base URL carried).
    expect(out).toContain('<AppDomain>https://addins.example.gov.cn</AppDomain>');
    expect(config.substituteManifest('<AppDomain>https://localhost:3000/</AppDomain>', 'https://oa.example.gov.cn:8443/a/b/', true)).toBe(
      '<AppDomain>https://oa.example.gov.cn:8443</AppDomain>',
    );
    expect(() => config.substituteManifest(MANIFEST, 'https://localhost:3000/', true)).toThrow(/still names localhost/);
    expect(() => config.substituteManifest(`${MANIFEST}<SupportUrl DefaultValue="https://localhost:8080/help"/>`, DEPLOYED, true)).toThrow(
      /localhost/,
    );
    expect(config.substituteManifest(MANIFEST, config.DEV_BASE_URL, false)).toBe(MANIFEST);
  });

  it('builds the production config offline with the budget as an error and the manifest transform wired', async () => {
    const loaded = jest.fn();
    jest.doMock('office-addin-dev-certs', () => {
      loaded();
      throw new Error('the production build must not load office-addin-dev-certs');
    });
    const production = await config({}, { mode: 'production' });
    expect(loaded).not.toHaveBeenCalled();
    jest.dontMock('office-addin-dev-certs');
    expect(production.mode).toBe('production');
    // The ribbon's registration first; the pane depends on it (one runtime, one instance of each module).
    expect(production.entry).toEqual({ ribbon: './src/commands/ribbonEntry.ts', taskpane: { import: './src/taskpane/index.tsx', dependOn: 'ribbon' } });
    expect(production.devServer).toBeUndefined();
    expect(production.performance).toMatchObject({ hints: 'error', maxEntrypointSize: 450 * 1024, maxAssetSize: 450 * 1024 });
    expect(config.PANE_BUDGET_BYTES).toBe(450 * 1024);
    expect(config.FORBIDDEN_PACKAGES).toContain('exceljs');

    const copy = production.plugins?.find((p) => p?.constructor.name === 'CopyPlugin') as unknown as { patterns: CopyPatternLike[] };
    const manifest = copy.patterns.find((p) => p.from === 'manifest.xml');
    const out = manifest?.transform?.transformer(Buffer.from(MANIFEST), 'manifest.xml');
    expect(out).not.toMatch(/localhost/);
    expect(copy.patterns.some((p) => p.from === 'assets/*.png')).toBe(true);
  });

  it('loads office.js from Microsoft\'s CDN unless ONE setting asks for the deployment\'s own copy (政务内网)', async () => {
    expect(config.resolveOfficeJsSource({}, {})).toBe('cdn');
    expect(config.resolveOfficeJsSource({}, { config: { officeJsSource: 'local' } })).toBe('local');
    expect(config.resolveOfficeJsSource({ OFFICE_JS_SOURCE: 'cdn' }, { config: { officeJsSource: 'local' } })).toBe('cdn');
    expect(() => config.resolveOfficeJsSource({ OFFICE_JS_SOURCE: 'intranet' }, {})).toThrow(/neither "cdn".*nor "local"/);
    // package.json keeps the CDN: the copy Microsoft supports.
    expect(config.resolveOfficeJsSource({})).toBe('cdn');
    expect(config.officeJsUrl('cdn')).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(config.officeJsUrl('local')).toBe('office-js/office.js');

    const previous = process.env['OFFICE_JS_SOURCE'];
    process.env['OFFICE_JS_SOURCE'] = 'local';
    try {
      const local = await config({}, { mode: 'production' });
      const html = local.plugins?.find((p) => p?.constructor.name === 'HtmlWebpackPlugin') as unknown as { userOptions: { officeJsUrl: string } };
      expect(html.userOptions.officeJsUrl).toBe('office-js/office.js');
      const copy = local.plugins?.find((p) => p?.constructor.name === 'CopyPlugin') as unknown as { patterns: (CopyPatternLike & { to?: string })[] };
      const officeJs = copy.patterns.find((p) => p.from === 'node_modules/@microsoft/office-js/dist');
      expect(officeJs?.to).toBe('office-js');
      // The copy is Microsoft's code, not the pane's: outside the pane's budget.
      const filter = (local.performance as { assetFilter: (file: string) => boolean }).assetFilter;
      expect(filter('office-js/excel-web-16.00.js')).toBe(false);
      expect(filter('taskpane.0123abcd.js')).toBe(true);
    } finally {
      if (previous === undefined) delete process.env['OFFICE_JS_SOURCE'];
      else process.env['OFFICE_JS_SOURCE'] = previous;
    }
  });

  it('loads the dev certificates only when serving (webpack serve), over https on port 3000', async () => {
    const getHttpsServerOptions = jest.fn(async () => ({ key: 'KEY', cert: 'CERT', ca: 'CA' }));
    jest.doMock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));
    const dev = await config({}, { mode: 'development' });
    expect(dev.devServer).toBeUndefined();
    expect(getHttpsServerOptions).not.toHaveBeenCalled();

    const serve = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(serve.devServer).toMatchObject({ port: 3000, server: { type: 'https', options: { key: 'KEY', cert: 'CERT' } } });
    expect(serve.performance).toMatchObject({ hints: false });
    jest.dontMock('office-addin-dev-certs');
  });

  it('fails the compilation when a forbidden package (exceljs) reaches the pane', () => {
    type Tap<A> = { tap: (name: string, fn: (arg: A) => void) => void; call: (arg: A) => void };
    function hook<A>(): Tap<A> {
      const fns: ((arg: A) => void)[] = [];
      return { tap: (_name, fn) => fns.push(fn), call: (arg) => fns.forEach((fn) => fn(arg)) };
    }
    const errors: Error[] = [];
    const compilation = { errors, hooks: { finishModules: hook<readonly { resource?: string }[]>() } };
    const compiler = { context: '/repo', webpack: { WebpackError: Error }, hooks: { compilation: hook<typeof compilation>() } };
    new config.ForbidPackagesPlugin(config.FORBIDDEN_PACKAGES).apply(compiler);
    compiler.hooks.compilation.call(compilation);
    compilation.hooks.finishModules.call([
      { resource: '/repo/src/app/useCases.ts' },
      { resource: '/repo/node_modules/@fluentui/react-button/lib/index.js' },
      {},
    ]);
    expect(errors).toEqual([]);
    compilation.hooks.finishModules.call([{ resource: '/repo/node_modules/exceljs/dist/es5/exceljs.browser.js' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/must not bundle exceljs/);
  });
});
