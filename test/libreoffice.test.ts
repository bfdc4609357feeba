/**
 * LibreOffice as an independent judge of what we write. Every fixture and sample workbook is
 * scored with the CLI; LibreOffice (headless, forced to recalculate) converts each scored copy to
 * CSV; every formula cell the engine wrote (rates, totals, scores, 得分率) must come out of
 * LibreOffice's own calculation with the number the engine computed and cached. A planted wrong
 * cached value proves the recalculation really happens. This is our evidence that the e-mailed
 * file computes the same in other spreadsheet programs.
 *
 * Needs `soffice` (Debian: libreoffice-calc). Skipped with a message when it is absent, except on
 * CI (`CI=true`), where its absence fails the run.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import fc from 'fast-check';
import { benchWorkbook, toExcel } from '../bench/workbooks';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { worksheetParts } from '../src/adapters/xlsx/ooxml';
import { writeZip, ZipArchive } from '../src/adapters/xlsx/zip';
import { run } from '../src/cli/main';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { fromA1, toA1 } from '../src/engine/grid/address';
import type { WorkbookInput } from '../src/engine/grid/types';
import { isFormulaValue, type CellOp } from '../src/engine/plan/types';
import { createMessages } from '../src/i18n';
import { Capture } from './support/cells';
import { workbookArb } from './support/gridArbitraries';
import { oddAmountsWorkbookArb } from './support/oddAmounts';
import { csvNumber, findSoffice, recalculateToCsv, sameNumber, type SheetTexts } from './support/libreoffice';

const ROOT = join(__dirname, '..');
const workbooksIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(dir, f));
/**
 * Held-out workbooks: `JUDGE_WORKBOOKS` (files or folders, separated by the path delimiter) adds
 * workbooks nobody here wrote; the benchmark's generator adds one laid out by other code than the
 * samples and fixtures (300 indicator rows, 300 budget lines); and two random generators add
 * `JUDGE_FUZZ_RUNS` workbooks each (100; seed `JUDGE_FUZZ_SEED`, 2026): the fuzz test's (odd
 * values in odd places) and oddAmounts (well-formed tables whose amounts, weights and scores are
 * spelt every way, right where the engine writes formulas). Between them they found the cases
 * where a cached result and LibreOffice's recalculation parted (a SUM over a typed 1e-5, a boolean
 * in a summed column, VALUE() of `TRUE` or `(12)`, a ratio past the largest double).
 */
const HELD_OUT = (process.env.JUDGE_WORKBOOKS ?? '')
  .split(delimiter)
  .filter((p) => p !== '')
  .flatMap((p) => (statSync(p).isDirectory() ? workbooksIn(p) : [p]));
const GENERATED_DIR = mkdtempSync(join(tmpdir(), 'perf-eval-lo-generated-'));
const GENERATED = join(GENERATED_DIR, 'bench-300.xlsx');
const FUZZ_SEED = Number(process.env.JUDGE_FUZZ_SEED ?? 2026);
const FUZZ_RUNS = Number(process.env.JUDGE_FUZZ_RUNS ?? 100);
const randomBooks = (kind: string, arb: fc.Arbitrary<WorkbookInput>) => ({
  arb,
  paths: Array.from({ length: FUZZ_RUNS }, (_, i) => join(GENERATED_DIR, `${kind}-${FUZZ_SEED}-${i}.xlsx`)),
});
const RANDOM = [randomBooks('fuzz', workbookArb), randomBooks('odd', oddAmountsWorkbookArb)];
const INPUTS = [
  ...['samples', 'test/fixtures'].flatMap((dir) => workbooksIn(join(ROOT, dir))),
  GENERATED,
  ...RANDOM.flatMap((r) => r.paths),
  ...HELD_OUT,
];
const PLANTED = 424242.5;

/** A formula the engine planned, with the number (or text) it cached. */
interface PlannedFormula {
  readonly sheet: string;
  readonly a1: string;
  readonly formula: string;
  readonly result: string | number | null;
}

/** Every formula of the plan, on the user's sheets and on the sheets the engine owns. */
async function plannedFormulas(input: string): Promise<PlannedFormula[]> {
  const analysis = analyzeWorkbook(await readWorkbook(input), {
    messages: createMessages('zh-CN'),
    settings: { lang: 'zh-CN' },
  });
  const out: PlannedFormula[] = [];
  const collect = (sheet: string, ops: readonly CellOp[]): void => {
    for (const op of ops) {
      if (isFormulaValue(op.value)) {
        out.push({ sheet, a1: toA1(op.row, op.col), formula: op.value.formula, result: op.value.result });
      }
    }
  };
  for (const e of analysis.plan.edits) collect(e.sheet, e.ops);
  for (const s of analysis.plan.ownedSheets) collect(s.name, s.ops);
  return out;
}

function csvCell(sheets: SheetTexts, sheet: string, a1: string): string | undefined {
  const at = fromA1(a1);
  const rows = sheets.get(sheet);
  if (!at || !rows) return undefined;
  return rows[at.row]?.[at.col] ?? '';
}

/** Why LibreOffice's `text` is not the engine's `result`, or null when they agree. */
function disagreement(text: string | undefined, result: string | number): string | null {
  if (text === undefined) return 'sheet missing from the CSV';
  if (typeof result === 'number') {
    const n = csvNumber(text);
    return n !== null && sameNumber(n, result)
      ? null
      : `LibreOffice ${JSON.stringify(text)}, engine ${result}`;
  }
  return text === result ? null : `LibreOffice ${JSON.stringify(text)}, engine ${JSON.stringify(result)}`;
}

/** A copy of `scored` whose first cached formula value on `sheet` is replaced by PLANTED. */
function plantWrongCache(scored: string, sheet: string, target: string): string {
  const zip = ZipArchive.open(readFileSync(scored));
  const part = worksheetParts(zip).find((p) => p.name === sheet);
  if (!part) throw new Error(`no sheet ${sheet} in ${scored}`);
  const files = zip.names().map((name) => {
    const data = zip.read(name) ?? Buffer.alloc(0);
    if (name !== part.path) return { name, data };
    const xml = data.toString('utf8');
    const cell = new RegExp(`(<c r="${target}"[^>]*>\\s*<f>[^<]*</f>\\s*<v>)[^<]*(</v>)`);
    if (!cell.test(xml)) throw new Error(`no cached formula value at ${sheet}!${target}`);
    return { name, data: Buffer.from(xml.replace(cell, `$1${PLANTED}$2`), 'utf8') };
  });
  const path = join(tmpdir(), `planted-${process.pid}-${basename(scored)}`);
  writeFileSync(path, writeZip(files));
  return path;
}

const soffice = findSoffice();
const onCi = process.env.CI === 'true';

if (!soffice && !onCi) {
  describe('LibreOffice recalculation', () => {
    it.skip('is skipped: LibreOffice (soffice) is not installed — apt-get install -y libreoffice-calc', () =>
      undefined);
  });
} else {
  describe('LibreOffice recalculates every formula we write to the engine’s numbers', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'perf-eval-lo-scored-'));
    const scored = new Map<string, string>();
    const planned = new Map<string, PlannedFormula[]>();
    let converted = new Map<string, SheetTexts>();
    let planted: { path: string; formula: PlannedFormula } | undefined;

    beforeAll(async () => {
      if (!soffice)
        throw new Error(
          'CI=true but LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc',
        );
      await toExcel(benchWorkbook(300, 300)).xlsx.writeFile(GENERATED);
      for (const { arb, paths } of RANDOM) {
        const books = fc.sample(arb, { seed: FUZZ_SEED, numRuns: paths.length });
        for (const [i, path] of paths.entries()) await toExcel(books[i]!).xlsx.writeFile(path);
      }
      const err = new Capture();
      const code = await run([...INPUTS, '--out', outDir], new Capture(), err);
      if (code !== 0) throw new Error(`score exited ${code}: ${err.text}`);
      for (const input of INPUTS) {
        scored.set(input, join(outDir, `${basename(input, '.xlsx')}.scored.xlsx`));
        planned.set(input, await plannedFormulas(input));
      }
      // the proof of recalculation: a cached number LibreOffice must not echo
      const withNumber = [...planned].flatMap(([input, list]) =>
        list.filter((f) => typeof f.result === 'number' && f.result !== PLANTED).map((f) => ({ input, f })),
      )[0];
      if (!withNumber) throw new Error('no numeric formula to plant a wrong cached value in');
      planted = {
        path: plantWrongCache(scored.get(withNumber.input)!, withNumber.f.sheet, withNumber.f.a1),
        formula: withNumber.f,
      };
      converted = recalculateToCsv(soffice, [...scored.values(), planted.path]);
    }, 600_000);

    it('recalculates instead of echoing cached values (a planted wrong cache is corrected)', () => {
      const { path, formula } = planted!;
      const text = csvCell(converted.get(path)!, formula.sheet, formula.a1);
      expect(csvNumber(text ?? '')).not.toBe(PLANTED);
      expect(disagreement(text, formula.result!)).toBeNull();
    });

    it.each(INPUTS.map((p) => [basename(p), p]))('%s: every engine formula agrees', async (_name, input) => {
      const formulas = planned.get(input)!;
      const sheets = converted.get(scored.get(input)!)!;
      const written = await readWorkbook(scored.get(input)!);
      const problems: string[] = [];
      for (const f of formulas) {
        const where = `${f.sheet}!${f.a1} =${f.formula}`;
        const sheet = written.find((s) => s.name === f.sheet);
        if (sheet?.formulas?.[f.a1] !== f.formula) {
          problems.push(`${where}: the scored file holds ${JSON.stringify(sheet?.formulas?.[f.a1])}`);
          continue;
        }
        // a formula written without a cached value is the host's to compute: nothing to compare
        if (f.result === null) continue;
        const why = disagreement(csvCell(sheets, f.sheet, f.a1), f.result);
        if (why) problems.push(`${where}: ${why}`);
      }
      expect(problems).toEqual([]);
    });

    it('compared a meaningful number of formula cells', () => {
      const counts = [...planned.values()].map((list) => list.filter((f) => f.result !== null).length);
      const total = counts.reduce((a, b) => a + b, 0);
      console.log(`LibreOffice judged ${total} formula cells in ${INPUTS.length} workbooks`);
      expect(total).toBeGreaterThan(50);
    });
  });
}
