/**
 * 10,000 generated workbooks through analyzeWorkbook (fixed seed): it never throws, and every
 * finding points at a cell that exists.
 *
 * "Exists" means: the finding's sheet is one of the workbook's sheets, its cell is an A1 address
 * inside the sheet's grid or on the row or column just past it (a table's total row may be blank,
 * an empty sheet is reported at A1), and — for merged areas — it is the area's top-left cell, the
 * only cell of a merge Excel lets you select and the one a link to the area lands on; a cell
 * covered by a merge is never a finding's location. The one exception is a workbook with no sheet
 * of the user's (none at all, or only the add-in's own 评价结果 and state sheets, which are never
 * analysed): `table.notFound` then names no sheet (`''`, at A1), since there is none to name.
 *
 * The plan is held to the same standard: every edit targets an existing sheet at a non-negative
 * integer address that is not covered by a merge. Each workbook is then re-run on its own output
 * (plan applied as a host would), which must not throw either.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { fromA1 } from '../src/engine/grid/address';
import { MergeIndex } from '../src/engine/grid/merges';
import type { SheetInput, WorkbookInput } from '../src/engine/grid/types';
import { applyToSheets } from '../src/engine/plan/applyToSheets';
import { RESULTS_SHEET, STATE_SHEET } from '../src/engine/plan/names';
import type { Finding } from '../src/engine/findings/types';
import { createMessages } from '../src/i18n';
import { workbookArb } from './support/gridArbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = 20261129;
const messages = createMessages('zh-CN');

function width(sheet: SheetInput): number {
  return sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Why `f` does not point at an existing cell, or null when it does. */
function misplaced(f: Finding, sheets: WorkbookInput): string | null {
  const sheet = sheets.find((s) => s.name === f.sheet);
  if (!sheet) return `sheet "${f.sheet}" does not exist`;
  const at = fromA1(f.cell);
  if (!at) return `"${f.cell}" is not an A1 address`;
  if (at.row > sheet.rows.length || at.col > width(sheet)) return `${f.cell} is outside the grid`;
  const merge = new MergeIndex(sheet.merges).at(at.row, at.col);
  if (merge && (merge.top !== at.row || merge.left !== at.col)) {
    return `${f.cell} is inside a merged area`;
  }
  return null;
}

function checkRun(sheets: WorkbookInput): void {
  const analysis = analyzeWorkbook(sheets, { messages, now: '2026-11-29 14:05' });
  const ownSheets = new Set<string>([RESULTS_SHEET, STATE_SHEET]);
  const noUserSheet = sheets.every((s) => ownSheets.has(s.name));
  for (const f of analysis.findings) {
    if (noUserSheet && f.code === 'table.notFound' && f.sheet === '' && f.cell === 'A1') continue;
    const why = misplaced(f, sheets);
    if (why) throw new Error(`${f.code} at ${f.sheet}!${f.cell}: ${why}`);
  }
  for (const edit of analysis.plan.edits) {
    const sheet = sheets.find((s) => s.name === edit.sheet);
    if (!sheet) throw new Error(`edit of missing sheet ${edit.sheet}`);
    const merges = new MergeIndex(sheet.merges);
    for (const op of edit.ops) {
      if (!Number.isInteger(op.row) || !Number.isInteger(op.col) || op.row < 0 || op.col < 0) {
        throw new Error(`op at ${op.row},${op.col} on ${edit.sheet}`);
      }
      if (merges.isCovered(op.row, op.col)) throw new Error(`op inside a merge at ${op.row},${op.col}`);
    }
  }
  const rerun = applyToSheets(sheets, analysis.plan);
  analyzeWorkbook(rerun, { messages, now: '2026-11-29 14:06' });
}

describe(`fuzzing analyzeWorkbook with ${RUNS} generated workbooks`, () => {
  it('never throws, and every finding and write points at an existing cell', () => {
    fc.assert(
      fc.property(workbookArb, (sheets) => {
        checkRun(sheets);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an empty workbook reports that no table was found, naming no sheet', () => {
    const analysis = analyzeWorkbook([], { messages });
    expect(analysis.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['table.notFound', '', 'A1']]);
  });
});
