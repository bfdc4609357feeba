/**
 * Engine throughput: analyzeWorkbook (table detection and reading, scoring, checks, the write
 * plan) on generated grids of n indicator rows plus n budget lines. Run in a child per size
 * (`node --expose-gc dist/bench/bench/engine.js <n> <runs>` after `tsc -p tsconfig.bench.json`,
 * or from source with tsx): a warm-up on a small workbook, then `runs` timed runs of the same
 * grids; the median is reported with the child's peak RSS. `samples <runs>` times the bundled
 * sample workbooks instead.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { budgetSentences, checkBudgetSet, findBudgetTables, planBudgetWrites } from '../src/engine/budget';
import type { WorkbookInput } from '../src/engine/grid/types';
import { checkTable } from '../src/engine/indicators/checkTable';
import { readIndicatorTables } from '../src/engine/indicators/readIndicatorTables';
import { scoreTable } from '../src/engine/indicators/scoreTable';
import { planIndicatorTable } from '../src/engine/plan/indicatorPlan';
import { withDefaults } from '../src/engine/settings';
import { createMessages, loadLocale } from '../src/i18n';
import { collect, median, MB, reply, repoRoot } from './stats';
import { benchWorkbook } from './workbooks';

export interface EngineResult {
  readonly indicatorRows: number;
  readonly budgetLines: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly allMs: readonly number[];
  readonly rowsPerSecond: number;
  /** Peak resident memory of the child (grids, engine, Node itself), MB. */
  readonly peakRssMb: number;
  /** Resident memory once the grids were built, before the first timed run, MB. */
  readonly gridRssMb: number;
  readonly findings: number;
  readonly planOps: number;
  /** Where the time goes (each stage timed on its own, once, after the timed runs), ms. */
  readonly stages?: Readonly<Record<string, number>>;
}

const NOW = '2026-11-29 14:05';

/** The stages of analyzeWorkbook timed one by one (its own loop, minus the assembly). */
function stageSplit(sheets: WorkbookInput): Record<string, number> {
  const messages = createMessages('zh-CN');
  const settings = withDefaults({});
  const names = sheets.map((s) => s.name);
  const out: Record<string, number> = {};
  const lap = <T>(key: string, f: () => T): T => {
    const t = performance.now();
    const v = f();
    out[key] = (out[key] ?? 0) + performance.now() - t;
    return v;
  };
  for (const sheet of sheets) {
    const tables = lap('indicators: find and read tables', () => readIndicatorTables(sheet));
    for (const table of tables) {
      const scored = lap('indicators: score', () => scoreTable(table, settings, names));
      const findings = lap('indicators: check', () => checkTable(scored, sheet));
      lap('indicators: plan', () => planIndicatorTable(scored, findings, sheet, messages, settings));
    }
  }
  const budget = lap('budget: find and read tables', () => findBudgetTables(sheets, settings));
  lap('budget: check (the nine-table set included)', () => checkBudgetSet(sheets, settings, budget));
  lap('budget: plan', () => planBudgetWrites(budget, sheets, settings, (k) => messages.label(k)));
  lap('budget: narrative', () => budgetSentences(budget, (e) => messages.explanation(e)));
  collect();
  const t = performance.now();
  analyzeWorkbook(sheets, { messages, now: NOW });
  const whole = performance.now() - t;
  const parts = Object.values(out).reduce((a, b) => a + b, 0);
  out['plan assembly, ledger, results sheet (the rest)'] = Math.max(0, whole - parts);
  out['whole analyzeWorkbook'] = whole;
  return out;
}

export function measureEngine(n: number, runs: number, withStages: boolean): EngineResult {
  const messages = createMessages('zh-CN');
  const warm = benchWorkbook(2000, 2000);
  for (let i = 0; i < 2; i++) analyzeWorkbook(warm, { messages, now: NOW });
  const sheets = benchWorkbook(n, n);
  const gridRss = process.memoryUsage().rss;
  const times: number[] = [];
  let findings = 0;
  let planOps = 0;
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    const a = analyzeWorkbook(sheets, { messages, now: NOW });
    times.push(performance.now() - t);
    findings = a.findings.length;
    planOps =
      a.plan.edits.reduce((s, e) => s + e.ops.length, 0) +
      a.plan.ownedSheets.reduce((s, o) => s + o.ops.length, 0);
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  const med = median(times);
  return {
    indicatorRows: n,
    budgetLines: n,
    runs,
    medianMs: med,
    allMs: times,
    rowsPerSecond: (2 * n) / (med / 1000),
    peakRssMb: peak / MB,
    gridRssMb: gridRss / MB,
    findings,
    planOps,
    ...(withStages ? { stages: (collect(), stageSplit(sheets)) } : {}),
  };
}

/** The engine on the bundled sample workbooks: the sizes real 自评表 and 决算 tables have. */
export interface SampleResult {
  readonly file: string;
  readonly indicatorRows: number;
  readonly budgetLines: number;
  readonly medianMs: number;
}

export async function measureSamples(runs: number): Promise<SampleResult[]> {
  const messages = createMessages('zh-CN');
  const dir = join(repoRoot(), 'samples');
  const out: SampleResult[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()) {
    const sheets = await readWorkbook(join(dir, file));
    let last = analyzeWorkbook(sheets, { messages, now: NOW });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      last = analyzeWorkbook(sheets, { messages, now: NOW });
      times.push(performance.now() - t);
    }
    out.push({
      file,
      indicatorRows: last.indicatorTables.reduce((n, t) => n + t.indicators.length, 0),
      budgetLines: last.budgetTables.reduce((n, t) => n + t.lines.length, 0),
      medianMs: median(times),
    });
  }
  return out;
}

if (require.main === module) {
  const [n, runs, stages] = process.argv.slice(2);
  // the 决算 words, as the CLI loads them
  const words = loadLocale('zh-CN');
  reply(async () => {
    await words;
    if (n === 'samples') return await measureSamples(Number(runs));
    return measureEngine(Number(n), Number(runs), stages === 'stages');
  });
}
