/**
 * CLI overhead: the time of `score` (the CLI's run(), in process: read, analyse, write the scored
 * copy) divided by the I/O floor, a bare exceljs load + save of the same workbook. Measured side by
 * side, interleaved, for the seed-sized sample and a generated 50k-row workbook (25k indicator
 * rows + 25k budget lines). The floor with exceljs's streaming reader and writer is measured too
 * (a pass-through of values: what a streaming CLI could at best reach), and the CLI's own stages
 * (load the file once and take the grids from it, analyse, apply the plan to the loaded workbook,
 * save) show where the time above the floor goes.
 * Run in a child, compiled (`node --expose-gc dist/bench/bench/cli.js <seed|50k> <rounds>`, after
 * `tsc -p tsconfig.bench.json`) or from source with tsx.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { applyPlan } from '../src/adapters/xlsx/applyPlan';
import { openWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { saveWorkbook, workbookToBuffer } from '../src/adapters/xlsx/saveWorkbook';
import { run } from '../src/cli/main';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { createMessages, loadLocale } from '../src/i18n';
import { collect, median, MB, reply, repoRoot, timed } from './stats';
import { benchWorkbook, toExcel } from './workbooks';

export interface CliResult {
  readonly workbook: string;
  readonly rows: number;
  readonly fileBytes: number;
  readonly rounds: number;
  readonly scoreMs: number;
  readonly floorMs: number;
  readonly ratio: number;
  readonly streamingFloorMs: number;
  readonly ratioToStreaming: number;
  /**
   * The CLI's stages, medians (ms): load (the file parsed once, grids taken from it), analyze (the
   * engine), apply (the plan onto the loaded workbook), save (render and zip the scored copy).
   */
  readonly stages: {
    readonly load: number;
    readonly analyze: number;
    readonly apply: number;
    readonly save: number;
  };
  readonly exitCode: number;
}

const sink = (): NodeJS.WritableStream & { isTTY?: boolean } =>
  new Writable({
    write(_c, _e, done) {
      done();
    },
  });

async function bareFloor(file: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
}

/** Values only, row by row, through exceljs's streaming reader and writer. */
async function streamingFloor(file: string, out: string): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'cache',
    worksheets: 'emit',
    styles: 'cache',
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useSharedStrings: true,
    useStyles: true,
  });
  let n = 0;
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? `Sheet${++n}`;
    const ws = writer.addWorksheet(name);
    for await (const row of sheet) {
      const target = ws.getRow(row.number);
      target.values = row.values;
      target.commit();
    }
    ws.commit();
  }
  await writer.commit();
}

async function prepare(which: string, dir: string): Promise<{ file: string; rows: number }> {
  if (which === 'seed') return { file: join(repoRoot(), 'samples', 'seed-department-2020.xlsx'), rows: 40 };
  const n = 25_000;
  const file = join(dir, 'bench-50k.xlsx');
  writeFileSync(file, await workbookToBuffer(toExcel(benchWorkbook(n, n))));
  return { file, rows: 2 * n };
}

export async function measureCli(which: string, rounds: number): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'perf-eval-bench-cli-'));
  const { file, rows } = await prepare(which, dir);
  await loadLocale('zh-CN');
  const messages = createMessages('zh-CN');
  const score: number[] = [];
  const floor: number[] = [];
  const streaming: number[] = [];
  const load: number[] = [];
  const analyze: number[] = [];
  const apply: number[] = [];
  const save: number[] = [];
  let exitCode = 0;
  // one untimed round first: module loading and JIT warm-up
  for (let i = 0; i <= rounds; i++) {
    const keep = i > 0;
    // Each measurement starts from a collected heap, and the floor and the score take turns going
    // first: neither gains from the order (a full collection also drops compiled code).
    const floorRun = async (): Promise<{ ms: number }> => {
      collect();
      return await timed(() => bareFloor(file, join(dir, 'floor.xlsx')));
    };
    const scoreRun = async (): Promise<{ ms: number; value: number }> => {
      collect();
      return await timed(() => run([file, '--out', join(dir, 'scored.xlsx')], sink(), sink()));
    };
    let f: { ms: number };
    let s: { ms: number; value: number };
    if (i % 2 === 0) {
      f = await floorRun();
      s = await scoreRun();
    } else {
      s = await scoreRun();
      f = await floorRun();
    }
    collect();
    const st = await timed(() => streamingFloor(file, join(dir, 'stream.xlsx')));
    collect();
    const l = await timed(() => openWorkbook(file));
    const a = await timed(() => analyzeWorkbook(l.value.sheets, { messages, now: '2026-11-29 14:05' }));
    const p = await timed(() => applyPlan(l.value.workbook, a.value.plan));
    const v = await timed(() => saveWorkbook(l.value.workbook, join(dir, 'stages.xlsx')));
    exitCode = Math.max(exitCode, s.value);
    if (!keep) continue;
    floor.push(f.ms);
    score.push(s.ms);
    streaming.push(st.ms);
    load.push(l.ms);
    analyze.push(a.ms);
    apply.push(p.ms);
    save.push(v.ms);
  }
  const scoreMs = median(score);
  const floorMs = median(floor);
  const streamingFloorMs = median(streaming);
  return {
    workbook:
      which === 'seed'
        ? 'seed (samples/seed-department-2020.xlsx, 40 rows)'
        : '50k rows (25k indicator rows + 25k budget lines)',
    rows,
    fileBytes: statSync(file).size,
    rounds,
    scoreMs,
    floorMs,
    ratio: scoreMs / floorMs,
    streamingFloorMs,
    ratioToStreaming: scoreMs / streamingFloorMs,
    stages: {
      load: median(load),
      analyze: median(analyze),
      apply: median(apply),
      save: median(save),
    },
    exitCode,
  };
}

if (require.main === module) {
  const [which, rounds] = process.argv.slice(2);
  reply(async () => await measureCli(which ?? 'seed', Number(rounds ?? 5)));
}

export const CLI_MB = MB;
