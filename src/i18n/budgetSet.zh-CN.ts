/**
 * 决算勾稽 in zh-CN: what each identity of the nine public tables says, the cross-table and
 * copied-subtotal finding messages, and the labels of the 决算勾稽 section. Merged into
 * budget.zh-CN.ts; keys equal those of budgetSet.en.ts.
 */
import type { BudgetFindingCode } from '../engine/findings/types';
import { amountText } from './budgetFormat';
import type { Params, Template } from './format';

/** Identities within one public table (beyond issue 3's). */
export const TABLE_IDENTITIES: Record<string, string> = {
  personnelTotal: '人员经费合计应等于工资福利支出（301）与对个人和家庭的补助（303）之和',
  operatingTotal: '公用经费合计应等于商品和服务支出（302）、资本性支出（310）等公用经费各类之和',
  incomeColumns: '本年收入合计应等于各项收入之和',
  expenseColumns: '本年支出合计应等于基本支出、项目支出等各项支出之和',
  unitColumns: '合计应等于其中所列各单位（各列）之和',
  fundColumns: '合计应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和',
  changeAmount: '增减额应等于本年决算数减上年决算数',
  fundBalance: '年末结转和结余应等于年初结转和结余加本年收入减本年支出',
  carryoverSplit: '财政拨款结转和结余应等于按资金性质分列之和',
};

const FISCAL = '财政拨款收入支出决算总表';
const fund = (name: string, table: string): Record<string, string> => ({
  Expense: `${table}“本年支出”合计应等于${FISCAL}${name}“本年支出合计”`,
  Income: `${table}“本年收入”合计应等于${FISCAL}“${name}”收入`,
  Opening: `${table}“年初结转和结余”合计应等于${FISCAL}年初${name}结转和结余`,
  Closing: `${table}“年末结转和结余”合计应等于${FISCAL}${name}“年末财政拨款结转和结余”`,
  Class: `${table}各类支出应等于${FISCAL}${name}同类支出`,
});
const prefixed = (prefix: string, m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [`${prefix}${k}`, v]));
const three = (item: string, code: string): string =>
  `“三公”经费支出决算表${item}决算数不应少于基本支出决算表 ${code} ${item}（“三公”经费含基本支出和项目支出）`;

/** Identities across the public tables. */
export const CROSS_IDENTITIES: Record<string, string> = {
  summaryIncome: '收入支出决算总表“本年收入合计”应等于收入决算表“合计”',
  summaryExpense: '收入支出决算总表“本年支出合计”应等于支出决算表“合计”',
  summaryExpenseClass: '收入支出决算总表各类支出应等于支出决算表同类科目',
  summaryIncomeSource: '收入支出决算总表各项收入应等于收入决算表同名收入栏的合计',
  fiscalGeneral: `${FISCAL}一般公共预算财政拨款“本年支出合计”应等于一般公共预算财政拨款支出决算表“合计”`,
  fiscalGeneralClass: `${FISCAL}一般公共预算财政拨款各类支出应等于一般公共预算财政拨款支出决算表同类科目`,
  ...prefixed('govFund', fund('政府性基金预算财政拨款', '政府性基金预算财政拨款收入支出决算表')),
  ...prefixed('stateCapital', fund('国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入支出决算表')),
  fiscalIncomeGeneral: `收入支出决算总表“一般公共预算财政拨款收入”应等于${FISCAL}同项收入`,
  fiscalIncomeGovFund: `收入支出决算总表“政府性基金预算财政拨款收入”应等于${FISCAL}同项收入`,
  fiscalIncomeStateCapital: `收入支出决算总表“国有资本经营预算财政拨款收入”应等于${FISCAL}同项收入`,
  openingCovers: `收入支出决算总表“年初结转和结余”不应少于${FISCAL}“年初财政拨款结转和结余”`,
  closingCovers: `收入支出决算总表“年末结转和结余”不应少于${FISCAL}“年末财政拨款结转和结余”`,
  basicSplit: '一般公共预算财政拨款支出决算表“基本支出”应等于基本支出决算表人员经费合计与公用经费合计之和',
  threePublicAbroad: three('因公出国（境）费', '30212'),
  threePublicReception: three('公务接待费', '30217'),
  threePublicVehicleOperation: three('公务用车运行维护费', '30231'),
  threePublicVehiclePurchase: three('公务用车购置费', '31013'),
  fiscalWithinExpenditure:
    '支出决算表各科目支出不应少于一般公共预算、政府性基金、国有资本经营预算财政拨款支出决算表同科目支出之和',
  basicWithinExpenditure: '支出决算表“基本支出”合计不应少于一般公共预算财政拨款支出决算表“基本支出”合计',
};

const emptyNote = (p: Params): string => (p.empty ? `（${p.empty} 为空表，按 0 计）` : '');
/** When a third table agrees with the target: the slip is on the other side. */
const vouchNote = (p: Params): string =>
  p.vouchedBy ? `；${p.target} 与 ${p.vouchedBy} 相符，差错应在 ${p.related} 一方` : '';

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
    const u = String(p.unit ?? '');
    // laid at a part (or the parts' sum), not at the target: told from that cell
    if (p.slip !== undefined) {
      const su = String(p.slipUnit ?? u);
      const should = p.relation === 'ge' ? '应不超过' : '应为';
      const off = p.relation === 'ge' ? '超出' : '差额';
      return `${what}：${p.slip} 为 ${amountText(p.slipValue)} ${su}，按 ${p.others} ${should} ${amountText(p.slipExpected)} ${su}，${off} ${amountText(p.slipDifference)} ${su}${emptyNote(p)}${vouchNote(p)}`;
    }
    if (p.relation === 'ge') {
      const short = typeof p.difference === 'number' ? -p.difference : p.difference;
      return `${what}：${p.target} 为 ${amountText(p.actual)} ${u}，少于 ${p.related} 的 ${amountText(p.expected)} ${u}，相差 ${amountText(short)} ${u}${emptyNote(p)}${vouchNote(p)}`;
    }
    return `${what}：${p.target} 为 ${amountText(p.actual)} ${u}，按 ${p.related} 应为 ${amountText(p.expected)} ${u}，差额 ${amountText(p.difference)} ${u}${emptyNote(p)}${vouchNote(p)}`;
  },
  'budget.otherFundsNegative': (p) => {
    const u = String(p.unit ?? '');
    const when = p.identity === 'closingCovers' ? '年末' : '年初';
    return `收入支出决算总表“${when}结转和结余”（${p.target}）为 ${amountText(p.actual)} ${u}，低于${FISCAL}“${when}财政拨款结转和结余”（${p.related}）的 ${amountText(p.expected)} ${u}，即财政拨款以外资金（事业收入、经营收入等）${when}结转和结余为 ${amountText(p.difference)} ${u}：事业、经营等资金的收支差额可以负数结转，本表收支平衡，不作差错，请确认属实`;
  },
  'budget.classPairDiffers': (p) => {
    const u = String(p.unit ?? '');
    return `基本支出决算表 ${p.economic}“${p.economicName}”（${p.economicCell}）为 ${amountText(p.actual)} ${u}，一般公共预算财政拨款支出决算表 ${p.functional}“${p.functionalName}”的基本支出（${p.related}）为 ${amountText(p.expected)} ${u}，相差 ${amountText(p.difference)} ${u}：按功能分类与经济分类的对应关系二者通常相等，请核对是否填错科目${p.project ? `；该功能科目的项目支出（${p.project}）正好是这一金额，可能填错了列（应为基本支出）` : ''}`;
  },
  'budget.negativeAmount': (p) =>
    p.signSlip
      ? `“${p.name}”的“${p.column}”为 ${amountText(p.value)} ${p.unit}，而 ${p.signSlip} 按正数计入：应是误录了负号，应为 ${amountText(Math.abs(Number(p.value)))} ${p.unit}`
      : `“${p.name}”的“${p.column}”为 ${amountText(p.value)} ${p.unit}：收入、支出金额一般不为负数，请核实是否误录了负号；如属冲减以前年度支出等特殊情况，请在填报说明中注明`,
  'budget.threePublicOverBudget': (p) =>
    `“三公”经费“${p.name}”决算数 ${amountText(p.final)} ${p.unit}超过预算数 ${amountText(p.budget)} ${p.unit}${p.budgetCell ? `（${p.budgetCell}）` : ''}，超出 ${amountText(p.difference)} ${p.unit}${p.explained ? '，表下注释已说明原因' : '：“三公”经费应控制在预算以内，请核实并在决算说明中说明原因'}`,
  'budget.codeNameDiffers': (p) =>
    `科目编码 ${p.code} 在本表名为“${p.name}”，而 ${p.where} 均名为“${p.usual}”：同一科目各表名称应一致，请核对编码或名称是否填错`,
  'budget.codeElsewhere': (p) =>
    `科目编码 ${p.code}（“${p.name}”）只见于本表，而 ${p.where} 中“${p.name}”的编码均为 ${p.usual}，本表却没有 ${p.usual}：编码疑似填错，请核对`,
  'budget.crossRounding': (p) => {
    const what = CROSS_IDENTITIES[String(p.identity)] ?? String(p.identity);
    return `${what}：存在尾差 ${amountText(p.difference)} ${p.unit}（${p.target} 为 ${amountText(p.actual)}，按 ${p.related} 应为 ${amountText(p.expected)}），在四舍五入允许范围内`;
  },
  'budget.wrongColumn': (p) =>
    `“${p.name}”的 ${amountText(p.value)} ${p.unit}填在了“${p.column}”列，应填在“${p.toColumn}”列（${p.to}）：本行合计仍然相符，而“${p.column}”各级合计因此多出、“${p.toColumn}”各级合计少了同一金额；各级合计本身无误`,
  'budget.subtotalCopied': (p) =>
    `“${p.name}”填写了上级科目“${p.parent}”（${p.parentCell}）的合计数 ${amountText(p.value)} ${p.unit}，明细之和因此多出 ${amountText(p.excess)} ${p.unit}；应填写本科目自身的金额`,
};

/** The public tables' names, by key (`PublicTableKey`). */
export const TABLES: Record<string, string> = {
  incomeExpenseSummary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscalSummary: FISCAL,
  generalExpenditure: '一般公共预算财政拨款支出决算表',
  generalBasic: '一般公共预算财政拨款基本支出决算表',
  threePublic: '一般公共预算财政拨款“三公”经费支出决算表',
  govFund: '政府性基金预算财政拨款收入支出决算表',
  stateCapital: '国有资本经营预算财政拨款收入支出决算表',
};

/** Labels of the 决算勾稽 section; identity labels are added by budget.zh-CN.ts. */
export const labels: Record<string, Template> = {
  'budgetSet.section': '决算勾稽（共检查 {count} 项：相符 {ok} 项，尾差 {rounding} 项，不符 {mismatch} 项）',
  'budgetSet.tables': '决算公开表（9 张）',
  'budgetSet.moreCells': '等 {count} 个单元格',
  'budgetSet.column.status': '结果',
  'budgetSet.column.identity': '勾稽关系',
  'budgetSet.column.cells': '涉及单元格',
  'budgetSet.column.difference': '差额',
  'budgetSet.status.ok': '相符',
  'budgetSet.status.rounding': '尾差',
  'budgetSet.status.mismatch': '不符',
  'budgetSet.tableStatus.present': '已填列',
  'budgetSet.tableStatus.empty': '空表',
  'budgetSet.tableStatus.absent': '缺失',
  ...Object.fromEntries(Object.entries(TABLES).map(([k, v]) => [`budgetSet.table.${k}`, v])),
};
