/**
 * The add-in's web part: one page (taskpane.html) that holds both the ribbon functions and the task
 * pane (shared runtime). The entry's first chunk is only src/commands (Office.actions.associate at
 * top level); the pane and the Office adapter are loaded on demand.
 *
 *   npm run build        production build into dist/addin/, prints sizes, fails over budget
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs
 *
 * ADDIN_URL (default https://localhost:3000) replaces the dev origin in the copied manifest.
 */
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
/** Chunks fetched only when a panel is first opened (not part of the page's budget). */
const ON_DEMAND_CHUNKS = new Set(['settings', 'help', 'theme-dark', 'budget', 'planner']);
/** The task-pane page's JavaScript, all chunks, gzip. */
const PAGE_BUDGET_GZIP = 150 * 1024;
/** Node-only or oversized modules that must never reach the page. */
const FORBIDDEN = /[\\/]node_modules[\\/](exceljs|jszip|@microsoft[\\/]office-js)[\\/]/;

function productionOrigin() {
  const url = (process.env.ADDIN_URL || DEV_ORIGIN).replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(url))
    throw new Error(`ADDIN_URL must be an https URL, got "${url}"`);
  return url;
}

/**
 * office-addin-dev-certs: generates (30-day) certificates and trusts its CA. Trusting needs admin
 * rights; where that fails (Linux without sudo) the generated files are still used, and the CA
 * (~/.office-addin-dev-certs/ca.crt) must be trusted by hand.
 */
async function devHttpsOptions() {
  const certs = require('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const fs = require('node:fs');
    const {
      localhostCertificatePath: cert,
      localhostKeyPath: key,
      caCertificatePath: ca,
    } = require('office-addin-dev-certs/lib/defaults');
    if (![cert, key, ca].every((f) => fs.existsSync(f))) throw error;
    process.stderr.write(
      `office-addin-dev-certs could not trust its CA (${error.message.split('\n')[0]}); trust ${ca} by hand.\n`,
    );
    return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) };
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Prints raw and gzip sizes of the page's JS and of the first chunk; fails over budget. */
class BundleBudgetPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    let report = '';
    compiler.hooks.thisCompilation.tap('BundleBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleBudgetPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const module of compilation.modules) {
            const resource = module.resource || '';
            if (FORBIDDEN.test(resource))
              compilation.errors.push(
                new webpack.WebpackError(`${resource} must not be bundled into the page`),
              );
          }
          const entry = compilation.entrypoints.get('taskpane');
          const first = new Set(entry ? entry.getFiles().filter((f) => f.endsWith('.js')) : []);
          const rows = [];
          for (const [name, source] of Object.entries(assets)) {
            if (!name.endsWith('.js')) continue;
            const buf = Buffer.from(source.buffer());
            rows.push({
              name,
              raw: buf.length,
              gzip: zlib.gzipSync(buf, { level: 9 }).length,
              first: first.has(name),
            });
          }
          rows.sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);
          const sum = (rs, k) => rs.reduce((n, r) => n + r[k], 0);
          const firstRows = rows.filter((r) => r.first);
          // A second locale is fetched only when someone switches to it, 帮助 and 设置 only when
          // they are opened, the dark palette only in a dark Office, the 决算 part (its engine and words) only for a workbook
          // with 决算 tables, the engine's write half only when 计算得分 writes: listed, not in the page.
          const onDemand = (r) =>
            /^(locale-|help\.|settings\.|theme-dark\.|budget\.|budget-en\.|planner\.)/.test(r.name);
          const pageRows = rows.filter((r) => !onDemand(r));
          const page = { raw: sum(pageRows, 'raw'), gzip: sum(pageRows, 'gzip') };
          const lines = rows.map(
            (r) =>
              `  ${r.name.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}${r.first ? '  (first chunk)' : onDemand(r) ? (r.name.startsWith('locale-') ? '  (on demand, en only)' : r.name.startsWith('theme-') ? '  (on demand, dark Office only)' : r.name.startsWith('budget') ? '  (on demand, 决算 workbooks only)' : r.name.startsWith('planner') ? '  (on demand, at the first 计算得分: rules and writing)' : '  (on demand, when opened)') : ''}`,
          );
          report = [
            `\nTask-pane page JavaScript (raw / gzip):`,
            ...lines,
            `  ${'first chunk (commands + runtime)'.padEnd(40)} ${kb(sum(firstRows, 'raw')).padStart(10)} ${kb(sum(firstRows, 'gzip')).padStart(10)}`,
            `  ${'page total'.padEnd(40)} ${kb(page.raw).padStart(10)} ${kb(page.gzip).padStart(10)}   budget ${kb(this.options.budget)} gzip`,
            '',
          ].join('\n');
          if (this.options.enforce && page.gzip > this.options.budget)
            compilation.errors.push(
              new webpack.WebpackError(
                `task-pane page JS is ${kb(page.gzip)} gzip, over the ${kb(this.options.budget)} budget`,
              ),
            );
        },
      );
    });
    compiler.hooks.done.tap('BundleBudgetPlugin', () => {
      if (report && this.options.print) process.stdout.write(report);
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const origin = production ? productionOrigin() : DEV_ORIGIN;
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist/addin');

  return {
    mode,
    context: __dirname,
    target: ['web', 'es2020'],
    // No eval-based source maps: the page's CSP forbids eval, and production ships none.
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          oneOf: [
            {
              // makeStyles resolved at build time (see the loader): no CSS-in-JS compiler on the page.
              test: /\.styles\.ts$/,
              include: path.resolve(__dirname, 'src/taskpane'),
              loader: path.resolve(__dirname, 'scripts/webpack/griffelAotLoader.cjs'),
            },
            {
              test: /\.tsx?$/,
              exclude: /node_modules/,
              loader: 'ts-loader',
              options: {
                // Types are checked by `npm run typecheck`; the bundle needs ES modules to tree-shake.
                transpileOnly: true,
                configFile: path.resolve(__dirname, 'tsconfig.json'),
                compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', sourceMap: !production },
              },
            },
          ],
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      minimize: production,
      // React + Fluent in one named async chunk beside `pane` (the pane's own code).
      splitChunks: {
        cacheGroups: {
          defaultVendors: {
            test: /[\\/]node_modules[\\/]/,
            // not the panels opened on demand: what only they use (Radio) comes with them
            chunks: (chunk) => !ON_DEMAND_CHUNKS.has(chunk.name),
            name: 'vendor',
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
        }),
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(mode) }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString('utf8').split(DEV_ORIGIN).join(origin),
          },
        ],
      }),
      new BundleBudgetPlugin({ budget: PAGE_BUDGET_GZIP, enforce: production, print: !env.quiet }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.PORT || 3000),
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await devHttpsOptions() },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.PAGE_BUDGET_GZIP = PAGE_BUDGET_GZIP;
