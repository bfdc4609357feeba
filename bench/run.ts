/**
 * `npm run bench`: the benchmark of speed and scale. Prints one table with each goal beside its
 * figure and writes bench/results.json. Not a timed test: every figure is a median over several
 * runs, ratios are measured side by side in the same run, and each part runs in its own child
 * process (separate peak memory and JIT state).
 *
 *   npm run bench                      everything (a few minutes)
 *   npm run bench -- --only engine,cli  some parts: engine, cli, office, bundle
 *
 * Parts: engine throughput (bench/engine.ts), CLI overhead (bench/cli.ts), Office round trips
 * from the fake host (bench/office.ts), bundle sizes from a production build (bench/bundle.ts).
 * A part that cannot run (no fake host, no webpack config, a build error) is reported as
 * unavailable with its reason; the others still run.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import type { BundleResult } from './bundle';
import { measureBundle } from './bundle';
import type { CliResult } from './cli';
import type { EngineResult, SampleResult } from './engine';
import { FRONTIER_LADDER, type OfficeRow } from './office';
import { compileShipped, fmtBytes, fmtInt, fmtMs, inChild, repoRoot, REQUEST_GOAL, SYNC_GOAL } from './stats';

const ROOT = repoRoot();
const PARTS = ['engine', 'cli', 'office', 'bundle'] as const;
type Part = (typeof PARTS)[number];

const ENGINE_SIZES: readonly [number, number][] = [
  [1_000, 9],
  [10_000, 5],
  [100_000, 3],
];
const ENGINE_GOAL_MS = 1000;
const CLI_GOAL = 1.25;

interface Row {
  readonly section: string;
  readonly figure: string;
  readonly measured: string;
  readonly goal: string;
  /** true: goal met; false: missed; null: no goal (reported only). */
  readonly met: boolean | null;
}

type Slot<T> =
  { readonly status: 'ok'; readonly value: T } | { readonly status: 'unavailable'; readonly reason: string };

async function slot<T>(f: () => Promise<T>): Promise<Slot<T>> {
  try {
    return { status: 'ok', value: await f() };
  } catch (e) {
    return {
      status: 'unavailable',
      reason: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200),
    };
  }
}

function machine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg()
      .map((x) => Math.round(x * 100) / 100)
      .join(' / '),
  };
}

function sampleRows(results: readonly SampleResult[]): Row[] {
  return results.map((r) => ({
    section: 'Engine throughput',
    figure: `samples/${r.file} (${fmtInt(r.indicatorRows)} indicator rows, ${fmtInt(r.budgetLines)} budget lines)`,
    measured: fmtMs(r.medianMs),
    goal: '— (reported)',
    met: null,
  }));
}

function engineRows(results: readonly EngineResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    const big = r.indicatorRows === 100_000;
    rows.push({
      section: 'Engine throughput',
      figure: `${fmtInt(r.indicatorRows)} + ${fmtInt(r.budgetLines)} rows (parse+score+check+plan)`,
      measured: `${fmtMs(r.medianMs)}, ${fmtInt(r.rowsPerSecond)} rows/s, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
      goal: big ? `< ${fmtMs(ENGINE_GOAL_MS)}` : '—',
      met: big ? r.medianMs < ENGINE_GOAL_MS : null,
    });
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const ratio = b.medianMs / a.medianMs;
    const rowsRatio = b.indicatorRows / a.indicatorRows;
    rows.push({
      section: 'Engine throughput',
      figure: `growth ${fmtInt(a.indicatorRows)} → ${fmtInt(b.indicatorRows)} rows (×${rowsRatio})`,
      measured: `time ×${ratio.toFixed(1)}`,
      goal: `near-linear (≤ ×${(rowsRatio * 1.5).toFixed(0)})`,
      met: ratio <= rowsRatio * 1.5,
    });
  }
  return rows;
}

function cliRows(results: readonly CliResult[]): Row[] {
  return results.flatMap((r) => [
    {
      section: 'CLI overhead',
      figure: `${r.workbook}: score ÷ exceljs load+save`,
      measured: `${r.ratio.toFixed(2)} (${fmtMs(r.scoreMs)} ÷ ${fmtMs(r.floorMs)})`,
      goal: `≤ ${CLI_GOAL}`,
      met: r.ratio <= CLI_GOAL,
    },
    {
      section: 'CLI overhead',
      figure: `  same ÷ exceljs streaming read+write`,
      measured: `${r.ratioToStreaming.toFixed(2)} (floor ${fmtMs(r.streamingFloorMs)})`,
      goal: '— (reported)',
      met: null,
    },
    {
      section: 'CLI overhead',
      figure: `  stages: load / analyse / apply / save`,
      measured: [r.stages.load, r.stages.analyze, r.stages.apply, r.stages.save].map(fmtMs).join(' / '),
      goal: '— (reported)',
      met: null,
    },
  ]);
}

function officeRows(s: Slot<OfficeRow[]>): Row[] {
  if (s.status !== 'ok') {
    return [
      {
        section: 'Office round trips',
        figure: '(slot: fake host, test/fakeExcel)',
        measured: `unavailable: ${s.reason}`,
        goal: `≤ ${SYNC_GOAL} syncs to 20k rows; requests ≤ 4 MB`,
        met: null,
      },
    ];
  }
  return s.value.flatMap((r) => {
    const row = officeRow(r);
    if (!r.bound) return [row];
    const b = r.bound;
    return [
      row,
      {
        section: 'Office round trips',
        figure: `  lower bound for any add-in (reads ≥ ${fmtBytes(b.readBytes)}, writes ≥ ${fmtBytes(b.writeBytes)})`,
        measured: `≥ ${b.minSyncs} syncs`,
        goal: `≤ ${SYNC_GOAL} syncs`,
        met: b.minSyncs <= SYNC_GOAL,
      },
    ];
  });
}

function officeRow(r: OfficeRow): Row {
  const where = r.platform === 'web' ? 'Excel on the web (5 MB cap)' : 'desktop';
  if (r.case.startsWith('largest'))
    return {
      section: 'Office round trips',
      figure: `${r.case}, ${where} (${FRONTIER_LADDER.map((n) => `${n / 1000}k`).join('/')})`,
      measured: `${fmtInt(r.rows)} rows (${r.syncs} syncs, largest request ${fmtBytes(r.largestRequestBytes)})`,
      goal: '20,000 rows',
      met: r.rows >= 20_000,
    };
  const syncGoal = r.rows <= 20_000;
  const met = r.ok && r.largestRequestBytes <= REQUEST_GOAL && (!syncGoal || r.syncs <= SYNC_GOAL);
  return {
    section: 'Office round trips',
    figure: `${r.case}, ${where}`,
    measured: `${r.syncs} syncs, largest request ${fmtBytes(r.largestRequestBytes)}${r.refusedRequests ? `, ${r.refusedRequests} refused and split` : ''}${r.ok ? '' : ', FAILED'}`,
    goal: syncGoal ? `≤ ${SYNC_GOAL} syncs, ≤ 4 MB` : '≤ 4 MB per request',
    met,
  };
}

function bundleRows(s: Slot<BundleResult>): Row[] {
  if (s.status !== 'ok') {
    return [
      {
        section: 'Bundle',
        figure: '(slot: production webpack build)',
        measured: `unavailable: ${s.reason}`,
        goal: '—',
        met: null,
      },
    ];
  }
  const { page, firstChunk, onDemand, panels, darkTheme, budgetPart, budgetEnglish, planner } = s.value;
  return [
    {
      section: 'Bundle',
      figure: `task-pane page JS, zh-CN (${page.files.length} files)`,
      measured: `${fmtBytes(page.raw)} raw, ${fmtBytes(page.gzip)} gzip`,
      goal: '≤ 150 KB gzip (webpack budget)',
      met: page.gzip <= 150 * 1024,
    },
    {
      section: 'Bundle',
      figure: 'English catalog, on demand (en only)',
      measured: `${fmtBytes(onDemand.raw)} raw, ${fmtBytes(onDemand.gzip)} gzip`,
      goal: 'page + this ≤ 150 KB gzip',
      met: page.gzip + onDemand.gzip <= 150 * 1024,
    },
    {
      section: 'Bundle',
      figure: 'dark palette, on demand (dark Office theme only)',
      measured: `${fmtBytes(darkTheme.raw)} raw, ${fmtBytes(darkTheme.gzip)} gzip`,
      goal: 'page + this ≤ 150 KB gzip',
      met: page.gzip + darkTheme.gzip <= 150 * 1024,
    },
    {
      section: 'Bundle',
      figure: '决算 part (engine and words), on demand (workbooks with 决算 tables only)',
      measured: `${fmtBytes(budgetPart.raw)} raw, ${fmtBytes(budgetPart.gzip)} gzip (page + this: ${fmtBytes(page.gzip + budgetPart.gzip)} gzip)`,
      goal: '— (reported: what a 决算 workbook loads)',
      met: null,
    },
    {
      section: 'Bundle',
      figure:
        'engine scoring and write half (rules, checks, plan, results sheet), on demand (at the first 计算得分)',
      measured: `${fmtBytes(planner.raw)} raw, ${fmtBytes(planner.gzip)} gzip (page + this: ${fmtBytes(page.gzip + planner.gzip)} gzip)`,
      goal: '— (reported: what a 计算得分 click loads)',
      met: null,
    },
    {
      section: 'Bundle',
      figure: 'English 决算 words, on demand (an English run on a 决算 workbook only)',
      measured: `${fmtBytes(budgetEnglish.raw)} raw, ${fmtBytes(budgetEnglish.gzip)} gzip`,
      goal: '— (reported)',
      met: null,
    },
    {
      section: 'Bundle',
      figure: `帮助 and 设置 panels, on demand (when first opened; ${panels.files.length} files)`,
      measured: `${fmtBytes(panels.raw)} raw, ${fmtBytes(panels.gzip)} gzip`,
      goal: '— (reported)',
      met: null,
    },
    {
      section: 'Bundle',
      figure: `first chunk: ribbon actions (${firstChunk.files.join(', ')})`,
      measured: `${fmtBytes(firstChunk.raw)} raw, ${fmtBytes(firstChunk.gzip)} gzip`,
      goal: '— (reported)',
      met: null,
    },
  ];
}

function printTable(rows: readonly Row[]): string {
  const w = [
    Math.max(...rows.map((r) => r.figure.length + 2)),
    Math.max(...rows.map((r) => r.measured.length)),
    Math.max(...rows.map((r) => r.goal.length)),
  ];
  const lines: string[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push('', section);
    }
    const mark = r.met === null ? ' ' : r.met ? '✓' : '✗';
    lines.push(
      `  ${r.figure.padEnd(w[0]!)} ${r.measured.padEnd(w[1]!)}  goal ${r.goal.padEnd(w[2]!)} ${mark}`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--only');
  const parts = new Set<Part>(only >= 0 ? (process.argv[only + 1]?.split(',') as Part[]) : PARTS);
  const started = new Date();
  const info = machine();
  const log = (s: string): void => {
    process.stderr.write(`${s}\n`);
  };

  const needsBuild = parts.has('engine') || parts.has('cli');
  if (needsBuild) log('compiling the engine and the CLI as shipped (tsc)…');
  const shipped = needsBuild ? compileShipped(ROOT) : '';
  const engine: EngineResult[] = [];
  let samples: SampleResult[] = [];
  if (parts.has('engine')) {
    for (const [n, runs] of ENGINE_SIZES) {
      log(`engine: ${fmtInt(n)} + ${fmtInt(n)} rows, ${runs} runs…`);
      engine.push(
        await inChild<EngineResult>(join(shipped, 'engine.js'), [
          String(n),
          String(runs),
          n === 100_000 ? 'stages' : '',
        ]),
      );
    }
    log('engine: the sample workbooks, 50 runs each…');
    samples = await inChild<SampleResult[]>(join(shipped, 'engine.js'), ['samples', '50']);
  }
  const cli: CliResult[] = [];
  if (parts.has('cli')) {
    for (const [which, rounds] of [
      ['seed', 9],
      ['50k', 3],
    ] as const) {
      log(`cli: ${which}, ${rounds} rounds…`);
      cli.push(await inChild<CliResult>(join(shipped, 'cli.js'), [which, String(rounds)]));
    }
  }
  let office: Slot<OfficeRow[]> = { status: 'unavailable', reason: 'not run (--only)' };
  if (parts.has('office')) {
    log('office: fake host, 100 / 20k / 200k rows…');
    office = await slot(() => inChild<OfficeRow[]>(join(__dirname, 'office.ts'), []));
  }
  let bundle: Slot<BundleResult> = { status: 'unavailable', reason: 'not run (--only)' };
  if (parts.has('bundle')) {
    log('bundle: production build…');
    bundle = await slot(async () => await Promise.resolve(measureBundle(ROOT)));
  }

  const rows = [
    ...(parts.has('engine') ? [...engineRows(engine), ...sampleRows(samples)] : []),
    ...(parts.has('cli') ? cliRows(cli) : []),
    ...(parts.has('office') ? officeRows(office) : []),
    ...(parts.has('bundle') ? bundleRows(bundle) : []),
  ];
  const header = `Benchmark ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB, ${info.os}, Node ${info.node}, load average at start ${info.loadAverageAtStart}`;
  const stages = engine.find((e) => e.stages)?.stages;
  const stageText = stages
    ? `\n\nWhere the 100k + 100k time goes (stages timed one by one):\n${Object.entries(stages)
        .map(([k, v]) => `  ${k.padEnd(52)} ${fmtMs(v).padStart(9)}`)
        .join('\n')}`
    : '';
  process.stdout.write(`${header}\n${printTable(rows)}${stageText}\n`);
  const results = {
    schemaVersion: 1,
    date: started.toISOString(),
    machine: info,
    engine,
    samples,
    cli,
    office,
    bundle,
    table: rows,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`wrote ${join(__dirname, 'results.json')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
