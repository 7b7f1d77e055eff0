/**
 * The task pane build.
 *
 *   npm run build       webpack --mode production: dist/{ribbon,taskpane}.[contenthash].js + dist/taskpane.html,
 *                       dist/assets/*.png, dist/manifest.xml with the deployed base URL. Offline, no certificates.
 *   npm run dev-server  webpack serve --mode development on https://localhost:3000/ (office-addin-dev-certs).
 *
 * The deployed base URL comes from ONE setting: env ADDIN_BASE_URL, else package.json config.addinBaseUrl.
 * manifest.xml is written with the placeholder base https://localhost:3000/, replaced here in production
 * (development keeps localhost); a production manifest that still names localhost fails the build.
 *
 * Budget: the pane's own JS (every chunk of the entry; office.js is loaded from Microsoft's CDN) must stay
 * within 450 KiB minified, and nothing of exceljs may be bundled (the engine is UI- and file-free).
 * office.js comes from Microsoft's CDN. For a network that cannot reach it (政务内网), ONE setting — env
 * OFFICE_JS_SOURCE=local, else package.json config.officeJsSource — copies the client of @microsoft/office-js
 * (its dist/ without debug builds and type files) to dist/office-js/ and the page loads it from there.
 *
 * The page loads two entries, the pane depending on the ribbon's (one webpack runtime, one instance of each module): `ribbon`
 * (a few KB, src/commands/ribbonEntry.ts) registers the ribbon's functions before `taskpane` (the pane,
 * the engine) has loaded; a ribbon click that starts the shared runtime is queued, not lost.
 * Type checking is `npm run typecheck`; ts-loader only transpiles.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const packageJson = require('./package.json');

/** The placeholder base every manifest URL uses (agreed with manifest.xml's author). */
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
/** The pane's JS budget, in bytes. */
const PANE_BUDGET_BYTES = 450 * 1024;
/** Packages that must never reach the pane's bundle. */
const FORBIDDEN_PACKAGES = ['exceljs'];
/** Where the page loads office.js from: Microsoft's CDN (the supported copy), or the deployment itself. */
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The folder of dist/ the local copy of office.js goes to (OFFICE_JS_SOURCE=local). */
const OFFICE_JS_LOCAL_DIR = 'office-js';

/** Validates a deployed base URL: absolute https, normalised to end with `/`. */
function normalizeBaseUrl(raw) {
  const text = String(raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`Add-in base URL "${text}" is not an absolute URL (set ADDIN_BASE_URL or package.json config.addinBaseUrl).`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`Add-in base URL "${text}" must use https: Office loads add-ins over https only.`);
  }
  return text.endsWith('/') ? text : `${text}/`;
}

/**
 * The base URL the manifest should name: localhost in development, else ADDIN_BASE_URL, else
 * package.json config.addinBaseUrl.
 */
function resolveBaseUrl(mode, env = process.env, pkg = packageJson) {
  if (mode !== 'production') return DEV_BASE_URL;
  const fromEnv = env.ADDIN_BASE_URL && env.ADDIN_BASE_URL.trim() !== '' ? env.ADDIN_BASE_URL : undefined;
  const fromPackage = pkg && pkg.config && pkg.config.addinBaseUrl;
  const raw = fromEnv || fromPackage;
  if (!raw) {
    throw new Error('No deployed add-in base URL: set ADDIN_BASE_URL or package.json "config": { "addinBaseUrl": … }.');
  }
  return normalizeBaseUrl(raw);
}

/** `cdn` (the default) or `local`: env OFFICE_JS_SOURCE, else package.json config.officeJsSource. */
function resolveOfficeJsSource(env = process.env, pkg = packageJson) {
  const fromEnv = env.OFFICE_JS_SOURCE && env.OFFICE_JS_SOURCE.trim() !== '' ? env.OFFICE_JS_SOURCE.trim() : undefined;
  const raw = fromEnv || (pkg && pkg.config && pkg.config.officeJsSource) || 'cdn';
  if (raw !== 'cdn' && raw !== 'local') {
    throw new Error(`OFFICE_JS_SOURCE "${raw}" is neither "cdn" (Microsoft's CDN, the default) nor "local" (copied into dist/${OFFICE_JS_LOCAL_DIR}/).`);
  }
  return raw;
}

/** The script URL of office.js in taskpane.html (relative for the local copy, so it follows the page). */
function officeJsUrl(source) {
  return source === 'local' ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN_URL;
}

/**
 * Replaces the placeholder base in manifest.xml; in production, refuses a manifest that still names localhost.
 * An `<AppDomain>` gets the origin alone (scheme, host, port): no path, no trailing slash, as the manifest
 * reference asks (learn.microsoft.com, "AppDomain element").
 */
function substituteManifest(xml, baseUrl, production) {
  const origin = new URL(baseUrl).origin;
  const out = xml.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`).split(DEV_BASE_URL).join(baseUrl);
  if (production && /localhost/i.test(out)) {
    throw new Error(
      `manifest.xml still names localhost after substituting the base URL "${baseUrl}": ` +
        'set ADDIN_BASE_URL (or package.json config.addinBaseUrl) to the deployed https address.',
    );
  }
  return out;
}

/** Fails the compilation when a forbidden package (exceljs) is bundled into the pane. */
class ForbidPackagesPlugin {
  constructor(packages) {
    this.packages = packages;
  }

  apply(compiler) {
    const pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${this.packages.join('|')})[\\\\/]`);
    compiler.hooks.compilation.tap('ForbidPackagesPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('ForbidPackagesPlugin', (modules) => {
        for (const module of modules) {
          const resource = module.resource;
          if (typeof resource === 'string' && pattern.test(resource)) {
            const error = new compiler.webpack.WebpackError(
              `The task pane must not bundle ${resource.match(pattern)[1]} (${path.relative(compiler.context, resource)}): ` +
                'keep it in src/hosts/xlsx and src/cli only.',
            );
            compilation.errors.push(error);
          }
        }
      });
    });
  }
}

async function devServer() {
  // Only when actually serving: the production build never touches certificates.
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    hot: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
  };
}

async function config(env = {}, argv = {}) {
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  const baseUrl = resolveBaseUrl(mode);
  const officeJsSource = resolveOfficeJsSource();
  return {
    mode,
    target: ['web', 'es2020'],
    context: __dirname,
    // `ribbon` first: taskpane.html runs it before the pane's bundle (see the header). The pane depends
    // on it: webpack's runtime and the ribbon's queue live in ribbon.js only, once.
    entry: { ribbon: './src/commands/ribbonEntry.ts', taskpane: { import: './src/taskpane/index.tsx', dependOn: 'ribbon' } },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash].js',
      publicPath: '',
      clean: true,
    },
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    // The pane's stylesheet (src/taskpane/taskpane.css) is emitted as CSS, not JS: webpack's native CSS.
    experiments: { css: true },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so webpack can tree-shake; tsconfig.json itself is noEmit (type checking only).
              compilerOptions: { module: 'es2020', target: 'es2020', noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        officeJsUrl: officeJsUrl(officeJsSource),
        chunks: ['ribbon', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: !production },
          ...(officeJsSource === 'local'
            ? [
                {
                  from: 'node_modules/@microsoft/office-js/dist',
                  to: OFFICE_JS_LOCAL_DIR,
                  globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts', '**/office-vsdoc.js'] },
                  info: { minimized: true },
                },
              ]
            : []),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: !production,
            transform: { transformer: (content) => substituteManifest(content.toString('utf8'), baseUrl, production) },
          },
        ],
      }),
      new ForbidPackagesPlugin(FORBIDDEN_PACKAGES),
    ],
    optimization: { sideEffects: true, usedExports: true },
    performance: {
      hints: production ? 'error' : false,
      maxEntrypointSize: PANE_BUDGET_BYTES,
      maxAssetSize: PANE_BUDGET_BYTES,
      // The pane's scripts; a local copy of office.js is Microsoft's, not the pane's.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith(`${OFFICE_JS_LOCAL_DIR}/`),
    },
    ...(env.WEBPACK_SERVE ? { devServer: await devServer() } : {}),
  };
}

module.exports = Object.assign(config, {
  ForbidPackagesPlugin,
  DEV_BASE_URL,
  PANE_BUDGET_BYTES,
  FORBIDDEN_PACKAGES,
  OFFICE_JS_CDN_URL,
  OFFICE_JS_LOCAL_DIR,
  resolveOfficeJsSource,
  officeJsUrl,
  normalizeBaseUrl,
  resolveBaseUrl,
  substituteManifest,
});
