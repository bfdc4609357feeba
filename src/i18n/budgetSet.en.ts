/**
 * Cross-checks of the nine public final-accounts tables in English: the same keys as
 * budgetSet.zh-CN.ts (a parity test checks). Merged into budget.en.ts.
 */
import type { BudgetFindingCode } from '../engine/findings/types';
import { amountText } from './budgetFormat';
import type { Params, Template } from './format';

export const TABLE_IDENTITIES: Record<string, string> = {
  personnelTotal:
    'total personnel expenses must equal wages and benefits (301) plus transfers to households (303)',
  operatingTotal:
    'total operating expenses must equal goods and services (302), capital expenditure (310) and the other operating classes',
  incomeColumns: 'total income must equal the sum of its sources',
  expenseColumns: 'total expenditure must equal basic + project + the other expenditure columns',
  unitColumns: 'the total must equal the sum of the columns listed under 其中 (one per unit)',
  fundColumns: 'the total must equal general budget + government funds + state capital',
  changeAmount: 'the change must equal this year less last year',
  fundBalance: 'closing balance must equal opening balance + income − expenditure',
  carryoverSplit: 'the fiscal balance must equal its breakdown by fund',
};

const FISCAL = 'the fiscal appropriations summary';
const fund = (name: string, table: string): Record<string, string> => ({
  Expense: `${table}'s total expenditure must equal ${FISCAL}'s ${name} expenditure`,
  Income: `${table}'s total income must equal ${FISCAL}'s ${name} income`,
  Opening: `${table}'s opening balance must equal ${FISCAL}'s ${name} opening balance`,
  Closing: `${table}'s closing balance must equal ${FISCAL}'s ${name} closing balance`,
  Class: `${table}'s expenditure per class must equal ${FISCAL}'s ${name} column`,
});
const prefixed = (prefix: string, m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [`${prefix}${k}`, v]));
const three = (item: string, code: string): string =>
  `the "three public" ${item} (final) must be at least basic expenditure line ${code} (the table covers basic and project spending)`;

export const CROSS_IDENTITIES: Record<string, string> = {
  summaryIncome: "the summary's total income must equal the income table's total",
  summaryExpense: "the summary's total expenditure must equal the expenditure table's total",
  summaryExpenseClass: "the summary's expenditure per class must equal the expenditure table's class line",
  summaryIncomeSource:
    "the summary's income per source must equal the income table's total in the column of that name",
  fiscalGeneral: `${FISCAL}'s general-budget expenditure must equal the general-budget expenditure table's total`,
  fiscalGeneralClass: `${FISCAL}'s general-budget expenditure per class must equal the general-budget table's class line`,
  ...prefixed('govFund', fund('government-fund', 'the government-fund table')),
  ...prefixed('stateCapital', fund('state-capital', 'the state-capital table')),
  fiscalIncomeGeneral: `the summary's general-budget income must equal ${FISCAL}'s`,
  fiscalIncomeGovFund: `the summary's government-fund income must equal ${FISCAL}'s`,
  fiscalIncomeStateCapital: `the summary's state-capital income must equal ${FISCAL}'s`,
  openingCovers: `the summary's opening balance must be at least ${FISCAL}'s opening fiscal balance`,
  closingCovers: `the summary's closing balance must be at least ${FISCAL}'s closing fiscal balance`,
  basicSplit:
    "the general-budget table's basic expenditure must equal total personnel + total operating expenses of the basic table",
  threePublicAbroad: three('travel abroad', '30212'),
  threePublicReception: three('official reception', '30217'),
  threePublicVehicleOperation: three('vehicle operation', '30231'),
  threePublicVehiclePurchase: three('vehicle purchase', '31013'),
  fiscalWithinExpenditure:
    "the expenditure table's line per subject must be at least the three fiscal tables' lines for that subject together",
  basicWithinExpenditure:
    "the expenditure table's basic expenditure total must be at least the general public budget expenditure table's",
};

const UNIT: Record<string, string> = {
  元: 'yuan',
  千元: 'thousand yuan',
  万元: '10k yuan',
  亿元: '100m yuan',
};
const unit = (p: Params): string => UNIT[String(p.unit)] ?? String(p.unit ?? '');
const emptyNote = (p: Params): string => (p.empty ? ` (${p.empty} is an empty table, taken as 0)` : '');
/** When a third table agrees with the target: the slip is on the other side. */
const vouchNote = (p: Params): string =>
  p.vouchedBy ? `; ${p.target} agrees with ${p.vouchedBy}, so the slip is on the side of ${p.related}` : '';

/** The nine-table set's findings (the rest are in budget.*.ts). */
export type SetFindingCode = Extract<
  BudgetFindingCode,
  | 'budget.crossMismatch'
  | 'budget.otherFundsNegative'
  | 'budget.classPairDiffers'
  | 'budget.negativeAmount'
  | 'budget.threePublicOverBudget'
  | 'budget.codeNameDiffers'
  | 'budget.codeElsewhere'
  | 'budget.crossRounding'
  | 'budget.wrongColumn'
  | 'budget.subtotalCopied'
>;

export const findings: Record<SetFindingCode, Template> = {
  'budget.crossMismatch': (p) => {
    const what = CROSS_IDENTITIES[String(p.identity)] ?? String(p.identity);
    // laid at a part (or the parts' sum), not at the target: told from that cell
    if (p.slip !== undefined) {
      const su = unit({ unit: p.slipUnit ?? p.unit ?? null });
      const should = p.relation === 'ge' ? 'it should be at most' : 'it should be';
      const off = p.relation === 'ge' ? 'over by' : 'difference';
      return `${what}: ${p.slip} is ${amountText(p.slipValue)} ${su}; by ${p.others} ${should} ${amountText(p.slipExpected)} ${su}, ${off} ${amountText(p.slipDifference)} ${su}${emptyNote(p)}${vouchNote(p)}`;
    }
    if (p.relation === 'ge') {
      const short = typeof p.difference === 'number' ? -p.difference : p.difference;
      return `${what}: ${p.target} is ${amountText(p.actual)} ${unit(p)}, less than ${amountText(p.expected)} ${unit(p)} at ${p.related}, short by ${amountText(short)} ${unit(p)}${emptyNote(p)}${vouchNote(p)}`;
    }
    return `${what}: ${p.target} is ${amountText(p.actual)} ${unit(p)}; by ${p.related} it should be ${amountText(p.expected)} ${unit(p)}, difference ${amountText(p.difference)} ${unit(p)}${emptyNote(p)}${vouchNote(p)}`;
  },
  'budget.otherFundsNegative': (p) => {
    const when = p.identity === 'closingCovers' ? 'closing' : 'opening';
    return `the summary's ${when} balance (${p.target}) is ${amountText(p.actual)} ${unit(p)}, below ${FISCAL}'s ${when} fiscal balance (${p.related}) of ${amountText(p.expected)} ${unit(p)}, so the ${when} balance of the funds other than fiscal appropriations (business income, operating income…) is ${amountText(p.difference)} ${unit(p)}: such a deficit may be carried and the summary balances, so this is no error; please confirm it`;
  },
  'budget.classPairDiffers': (p) =>
    `the basic expenditure table's ${p.economic} "${p.economicName}" (${p.economicCell}) is ${amountText(p.actual)} ${unit(p)}, while the basic spending of ${p.functional} "${p.functionalName}" in the general public budget expenditure table (${p.related}) is ${amountText(p.expected)} ${unit(p)}, a difference of ${amountText(p.difference)} ${unit(p)}: by the correspondence of the functional and economic classifications the two are normally equal; check whether an amount was booked under the wrong item${p.project ? `; the functional line's project spending (${p.project}) is just this amount, so it may sit in the wrong column (basic, not project)` : ''}`,
  'budget.negativeAmount': (p) =>
    p.signSlip
      ? `"${p.name}" under "${p.column}" is ${amountText(p.value)} ${unit(p)} while ${p.signSlip} counts it as positive: a minus sign typed by mistake, it should be ${amountText(Math.abs(Number(p.value)))} ${unit(p)}`
      : `"${p.name}" under "${p.column}" is ${amountText(p.value)} ${unit(p)}: income and spending are not normally negative; check whether a minus sign was typed by mistake, and if it is a special case (a refund of an earlier year's spending), say so in the notes`,
  'budget.threePublicOverBudget': (p) =>
    `the "three public" expense "${p.name}" spent ${amountText(p.final)} ${unit(p)}, above its budget of ${amountText(p.budget)} ${unit(p)}${p.budgetCell ? ` (${p.budgetCell})` : ''} by ${amountText(p.difference)} ${unit(p)}${p.explained ? '; the note under the table says why' : ': these expenses are held to their budget; check it and explain it in the notes'}`,
  'budget.codeElsewhere': (p) =>
    `the code ${p.code} ("${p.name}") is in this table only, while ${p.where} code "${p.name}" as ${p.usual}, which this table lacks: the code is likely mistyped`,
  'budget.codeNameDiffers': (p) =>
    `the code ${p.code} is named "${p.name}" here, but "${p.usual}" in ${p.where}: one subject has one name in every table; check the code or the name`,
  'budget.crossRounding': (p) => {
    const what = CROSS_IDENTITIES[String(p.identity)] ?? String(p.identity);
    return `${what}: a rounding difference of ${amountText(p.difference)} ${unit(p)} (${p.target} is ${amountText(p.actual)}, by ${p.related} ${amountText(p.expected)}), within tolerance`;
  },
  'budget.wrongColumn': (p) =>
    `"${p.name}": ${amountText(p.value)} ${unit(p)} is typed under "${p.column}" and belongs under "${p.toColumn}" (${p.to}): the line still adds up, while the sums of "${p.column}" are over and those of "${p.toColumn}" short by the same amount; the sums themselves are right`,
  'budget.subtotalCopied': (p) =>
    `"${p.name}" holds the total ${amountText(p.value)} ${unit(p)} of its parent "${p.parent}" (${p.parentCell}); the details now add up to ${amountText(p.excess)} ${unit(p)} too much. Type this line's own amount`,
};

/** The public tables' names, by key (`PublicTableKey`). */
export const TABLES: Record<string, string> = {
  incomeExpenseSummary: 'Income and expenditure summary',
  income: 'Income',
  expenditure: 'Expenditure',
  fiscalSummary: 'Fiscal appropriations income and expenditure summary',
  generalExpenditure: 'General-budget fiscal expenditure',
  generalBasic: 'General-budget fiscal basic expenditure',
  threePublic: 'General-budget "three public" expenses',
  govFund: 'Government-fund fiscal income and expenditure',
  stateCapital: 'State-capital fiscal income and expenditure',
};

export const labels: Record<string, Template> = {
  'budgetSet.section':
    'Final-accounts cross-checks ({count} checked: {ok} agree, {rounding} rounding, {mismatch} do not agree)',
  'budgetSet.tables': 'Public final-accounts tables (9)',
  'budgetSet.moreCells': '… {count} cells in all',
  'budgetSet.column.status': 'Result',
  'budgetSet.column.identity': 'Identity',
  'budgetSet.column.cells': 'Cells',
  'budgetSet.column.difference': 'Difference',
  'budgetSet.status.ok': 'agrees',
  'budgetSet.status.rounding': 'rounding',
  'budgetSet.status.mismatch': 'does not agree',
  'budgetSet.tableStatus.present': 'filled in',
  'budgetSet.tableStatus.empty': 'empty',
  'budgetSet.tableStatus.absent': 'missing',
  ...Object.fromEntries(Object.entries(TABLES).map(([k, v]) => [`budgetSet.table.${k}`, v])),
};
