/**
 * Final-accounts analysis in English: the same keys as budget.zh-CN.ts (a parity test checks).
 */
import type { BudgetFindingCode } from '../engine/findings/types';
import type { Params, Template } from './format';
import { amountText, clauseText, displayParams, heldWhat, incomeDetail, percentText } from './budgetFormat';
import {
  CROSS_IDENTITIES,
  findings as setFindings,
  labels as setLabels,
  TABLE_IDENTITIES,
  TABLES,
} from './budgetSet.en';

const UNIT: Record<string, string> = {
  元: 'yuan',
  千元: 'thousand yuan',
  万元: '10k yuan',
  亿元: '100m yuan',
};
const BASIS: Record<string, string> = {
  budget: 'initial budget',
  adjustedBudget: 'adjusted budget',
  received: 'funds received',
};
const KIND: Record<string, string> = {
  detail: 'expenditure by subject',
  summary: 'income and expenditure',
  basic: 'basic expenditure',
  threePublic: '"three public" expenses',
  incomeExpense: 'income and expenditure summary',
};
/** A summary table by its title (the fiscal one or the department's), other tables by their kind. */
const kindName = (p: Params): string =>
  (p.kind === 'incomeExpense' ? TABLES[String(p.title)] : undefined) ?? KIND[String(p.kind)] ?? '';
const FIELD: Record<string, string> = {
  budget: 'initial budget',
  adjustedBudget: 'adjusted budget',
  received: 'funds received',
  final: 'final accounts',
  basic: 'basic expenditure',
  project: 'project expenditure',
  previous: "last year's figure",
};
const IDENTITY: Record<string, string> = {
  hierarchy: 'a parent subject must equal the sum of its detail subjects',
  total: 'the total must equal the sum of the detail subjects',
  runningTotal: 'the total must equal the sum of the rows it covers',
  grandTotal: 'the grand total must equal the total plus the rows after it',
  personnelOperating: 'basic expenditure must equal personnel plus operating expenses',
  threePublic: 'the "three public" total must equal travel abroad + official vehicles + official reception',
  vehicle: 'official vehicles must equal purchase plus operation',
  basicProject: 'total expenditure must equal basic plus project expenditure',
  crossing:
    'this amount puts its row total and its parent line out by the same difference; worked out from its row (the total less the other parts)',
  incomeExpense: 'total income must equal total expenditure',
  confirmedSum:
    'this amount puts its total out with its parts, while that total agrees with the total above it (or the grand total); worked out from the total (the total less the other parts)',
  balancedTotal:
    'this amount puts the grand total out with its parts, while the grand total agrees with total income (or another table); worked out from the grand total (the total less the other parts)',
  balanceSide:
    'this amount puts total income out with total expenditure, and the closing balance out with opening + income − expenditure, by the same difference; checked against the other tables, it is the likeliest slip; worked out from the closing balance',
  ...TABLE_IDENTITIES,
};

const unit = (p: Params): string => UNIT[String(p.unit)] ?? String(p.unit ?? '');
const basisOf = (p: Params): string => BASIS[String(p.basis)] ?? 'initial budget';
const spent = (p: Params): string => (p.panel === 'income' ? 'income' : 'spending');

const clauses: Record<string, Template> = {
  'budget.clause.execution.within': (p) =>
    `${basisOf(p)} ${amountText(p.budget)} ${unit(p)}, ${spent(p)} ${amountText(p.final)} ${unit(p)}, ${percentText(p.rate)}% of the ${basisOf(p)}`,
  'budget.clause.execution.over': (p) =>
    `${basisOf(p)} ${amountText(p.budget)} ${unit(p)}, ${spent(p)} ${amountText(p.final)} ${unit(p)}, ${percentText(p.rate)}% of the ${basisOf(p)}, ${percentText(p.excess)}% over it`,
  'budget.clause.execution.noBudget': (p) =>
    `no ${basisOf(p)} was set, ${spent(p)} ${amountText(p.final)} ${unit(p)}`,
  'budget.clause.execution.budgetOnly': (p) => `${basisOf(p)} ${amountText(p.budget)} ${unit(p)}`,
  // the rate left out: it rests on a flagged amount (the closing 'held' clause says which)
  'budget.clause.execution.amounts': (p) =>
    `${basisOf(p)} ${amountText(p.budget)} ${unit(p)}, ${spent(p)} ${amountText(p.final)} ${unit(p)}`,
  'budget.clause.amount': (p) => `${incomeDetail(p) ? 'income ' : ''}${amountText(p.final)} ${unit(p)}`,
  'budget.clause.share': (p) => `${percentText(p.share)}% of ${p.shareOf}`,
  'budget.clause.basicProject': (p) =>
    `of which basic expenditure ${amountText(p.basic)} ${unit(p)} (${percentText(p.basicShare)}%) and project expenditure ${amountText(p.project)} ${unit(p)} (${percentText(p.projectShare)}%)`,
  'budget.clause.change.up': (p) =>
    `up ${amountText(p.changeAmount)} ${unit(p)} (${percentText(p.changeRate)}%) on last year`,
  'budget.clause.change.down': (p) =>
    `down ${amountText(p.changeAmount)} ${unit(p)} (${percentText(p.changeRate)}%) on last year`,
  'budget.clause.change.flat': () => 'unchanged from last year',
  'budget.clause.change.new': (p) => `up ${amountText(p.changeAmount)} ${unit(p)} on last year (last year 0)`,
  'budget.clause.held': (p) =>
    `${heldWhat(p, {
      rate: 'the execution rate',
      share: `the share of ${String(p.shareOf ?? '')}`,
      split: 'the basic and project shares',
      change: 'the change on last year',
    }).join(', ')} to be worked out once ${p.heldCells} is checked`,
};

/** A line's name with its code and, for an item, its section: 2110101 Administration (21101 …). */
function lineName(p: Params): string {
  const name = String(p.name ?? '');
  const code = p.code ? `${p.code} ` : '';
  return p.level === 'item' && p.parentName ? `${code}${name} (${p.parentName})` : `${code}${name}`;
}

export const explanations: Record<string, Template> = {
  ...clauses,
  'budget.heading': (p) =>
    `${p.sheet}: ${incomeDetail(p) ? 'income by subject' : `${kindName(p)}${p.panel === 'income' ? ' (income)' : p.panel === 'expense' ? ' (expenditure)' : ''}`}, unit: ${unit(p)}`,
  'budget.line': (p) => {
    // Clauses format their own amounts and percents: no copy of the two dozen params per line.
    const keys = String(p.clauses ?? '')
      .split(',')
      .filter((k) => k !== '');
    const parts = keys.map((k) => clauseText(clauses, k, p));
    return `${lineName(p)}: ${parts.join('; ')}.`;
  },
};

export const labels: Record<string, Template> = {
  'budget.rateHeader.budget': 'Execution vs initial budget (%)',
  'budget.rateHeader.adjustedBudget': 'Execution vs adjusted budget (%)',
  'budget.rateHeader.received': 'Execution vs funds received (%)',
  'budget.section': 'Final accounts analysis',
  'budget.kind.incomeDetail': 'income detail',
  'budget.kind.fiscalSummary': 'fiscal appropriations summary',
  ...setLabels,
  ...Object.fromEntries(
    Object.entries({ ...IDENTITY, ...CROSS_IDENTITIES }).map(([k, v]) => [`budgetSet.identity.${k}`, v]),
  ),
};

const where = (p: Params): string => (p.name ? `"${p.name}": ` : '');
const column = (p: Params): string => FIELD[String(p.field)] ?? String(p.column ?? '');

/** A typed rate as the message shows it: 98.50% for 98.5 in a (%) column, as typed otherwise. */
const typedText = (p: Params): string =>
  typeof p.typedRate === 'number' ? `${percentText(p.typedRate)}%` : String(p.typed ?? '');

/** Every 决算 finding's words: the page carries none of them (they load with the 决算 part). */
export const findings: Record<BudgetFindingCode, Template> = {
  'budget.zeroBudget': (p) =>
    `${where(p)}no ${basisOf(p)} (0 or blank): no execution rate, and not "100% completed"`,
  'budget.reconcileMismatch': (p) => {
    const d = displayParams(p);
    if (p.identity === 'confirmedParts') {
      const gap = amountText(Math.abs(Number(p.difference)));
      return `${where(p)}${column(p)} does not match its parts: it agrees with the total above it, the grand total or another table, and the parts add up to ${gap} ${unit(p)} ${Number(p.difference) < 0 ? 'more' : 'less'}; the slip is in one of ${String(p.candidates)}, which one cannot be told: check each`;
    }
    return `${where(p)}${column(p)} does not add up: ${IDENTITY[String(p.identity)] ?? ''}; expected ${d.expected} ${unit(p)}, typed ${d.actual} ${unit(p)}, difference ${d.difference} ${unit(p)}`;
  },
  'budget.reconcileRounding': (p) => {
    const d = displayParams(p);
    return `${where(p)}${column(p)} has a rounding difference of ${d.difference} ${unit(p)}: ${IDENTITY[String(p.identity)] ?? ''} (expected ${d.expected}, typed ${d.actual}), within tolerance`;
  },
  'budget.unitSuspect': (p) =>
    p.field === 'text'
      ? `the text "${p.text}" states yuan where the final-accounts tables use 10k yuan; probably 10k yuan`
      : `${where(p)}${column(p)} ${amountText(p.value)} ${unit(p)} is about 10,000 times off its neighbours; probably typed in the wrong unit`,
  'budget.decimalSlip': (p) =>
    `${where(p)}${column(p)} ${amountText(p.value)} ${unit(p)} looks like a misplaced decimal point: ${amountText(p.corrected)} ${unit(p)} ${p.totalCell ? `makes "${p.totalName}" (${p.totalCell}) equal the sum of its items, so the total itself is right` : 'makes it equal the sum of its items'}`,
  'budget.codeMisplaced': (p) =>
    p.positional != null
      ? `"${p.name}" (${p.code}) is listed under "${p.parentName}" (${p.parentCode}) and counted in its amounts, but the code ${p.code} belongs to "${p.ownName}" (${p.ownCode}); both sum right by place and neither by code, so the code is likely wrong: give it a code under "${p.parentName}"`
      : p.ownCode != null
        ? `"${p.name}" (${p.code}) is listed under "${p.parentName}" (${p.parentCode}), but its parent is "${p.ownName}" (${p.ownCode}); both sum right by code, so the line is out of place: move it under "${p.ownName}"`
        : p.meant != null
          ? `the code ${p.code} of "${p.name}" is a digit short (item codes have 7) and does not belong under "${p.parentName}" (${p.parentCode}); "${p.parentName}" differs from the sum of its items by just this line's amount${p.parentCells ? ` (${p.parentCells} itself is right)` : ''}, so the code is likely ${p.meant || `a 7-digit code under ${p.parentCode}`}`
          : `the code ${p.code} of "${p.name}" does not belong under "${p.parentName}" (${p.parentCode}), and the table has no parent for it; "${p.parentName}" differs from the sum of its items by just this line's amount${p.parentCells ? ` (${p.parentCells} itself is right)` : ''}, so the code (or the line's place) is likely wrong`,
  'budget.codeDuplicate': (p) =>
    Number(p.copy) === 1
      ? `"${p.name}" (${p.code}) repeats row ${p.otherRow} in code, name and amounts: probably pasted twice, so its parents and totals count it twice; remove one`
      : p.where
        ? `the code ${p.code} appears twice, here for "${p.name}" and on row ${p.otherRow} for "${p.otherName}"; ${p.where} give ${p.code} to "${p.otherName}", so this line's code is likely wrong${p.meant ? ` (the other tables code "${p.name}" as ${p.meant})` : ''}`
        : `the code ${p.code} appears twice, for "${p.name}" and for "${p.otherName}" on row ${p.otherRow}: one of the two codes is likely wrong`,
  'budget.amountNotNumeric': (p) => `${where(p)}${column(p)} "${p.text}" is not a number and was left out`,
  'budget.rateDiffers': (p) =>
    Number(p.percentCell) === 1
      ? `${where(p)}the rate is typed as ${p.typed} in a cell formatted as a percentage, so it shows as ${percentText(Number(p.typed))}%; type the fraction of ${percentText(p.computed)}%, or use the General format`
      : p.computed === null
        ? `${where(p)}the typed rate ${typedText(p)} has no basis: the budget is 0 or blank, leave the rate empty`
        : Number(p.capped) === 1
          ? `${where(p)}the rate is typed as ${typedText(p)} by convention; final / budget is ${percentText(p.computed)}% (over budget)`
          : `${where(p)}the typed rate ${typedText(p)} differs from the computed ${percentText(p.computed)}%`,
  'budget.changeRateDiffers': (p) =>
    `${where(p)}the typed change ${typedText(p)} differs from the computed ${percentText(p.computed)}% ((this year − last year) ÷ last year)`,
  ...setFindings,
};
