import { fromA1, toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { StepMode } from '../settings';
import type { SheetInput } from '../grid/types';
import { cellText, isBlank } from '../grid/types';
import { columnSumRows } from '../grid/columnSum';
import { isUncalculated } from '../grid/uncalculated';
import { finding, type Finding } from '../findings/types';
import { isErrorCell, toNumber } from './cellReaders';
import { checkRows } from './checkRows';
import { fundsFindings } from './fundsChecks';
import { round2 } from './grade';
import type { Explanation } from '../messages';
import type { GroupCell, ScoredTable } from './model';
import { unsplitProse } from './proseCell';
import { openTotal } from './openTotal';
import { headerText } from './readIndicatorTables';
import { uncheckedScores } from './uncheckedScores';
import { weightPoints } from './weightScale';

const EPS = 0.005;

/**
 * Every check on one scored table: rows, group weights against their annotations, the total
 * against 100, a typed total against the rows, and error values anywhere in the table.
 *
 * A part of a table continued on other sheets (续表) is checked row by row on its own; the groups
 * and totals are the whole table's (`whole`), the totals checked on its last part only.
 */
export function checkTable(
  scored: ScoredTable,
  sheet: SheetInput,
  stepMode: StepMode = 'whole',
  whole: ScoredTable = scored,
  last = true,
): Finding[] {
  const { table } = scored;
  const merges = new MergeIndex(sheet.merges);
  const out = checkRows(table, scored.indicators, merges, stepMode);
  // Findings point at what the user sees: the top-left cell of a merged area.
  const at = (row: number, col: number): string => {
    const m = merges.at(row, col);
    return m ? toA1(m.top, m.left) : toA1(row, col);
  };
  // a group is reported where its name is, in the part whose rows hold that cell
  // (added row by row: a flatMap would make a pair array per row of a long table)
  const ownCells = new Set<GroupCell | null>();
  for (const i of scored.indicators) ownCells.add(i.input.level1).add(i.input.level2);
  for (const g of whole.groups) {
    if (g.annotation !== null && g.cell && ownCells.has(g.cell) && Math.abs(g.annotation - g.weight) > EPS) {
      out.push(
        finding('weight.childrenMismatch', table.sheet, at(g.cell.row, g.cell.col), {
          name: g.name,
          expected: g.annotation,
          actual: g.weight,
        }),
      );
    }
  }
  if (scored.indicators.length > 0 && !table.header.columns.has('evidence')) {
    out.push(
      finding('evidence.noColumn', table.sheet, at(table.header.headerTop, table.header.firstCol), {}),
    );
  }
  // rows whose rules need the table's target, and no target column: said once, not only row by row
  const needTarget = (e: Explanation | undefined): boolean =>
    e !== undefined && (e.key === 'rule.needsTarget' || needTarget(e.cause));
  if (!table.header.columns.has('target') && scored.indicators.some((i) => needTarget(i.explanation))) {
    out.push(finding('target.noColumn', table.sheet, at(table.header.headerTop, table.header.firstCol), {}));
  }
  const actualCol = table.header.columns.get('actual');
  const column = actualCol === undefined ? '' : headerText(sheet, table.header, actualCol, merges);
  const unsplit = unsplitProse(table, merges, at, column);
  if (unsplit) out.push(unsplit);
  const below = belowWeightWithoutColumn(scored, at);
  if (below) out.push(below);
  const weightCol = table.header.columns.get('weight');
  const scoreCol = table.header.columns.get('score');
  const totalRow = table.totalRow;
  const anchorRow = totalRow ?? table.header.headerBottom;
  if (last && whole.indicators.length > 0 && Math.abs(whole.totalWeight - 100) > EPS) {
    const cell = at(anchorRow, weightCol ?? table.header.firstCol);
    out.push(finding('weight.totalNot100', table.sheet, cell, { total: whole.totalWeight }));
  }
  const unchecked = last ? uncheckedScores(whole, at) : null;
  if (unchecked) out.push(unchecked);
  if (last && totalRow !== null) {
    for (const f of typedTotals(scored, whole, sheet, totalRow, weightCol, scoreCol, at)) out.push(f);
  }
  for (const f of typedSubtotals(scored, sheet, weightCol, scoreCol, at)) out.push(f);
  for (const f of typedHeadings(scored, sheet, scoreCol, at)) out.push(f);
  for (const f of fundsFindings(scored, sheet)) out.push(f);
  // One by one: a table full of error values must not overflow `push(...list)`.
  for (const f of errorCells(scored, sheet, merges)) out.push(f);
  return withoutUnknowns(out, scored, sheet);
}

/**
 * A project table (10号's template has the column) without any column for the reason a score is
 * below its weight: one finding at the header, naming the first such row and how many there are.
 * The department template has no such column by design, so its tables are not asked for one.
 */
function belowWeightWithoutColumn(
  scored: ScoredTable,
  at: (row: number, col: number) => string,
): Finding | null {
  const { table } = scored;
  const { columns } = table.header;
  if (table.template !== 'project' || columns.has('deviationNote') || columns.has('remark')) return null;
  const below = scored.indicators.filter((i) => {
    const weight = i.input.weight ?? i.input.namePoints;
    return i.score !== null && weight !== null && i.score < weight - 1e-9;
  });
  if (below.length === 0) return null;
  const cell = at(table.header.headerTop, table.header.lastCol);
  return finding('deviation.noColumn', table.sheet, cell, {
    first: below[0]!.input.name,
    count: below.length,
  });
}

/** What an empty cell means; said of a formula saved without its value, it would be untrue. */
const MISSING = new Set<string>(['weight.missing', 'score.missing', 'actual.missing']);

/**
 * A formula saved without its value is unknown, not missing (`cell.formulaNotCalculated` says so):
 * no "missing" finding at it, and no verdict on the weights' total while a weight is unknown.
 */
function withoutUnknowns(findings: Finding[], scored: ScoredTable, sheet: SheetInput): Finding[] {
  if (!sheet.formulas) return findings;
  const unknownAt = (a1: string): boolean => {
    const at = fromA1(a1);
    return at !== null && isUncalculated(sheet, at.row, at.col);
  };
  const weightCol = scored.table.header.columns.get('weight');
  const weightsUnknown =
    weightCol !== undefined && scored.indicators.some((i) => isUncalculated(sheet, i.input.row, weightCol));
  return findings.filter(
    (f) =>
      !(MISSING.has(f.code) && unknownAt(f.cell)) && !(f.code === 'weight.totalNot100' && weightsUnknown),
  );
}

function typedTotals(
  scored: ScoredTable,
  whole: ScoredTable,
  sheet: SheetInput,
  totalRow: number,
  weightCol: number | undefined,
  scoreCol: number | undefined,
  at: (row: number, col: number) => string,
): Finding[] {
  const out: Finding[] = [];
  // the 预算执行率 points, when the funds block stands apart from the grid (项目资金 above its header)
  const funds = whole.budgetExecution;
  const pairs: [number | undefined, number, number][] = [
    [weightCol, whole.totalWeight, funds?.weight ?? 0],
    [scoreCol, whole.totalScore, funds?.score ?? 0],
  ];
  // the 得分 column as typed: a total that adds them up is right about the sheet, and differs from
  // the engine's only where a typed score does (each such row has its own finding)
  const typedScores = round2(
    whole.indicators.reduce((s, i) => s + (i.input.reportedScore ?? 0), 0) +
      (whole.budgetExecution ? (whole.table.funds?.reportedScore ?? whole.budgetExecution.score ?? 0) : 0),
  );
  // how far the typed scores the engine scored otherwise, or set aside (a full score the actual
  // does not earn), lift a SUM over the column
  const typedDelta = round2(
    whole.indicators.reduce(
      (s, i) =>
        i.scoreSource !== 'reported' && i.input.reportedScore !== null
          ? s + i.input.reportedScore - (i.score ?? 0)
          : s,
      0,
    ),
  );
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= EPS;
  // a typed score kept as text (`0.8分`) counts to the engine and is nothing to a SUM over the column
  const asText = scored.indicators.filter(
    (i) =>
      scoreCol !== undefined &&
      i.input.reportedScore !== null &&
      typeof sheet.rows[i.input.row]?.[scoreCol] === 'string',
  );
  const textTyped = round2(asText.reduce((s, i) => s + i.input.reportedScore!, 0));
  // the text alone explains the written SUM when every typed number kept agrees with the rules
  const textAlone = near(
    typedDelta,
    asText.reduce(
      (s, i) => (i.scoreSource !== 'reported' ? s + i.input.reportedScore! - (i.score ?? 0) : s),
      0,
    ),
  );
  for (const [col, full, fundsPart] of pairs) {
    if (col === undefined) continue;
    const cell = sheet.rows[totalRow]?.[col] ?? null;
    // blank, and no formula of the user's: this run writes the SUM there
    const written = col === scoreCol && isBlank(cell) && sheet.formulas?.[toA1(totalRow, col)] === undefined;
    // a weights' total in shares (1, 100%) is in points as its weights are; the user's own
    // SUM(H4:H16) of scores is judged by what it gives once this run's scores are in (the plan
    // refreshes its cached value)
    const typed =
      (col === scoreCol
        ? (liveSum(scored, sheet, totalRow, col) ?? (written ? blankSum(full, typedDelta - textTyped) : null))
        : null) ??
      (col === weightCol ? weightPoints(cell, scored.table.weightsInPercent ?? false) : toNumber(cell));
    if (typed === null) continue;
    const delta = col === scoreCol ? typedDelta : 0;
    // a 合计 of the grid's rows alone (90 and SUM(G9:G19) under a funds block of 10) is judged as such
    const gridOnly = fundsPart > 0 && [0, delta].some((d) => near(typed - d, full - fundsPart));
    const expected = gridOnly ? round2(full - fundsPart) : full;
    if (near(typed, expected)) continue;
    const addsTyped =
      col === scoreCol && (near(typed, typedScores) || (delta !== 0 && near(typed - delta, expected)));
    // rows still waiting for the reviewer, or typed scores unchecked: a range, not one 应为
    const open =
      col === scoreCol && !written ? openTotal(whole, typed, expected, typedScores, addsTyped) : null;
    if (open) {
      out.push(finding(open.code, scored.table.sheet, at(totalRow, col), open.params));
      continue;
    }
    // the SUM this run writes into a blank 合计 adds the kept typed scores and the computed ones
    if (written && asText.length > 0 && textAlone) {
      const first = at(asText[0]!.input.row, col);
      out.push(
        finding('table.totalSkipsTextScores', scored.table.sheet, at(totalRow, col), {
          typed,
          expected,
          count: asText.length,
          first,
          text: cellText(sheet.rows[asText[0]!.input.row]![col]!),
        }),
      );
      continue;
    }
    const code = written
      ? 'table.totalKeepsTypedScores'
      : addsTyped
        ? 'table.totalOfTypedScores'
        : 'table.totalMismatch';
    out.push(finding(code, scored.table.sheet, at(totalRow, col), { typed, expected }));
  }
  return out;
}

/**
 * What the SUM the plan writes into a blank score total gives: the engine's total, lifted by the
 * typed scores kept where the engine scored otherwise. Null when they agree (nothing to say).
 */
function blankSum(total: number, typedDelta: number): number | null {
  return typedDelta !== 0 ? round2(total + typedDelta) : null;
}

/**
 * What a plain `SUM(H4:H16)` of scores in the total row gives after this run: typed cells as they are, the
 * blank score cells with the scores written into them. Null for any other total.
 */
function liveSum(scored: ScoredTable, sheet: SheetInput, totalRow: number, col: number): number | null {
  const span = columnSumRows(sheet.formulas?.[toA1(totalRow, col)], col);
  if (!span || span.bottom >= totalRow) return null;
  const written = new Map<number, number | null>(
    scored.indicators.map((i) => [i.input.row, i.computedScore]),
  );
  if (scored.table.funds && scored.budgetExecution)
    written.set(scored.table.funds.row, scored.budgetExecution.score);
  let sum = 0;
  for (let r = span.top; r <= span.bottom; r++) {
    const v = sheet.rows[r]?.[col] ?? null;
    sum += (isBlank(v) ? written.get(r) : typeof v === 'number' ? v : null) ?? 0;
  }
  return round2(sum);
}

/**
 * Each 小计 against the rows between it and the previous 小计 (or the header): its weight, and
 * its score when every one of those rows has one.
 */
function typedSubtotals(
  scored: ScoredTable,
  sheet: SheetInput,
  weightCol: number | undefined,
  scoreCol: number | undefined,
  at: (row: number, col: number) => string,
): Finding[] {
  const out: Finding[] = [];
  let from = scored.table.header.headerBottom;
  for (const row of scored.table.subtotalRows) {
    const since = scored.indicators.filter((i) => i.input.row > from && i.input.row < row);
    from = row;
    // the 一级 group the 小计 closes: a row of another group above it (预算执行率 before 产出) is not in it
    const closing = since[since.length - 1]?.input.level1?.name;
    const group = closing === undefined ? since : since.filter((i) => i.input.level1?.name === closing);
    if (group.length === 0) continue;
    const weights = group.map((i) => i.input.weight ?? i.input.namePoints);
    const scores = group.map((i) => i.score);
    const pairs: [number | undefined, (number | null)[]][] = [
      [weightCol, weights],
      [scoreCol, scores],
    ];
    for (const [col, parts] of pairs) {
      const typed = col === undefined ? null : toNumber(sheet.rows[row]?.[col] ?? null);
      if (typed === null || parts.some((p) => p === null)) continue;
      const expected = round2(parts.reduce<number>((a, b) => a + b!, 0));
      if (Math.abs(typed - expected) > EPS)
        out.push(finding('table.subtotalMismatch', scored.table.sheet, at(row, col!), { typed, expected }));
    }
  }
  return out;
}

/** A group's own row with a typed score (`产出指标 | | | 60 | 58`): the group's rows add up to it. */
function typedHeadings(
  scored: ScoredTable,
  sheet: SheetInput,
  scoreCol: number | undefined,
  at: (row: number, col: number) => string,
): Finding[] {
  const out: Finding[] = [];
  if (scoreCol === undefined) return out;
  for (const row of scored.table.headingRows) {
    const typed = toNumber(sheet.rows[row]?.[scoreCol] ?? null);
    const under2 = scored.indicators.filter((i) => i.input.level2?.row === row);
    const group = under2.length > 0 ? under2 : scored.indicators.filter((i) => i.input.level1?.row === row);
    const head = under2.length > 0 ? group[0]?.input.level2 : group[0]?.input.level1;
    if (typed === null || !head || group.some((i) => i.score === null)) continue;
    const expected = round2(group.reduce((s, i) => s + i.score!, 0));
    if (Math.abs(typed - expected) > EPS)
      out.push(
        finding('table.groupScoreMismatch', scored.table.sheet, at(row, scoreCol), {
          name: head.name,
          typed,
          expected,
        }),
      );
  }
  return out;
}

/** Error values the user can see: a value left under a merged area (not its top-left) is hidden. */
function errorCells(scored: ScoredTable, sheet: SheetInput, merges: MergeIndex): Finding[] {
  const out: Finding[] = [];
  const { header, lastRow } = scored.table;
  for (let r = header.headerBottom + 1; r <= lastRow; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = header.firstCol; c <= header.lastCol; c++) {
      const v = row[c] ?? null;
      if (isErrorCell(v) && !merges.isCovered(r, c))
        out.push(finding('cell.errorValue', scored.table.sheet, toA1(r, c), { value: cellText(v) }));
    }
  }
  return out;
}
