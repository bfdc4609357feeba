/**
 * checkBudgetSet: the nine public tables as one set, plus every other budget table. It judges
 * every identity once — issue 3's within-table identities, the public tables' own (economic
 * classification, columns, fund balances) and the cross-table ones — by the reviewer's rounding
 * rule, lists them all as `crossChecks`, and returns every budget finding (issue 3's included), so
 * it replaces `checkBudgetTables`. Inside a public table other than "三公" its own identities
 * replace the generic ones (which misread 基本支出决算表's blocks and the fiscal table's breakdowns).
 */
import { type Finding } from '../findings/types';
import type { WorkbookInput } from '../grid/types';
import type { Settings } from '../settings';
import { tableFindings, typedRateFindings } from './check';
import { orderFindings } from './orderFindings';
import { classPairFindings } from './classPairs';
import { withoutExplainedParents } from './codePlace';
import { crossTableChecks } from './crossTable';
import { codeElsewhereFindings, codeNameFindings, withDuplicatesNamed } from './codeNames';
import { negativeAmountFindings } from './negativeAmounts';
import { notNumericCells, sumsOver } from './publicNotNumeric';
import { withSignSlips } from './signSlips';
import { findBudgetTables } from './detect';
import { basicTableChecks } from './basicChecks';
import { codedTableChecks } from './publicChecks';
import {
  findPublicSet,
  lastRow,
  publicTableList,
  tableSpans,
  type PublicSet,
  type PublicStatus,
} from './publicSet';
import { PUBLIC_KEYS, type PublicTableKey } from './publicLexicon';
import { recordFindings } from './reconcile';
import { cellName, type CheckCell, type CheckRecord, type CheckStatus } from './rounding';
import { setFindings } from './setFindings';
import { summaryTableChecks } from './summaryChecks';
import { sheetParts, type BudgetTable } from './types';

/** One identity checked, as the JSON report and the 决算勾稽 section show it. */
export interface CrossCheck {
  /** Stable key (`hierarchy`, `summaryIncome`, `threePublicReception` …); words in i18n `budgetSet.identity.*`. */
  readonly identity: string;
  /** `sheet!A1` of the target first, then the related cells. */
  readonly cells: string[];
  readonly expected: number;
  readonly actual: number;
  /** actual − expected, in the target table's unit. */
  readonly difference: number;
  readonly status: CheckStatus;
}

export interface PublicTableStatus {
  /** Stable key (`incomeExpenseSummary` … `stateCapital`). */
  readonly key: PublicTableKey;
  /** The official title (收入支出决算总表 …). */
  readonly name: string;
  readonly sheet: string | null;
  readonly status: PublicStatus;
}

export interface BudgetSetResult {
  readonly publicTables: PublicTableStatus[];
  readonly crossChecks: CrossCheck[];
  /** Every budget finding, issue 3's included, one per code and cell, in reading order. */
  readonly findings: Finding[];
  /** The identities with their cells and units, for hosts that need more than `crossChecks`. */
  readonly records: readonly CheckRecord[];
}

/**
 * @param tables `findBudgetTables(sheets, settings)`, when the caller has it already.
 * @example
 * const { publicTables, crossChecks, findings } = checkBudgetSet(sheets, settings);
 * crossChecks.filter((c) => c.status === 'mismatch').map((c) => c.cells[0]);
 */
export function checkBudgetSet(
  sheets: WorkbookInput,
  settings: Settings,
  tables: readonly BudgetTable[] = findBudgetTables(sheets, settings),
): BudgetSetResult {
  const view = sheets.filter((s) => !s.hidden);
  const set = findPublicSet(view, tables);
  // a table continued on other sheets (续表) owns its rows there too
  const owned = Object.values(set)
    .filter((t) => t.key !== 'threePublic')
    .flatMap((t) => tableSpans(t));
  const inOwned = (r: CheckRecord): boolean =>
    owned.some((t) => t.sheet === r.target.sheet && r.target.row >= t.top && r.target.row < t.end);
  const inside = (t: BudgetTable): boolean =>
    sheetParts(t).every((p) =>
      owned.some(
        (o) => o.sheet === p.sheet && p.headerTop >= o.top && lastRow(p.lines, p.headerBottom) < o.end,
      ),
    );
  const generic = tableFindings(
    tables,
    view,
    (c) => !inOwned(c.record),
    (t) => inside(t),
  );
  const own = [...publicChecks(set), ...crossTableChecks(set)];
  const records = [...generic.checks.map((c) => c.record), ...own];
  const findings = [
    ...generic.findings,
    ...own.filter((r) => r.scope === 'table').flatMap((r) => recordFindings(r)),
  ];
  const named = withDuplicatesNamed(withoutExplainedParents(setFindings(records, findings), view), set);
  // an amount typed as text that is no number: said at it, and the sums over it are not judged
  const at = (f: Finding): string => `${f.sheet}!${f.cell}`;
  const said = named.filter((f) => f.code === 'budget.amountNotNumeric');
  const saidAt = new Set(said.map(at));
  const textCells = notNumericCells(set, view).filter((f) => !saidAt.has(at(f)));
  const unjudged = sumsOver(records, [...said, ...textCells]);
  const resolved = [
    ...named.filter((f) => !(f.code === 'budget.reconcileMismatch' && unjudged.has(at(f)))),
    ...textCells,
  ];
  // typed rates last: an amount only the set's sums show slipped is read in the table's unit
  const rates = typedRateFindings(tables, view, resolved);
  return {
    publicTables: publicTableList(set),
    crossChecks: records.map(toCrossCheck),
    findings: orderFindings(
      withSignSlips(
        [
          ...resolved,
          ...rates,
          ...classPairFindings(set),
          ...negativeAmountFindings(set),
          ...codeNameFindings(set),
          ...codeElsewhereFindings(set),
        ],
        records,
      ),
      view,
    ),
    records,
  };
}

function publicChecks(set: PublicSet): CheckRecord[] {
  return PUBLIC_KEYS.flatMap((key) => {
    const t = set[key];
    if (!t) return [];
    switch (t.key) {
      case 'incomeExpenseSummary':
      case 'fiscalSummary':
        return summaryTableChecks(t);
      case 'generalBasic':
        return basicTableChecks(t);
      case 'threePublic':
        return [];
      default:
        return codedTableChecks(t);
    }
  });
}

/**
 * A record as the report lists it. `cells` is named when first read (the JSON report reads it; the
 * results sheet names only the first few from the record): on a large table the identities have
 * hundreds of thousands of part cells.
 */
function toCrossCheck(r: CheckRecord): CrossCheck {
  let cells: string[] | undefined;
  return {
    identity: r.identity,
    get cells(): string[] {
      cells ??= checkCells(r).map((c) => cellName(c));
      return cells;
    },
    expected: r.expected,
    actual: r.actual,
    difference: r.difference,
    status: r.status,
  };
}

/** The target of an identity, then its parts. */
export function checkCells(r: CheckRecord): CheckCell[] {
  return [r.target, ...r.parts];
}
