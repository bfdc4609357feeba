/** Builds, a static server and sheet comparison for the Chromium end-to-end test. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import webpack, { type Configuration } from 'webpack';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';

const ROOT = resolve(__dirname, '..', '..');

type MakeConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

async function run(configs: Configuration[]): Promise<void> {
  await new Promise<void>((ok, fail) =>
    webpack(configs, (err, stats) => {
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString('errors-only')));
      ok();
    }),
  );
}

/**
 * The production build of the add-in (webpack.config.js, as `npm run build`, with `addinUrl` as
 * ADDIN_URL) into `outDir/addin`, and the fake office.js bundle into `outDir/fake/office.js`.
 */
export async function buildAll(outDir: string, addinUrl: string): Promise<void> {
  const makeConfig = createRequire(__filename)('../../webpack.config.js') as MakeConfig;
  const saved = process.env.ADDIN_URL;
  process.env.ADDIN_URL = addinUrl;
  let addin: Configuration;
  try {
    addin = await makeConfig({ outDir: join(outDir, 'addin'), quiet: true }, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
  const fake: Configuration = {
    mode: 'production',
    context: ROOT,
    devtool: false,
    target: 'web',
    entry: './test/e2e/fakeOfficeEntry.ts',
    output: { path: join(outDir, 'fake'), filename: 'office.js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: join(ROOT, 'tsconfig.json'),
            compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', sourceMap: false },
          },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  await run([addin, fake]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 (plain http: dev certs cannot be trusted here without sudo). */
export async function serve(dir: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'taskpane.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

export interface ComparableSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: SheetInput['merges'];
  readonly formulas?: SheetInput['formulas'];
  readonly hyperlinks?: SheetInput['hyperlinks'];
  readonly notes?: SheetInput['notes'];
  readonly styles?: SheetInput['styles'];
  readonly hidden?: true;
}

/** A sheet without what does not matter to a reader: trailing blanks, empty maps, `hidden: false`. */
export function comparable(s: SheetInput): ComparableSheet {
  const rows = s.rows.map((r) => {
    const out = r.map((v) => (v === '' ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const map = <T>(o: Readonly<Record<string, T>> | undefined): Readonly<Record<string, T>> | undefined =>
    o && Object.keys(o).length
      ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)))
      : undefined;
  return {
    name: s.name,
    rows,
    merges: s.merges?.length ? s.merges : undefined,
    formulas: map(s.formulas),
    hyperlinks: map(s.hyperlinks),
    notes: map(s.notes),
    styles: map(s.styles),
    hidden: s.hidden ? true : undefined,
  };
}
