/**
 * The report's sentences, one per line and total, in the seed's style (words in src/i18n):
 * 年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%；占 W%；与上年相比增加 A 万元，增长 B%.
 * Over budget the rate stays true and the sentence says 超出年初预算 …%; a zero budget says
 * 年初未安排预算, never 完成 100%.
 */
import type { Explanation } from '../messages';
import { roundTo } from './amount';
import { shareTargets } from './compute';
import { valueOf } from './lineCells';
import { heldCells, holdBack, type HeldCells } from './narrativeHeld';
import type { BudgetLine, BudgetTable } from './types';

type Params = Record<string, string | number | null>;

/**
 * A `budget.heading` per table, then a `budget.line` per line. A line's `clauses` param lists the
 * clause keys (`budget.clause.*`) its sentence is made of, in order.
 * @example budgetNarrative(tables)[1] → { key: 'budget.line', params: { name: '行政运行', clauses: 'execution.within', … } }
 */
export function budgetNarrative(
  tables: readonly BudgetTable[],
  flagged: ReadonlySet<string> = NONE,
): Explanation[] {
  const out: Explanation[] = [];
  eachExplanation(tables, flagged, (e) => out.push(e));
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * `budgetNarrative(tables).map(render)`, each explanation rendered as it is made: on a long table
 * the two dozen params of a line are then garbage at once, not kept (and copied by the collector)
 * until every line has its params.
 * @example budgetSentences(tables, messages.explanation)[0] === '支出决算明细表：支出决算明细，单位：万元'
 */
export function budgetSentences(
  tables: readonly BudgetTable[],
  render: (e: Explanation) => string,
  flagged: ReadonlySet<string> = NONE,
): string[] {
  const out: string[] = [];
  eachExplanation(tables, flagged, (e) => out.push(render(e)));
  return out;
}

function eachExplanation(
  tables: readonly BudgetTable[],
  flagged: ReadonlySet<string>,
  visit: (e: Explanation) => void,
): void {
  for (const table of tables) {
    visit({
      key: 'budget.heading',
      params: {
        sheet: table.sheet,
        kind: table.kind,
        unit: table.unit,
        panel: table.panel ?? null,
        title: table.publicKey ?? null,
      },
    });
    const targets = shareTargets(table.kind, table.lines);
    const names = parentNames(table.lines);
    table.lines.forEach((line, i) => {
      const target = targets[i]!;
      // Items are named with their 款, as the seed does: 环境保护管理事务（款）行政运行（项）.
      const parentName =
        line.level === 'item' && line.code !== null ? (names.get(line.code.slice(0, 5)) ?? null) : null;
      const total = target < 0 ? null : table.lines[target]!;
      const held = flagged.size === 0 ? null : heldCells(table, line, total, flagged);
      const params = lineParams(table, line, total?.name ?? null, parentName, held);
      if (params.clauses !== '') visit({ key: 'budget.line', params });
    });
  }
}

/**
 * Names by code, for the 款 an item is named with (the first five digits of its code): only codes
 * of at most five characters can be asked for, so only they are kept (not one entry per line).
 */
function parentNames(lines: readonly BudgetLine[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const l of lines) if (l.code !== null && l.code.length <= 5) names.set(l.code, l.name);
  return names;
}

function lineParams(
  table: BudgetTable,
  line: BudgetLine,
  shareOf: string | null,
  parentName: string | null,
  held: HeldCells | null,
): Params {
  const basis = table.basis ?? null;
  const budget = basis === null ? null : valueOf(line, basis);
  const split = splitOf(line);
  const clauses = clausesOf(line, basis, budget, shareOf, split !== null);
  const kept = held ? holdBack(clauses, held) : { clauses, held: [], cells: [] };
  return {
    name: line.name,
    code: line.code,
    level: line.level,
    kind: table.kind,
    unit: table.unit,
    panel: table.panel ?? null,
    basis,
    budget,
    final: line.final,
    rate: line.executionRate,
    excess: line.executionRate !== null && line.executionRate > 1 ? roundTo(line.executionRate - 1, 4) : null,
    share: line.share,
    shareOf,
    basic: split?.basic ?? null,
    basicShare: split?.basicShare ?? null,
    project: split?.project ?? null,
    projectShare: split?.projectShare ?? null,
    previous: line.previous,
    changeAmount: line.change ? Math.abs(line.change.amount) : null,
    changeRate: line.change?.rate != null ? Math.abs(line.change.rate) : null,
    parentName,
    clauses: kept.clauses.join(','),
    ...(kept.held.length > 0 ? { held: kept.held.join(','), heldCells: kept.cells.join('、') } : {}),
  };
}

interface Split {
  readonly basic: number;
  readonly basicShare: number;
  readonly project: number;
  readonly projectShare: number;
}

/**
 * 基本支出 and 项目支出 of a line with an amount. Zeros are published blank, so a blank part beside a
 * typed one is 0 (and 0 %), as the identity 本年支出合计 = 基本 + 项目 reads it: the sentence states
 * both parts (项目支出 0 万元，占 0%), never 项目支出  万元，占 %. Without an amount (or with 0) there
 * is nothing to split, so no clause.
 */
function splitOf(line: BudgetLine): Split | null {
  const basic = line.basic ?? null;
  const project = line.project ?? null;
  if ((basic === null && project === null) || line.final === null || line.final === 0) return null;
  return {
    basic: basic ?? 0,
    basicShare: basic === null ? 0 : (line.basicShare ?? 0),
    project: project ?? 0,
    projectShare: project === null ? 0 : (line.projectShare ?? 0),
  };
}

/** The clause keys of a line's sentence, in order. */
function clausesOf(
  line: BudgetLine,
  basis: BudgetTable['basis'],
  budget: number | null,
  shareOf: string | null,
  split: boolean,
): string[] {
  const clauses: string[] = [];
  if (basis !== null && line.final !== null) {
    if (budget === null || budget === 0) clauses.push('execution.noBudget');
    else
      clauses.push(
        line.executionRate !== null && line.executionRate > 1 ? 'execution.over' : 'execution.within',
      );
  } else if (basis !== null && budget !== null) {
    clauses.push('execution.budgetOnly');
  } else if (line.final !== null) {
    clauses.push('amount');
  }
  if (line.share !== null && shareOf !== null) clauses.push('share');
  if (split) clauses.push('basicProject');
  if (line.change) clauses.push(changeClause(line.change, line.previous));
  return clauses;
}

function changeClause(change: NonNullable<BudgetLine['change']>, previous: number | null): string {
  if (change.amount === 0) return 'change.flat';
  if (previous === 0) return 'change.new';
  return change.amount > 0 ? 'change.up' : 'change.down';
}
