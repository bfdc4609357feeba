import { finding, type Finding } from '../findings/types';
import type { MergeIndex } from '../grid/merges';
import { anyOf } from '../grid/regexWords';
import { cellText, isBlank, type SheetInput } from '../grid/types';
import { round2 } from './grade';
import type { IndicatorTable } from './model';
import {
  ACTUAL_PART_LABELS,
  SCORE_PART_LABELS,
  SCORE_PART_UNIT,
  TARGET_PART_LABELS,
} from '../layout/headerLexicon';

/** A row's target, actual and typed score as one prose cell writes them. */
export interface ProseParts {
  readonly target: string;
  readonly actual: string;
  /** The score typed in the prose (`自评得3分` → `3`) where the 得分 column is merged into it. */
  readonly score: string | null;
}

/** Where one labelled part ends and the next begins. */
const BREAK = '[；;，,。\\s]';
const TARGET_LABEL = new RegExp(`^\\s*(?:${anyOf(TARGET_PART_LABELS)})\\s*[:：]`, 'u');
// a label opens the cell or follows a break: 按期完成：… is a sentence, not a label
const ACTUAL_LABEL = new RegExp(`(?:^|${BREAK})\\s*(?:${anyOf(ACTUAL_PART_LABELS)})\\s*[:：]`, 'u');
const SCORE_CLAUSE = new RegExp(
  `${BREAK}\\s*(?:${anyOf(SCORE_PART_LABELS)})\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*${SCORE_PART_UNIT}\\s*${BREAK}*$`,
  'u',
);
const TRAILING_BREAKS = new RegExp(`${BREAK}+$`, 'u');

/**
 * A target and an actual written in one cell, each after its label; with `withScore` (the 得分
 * column merged in too) a last clause typing the score is taken out as the score. Null when the
 * cell names no actual, or either side is empty.
 *
 * @example splitProse('年度目标：≥400人；实际完成：参训352人', false) // { target: '≥400人', actual: '参训352人', score: null }
 * @example splitProse('年度目标：11月30日前完成；实际完成：12月15日完工，自评得3分', true) // score '3'
 */
export function splitProse(text: string, withScore: boolean): ProseParts | null {
  const label = ACTUAL_LABEL.exec(text);
  if (!label) return null;
  const target = text.slice(0, label.index).replace(TARGET_LABEL, '').replace(TRAILING_BREAKS, '').trim();
  let actual = text.slice(label.index + label[0].length).trim();
  let score: string | null = null;
  const typed = withScore ? SCORE_CLAUSE.exec(actual) : null;
  if (typed) {
    score = typed[1] ?? null;
    actual = actual.slice(0, typed.index);
  }
  actual = actual.replace(TRAILING_BREAKS, '').trim();
  return target === '' || actual === '' ? null : { target, actual, score };
}

/** The columns a row's prose cell may span. */
export interface ProseColumns {
  readonly target: number | undefined;
  readonly actual: number | undefined;
  readonly score: number | undefined;
}

/**
 * The parts of a row's target cell when it holds the actual too: merged across the 实际完成值
 * column (`年度目标：…；实际完成：…` over E:F), or unmerged, labelled from its start, beside a blank
 * actual cell. The typed score is read from it only when the 得分 column is under the same merge.
 */
export function proseParts(
  sheet: SheetInput,
  r: number,
  cols: ProseColumns,
  merges: MergeIndex,
): ProseParts | null {
  if (cols.target === undefined) return null;
  const text = cellText(merges.valueAt(sheet, r, cols.target));
  if (text === '') return null;
  if (!spansColumn(r, cols.target, cols.actual, merges)) {
    const typedActual = cols.actual !== undefined && !isBlank(merges.valueAt(sheet, r, cols.actual));
    if (typedActual || !TARGET_LABEL.test(text)) return null;
  }
  return splitProse(text, spansColumn(r, cols.target, cols.score, merges));
}

/** Whether the target cell's merge covers another column of the row too. */
export function spansColumn(
  r: number,
  target: number,
  other: number | undefined,
  merges: MergeIndex,
): boolean {
  const merge = merges.at(r, target);
  return merge !== undefined && other !== undefined && merges.at(r, other) === merge;
}

/**
 * Rows whose target cell is merged across the 实际完成值 column and gave no actual (no labels to
 * split it by): said once for the table, at the first, with their points, so a total of rows left
 * pending is not a mystery (hunt40: `10.00 差（待定 90 分）` with no hint why).
 */
export function unsplitProse(
  table: IndicatorTable,
  merges: MergeIndex,
  at: (row: number, col: number) => string,
  column: string,
): Finding | null {
  const targetCol = table.header.columns.get('target');
  const actualCol = table.header.columns.get('actual');
  if (targetCol === undefined || actualCol === undefined) return null;
  const rows = table.rows.filter(
    (r) =>
      (r.actual === null || r.actual.kind === 'empty') && spansColumn(r.row, targetCol, actualCol, merges),
  );
  const first = rows[0];
  if (!first) return null;
  const points = round2(rows.reduce((sum, r) => sum + (r.weight ?? 0), 0));
  return finding('table.targetActualMerged', table.sheet, at(first.row, targetCol), {
    count: rows.length,
    points,
    column,
  });
}
