/**
 * Bundle: a production webpack build into a temporary folder (dist/ is left alone), read from the
 * build's stats: raw and gzip (level 9) sizes of all the task-pane page's JavaScript and of the
 * first chunk (the entry's files: the ribbon actions and the runtime; the pane loads on demand).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleResult {
  readonly firstChunk: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  readonly page: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** The English catalog: fetched only when someone switches to English (not in the zh-CN page). */
  readonly onDemand: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** The 帮助 and 设置 panels: fetched when someone first opens them (not in the page). */
  readonly panels: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** The dark Fluent palette: fetched only when Office runs in a dark theme (not in the page). */
  readonly darkTheme: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** The 决算 part (its engine and zh-CN words): fetched only for a workbook with 决算 tables (not in the page). */
  readonly budgetPart: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** The engine's write half (the plan and the results sheet): fetched when 计算得分 writes, not to detect. */
  readonly planner: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  /** The English 决算 words: fetched only by an English run on a workbook with 决算 tables. */
  readonly budgetEnglish: { readonly files: readonly string[]; readonly raw: number; readonly gzip: number };
  readonly buildMs: number;
}

interface Stats {
  readonly outputPath: string;
  readonly time?: number;
  readonly assets: readonly { readonly name: string }[];
  readonly entrypoints: Readonly<Record<string, { readonly assets: readonly { readonly name: string }[] }>>;
}

function sizes(
  dir: string,
  files: readonly string[],
): { files: readonly string[]; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export function measureBundle(root: string): BundleResult {
  if (!existsSync(join(root, 'webpack.config.js'))) throw new Error('no webpack.config.js');
  const out = mkdtempSync(join(tmpdir(), 'perf-eval-bench-build-'));
  const statsFile = join(out, 'stats.json');
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
      '--mode',
      'production',
      '--env',
      `outDir=${join(out, 'addin')}`,
      '--json',
      statsFile,
    ],
    { cwd: root, encoding: 'utf8', timeout: 600_000 },
  );
  const buildMs = performance.now() - t;
  if (!existsSync(statsFile))
    throw new Error(`webpack exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 300)}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const js = stats.assets.map((a) => a.name).filter((n) => n.endsWith('.js'));
  const first = (stats.entrypoints.taskpane?.assets ?? [])
    .map((a) => a.name)
    .filter((n) => n.endsWith('.js'));
  const onDemand = js.filter((n) => n.startsWith('locale-'));
  const panels = js.filter((n) => n.startsWith('help.') || n.startsWith('settings.'));
  const darkTheme = js.filter((n) => n.startsWith('theme-dark.'));
  const budgetPart = js.filter((n) => n.startsWith('budget.'));
  // the English 决算 words: only an English run on a 决算 workbook fetches them
  const budgetEnglish = js.filter((n) => n.startsWith('budget-en.'));
  const planner = js.filter((n) => n.startsWith('planner.'));
  const page = js.filter(
    (n) => ![...onDemand, ...panels, ...darkTheme, ...budgetPart, ...budgetEnglish, ...planner].includes(n),
  );
  return {
    firstChunk: sizes(stats.outputPath, first),
    page: sizes(stats.outputPath, page),
    onDemand: sizes(stats.outputPath, onDemand),
    panels: sizes(stats.outputPath, panels),
    darkTheme: sizes(stats.outputPath, darkTheme),
    budgetPart: sizes(stats.outputPath, budgetPart),
    budgetEnglish: sizes(stats.outputPath, budgetEnglish),
    planner: sizes(stats.outputPath, planner),
    buildMs,
  };
}
