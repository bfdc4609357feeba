/**
 * 决算分析 in zh-CN: the report's sentences (budget.line, composed of budget.clause.* in the seed's
 * style), the budget finding messages and the rate column header. Keys equal those of budget.en.ts.
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
} from './budgetSet.zh-CN';

const BASIS: Record<string, string> = {
  budget: '年初预算',
  adjustedBudget: '调整预算',
  received: '实际到位资金',
};
const KIND: Record<string, string> = {
  detail: '支出决算明细',
  summary: '收支情况',
  basic: '基本支出决算',
  threePublic: '“三公”经费支出决算',
  incomeExpense: '收入支出决算总表',
};
const FIELD: Record<string, string> = {
  budget: '年初预算数',
  adjustedBudget: '调整预算数',
  received: '实际到位数',
  final: '决算数',
  basic: '基本支出',
  project: '项目支出',
  previous: '上年决算数',
};
const IDENTITY: Record<string, string> = {
  hierarchy: '上级科目应等于所属明细科目之和',
  total: '合计应等于各明细科目之和',
  runningTotal: '合计应等于所列各项之和',
  grandTotal: '总计应等于合计与其后各项之和',
  personnelOperating: '基本支出应等于人员经费与公用经费之和',
  threePublic: '“三公”经费合计应等于因公出国（境）费、公务用车购置及运行费、公务接待费之和',
  vehicle: '公务用车购置及运行费应等于购置费与运行费之和',
  basicProject: '本年支出合计应等于基本支出与项目支出之和',
  crossing: '此数使所在行的合计与上级科目按同一差额不平，按所在行推算（合计减其余各项）',
  incomeExpense: '收入总计应等于支出总计',
  balancedTotal: '此数使总计与所列各项不平，而总计与收入总计（或他表）相符，按总计推算（总计减其余各项）',
  confirmedSum:
    '此数使所属合计与所列各项不平，而该合计与上级合计（或总计）相符，按该合计推算（合计减其余各项）',
  balanceSide:
    '此数使收入总计与支出总计、年末结转和结余与年初加本年收入减本年支出按同一差额不平；与其他表核对，差错最可能在此数，按年末结转和结余推算',
  ...TABLE_IDENTITIES,
};

const basisOf = (p: Params): string => BASIS[String(p.basis)] ?? '年初预算';
const spent = (p: Params): string => (p.panel === 'income' ? '收入决算' : '支出决算');
/** 年初未安排预算 for the initial budget (the report's words), else 未安排调整预算 / 未安排实际到位资金. */
const unplanned = (p: Params): string =>
  p.basis === 'budget' || p.basis == null ? '年初未安排预算' : `未安排${basisOf(p)}`;

/** A 总表 by its title (收入支出决算总表 or 财政拨款收入支出决算总表), other tables by their kind. */
const kindName = (p: Params): string =>
  (p.kind === 'incomeExpense' ? TABLES[String(p.title)] : undefined) ?? KIND[String(p.kind)] ?? '';

/** Clause templates; `budget.line` joins those its `clauses` param names. */
const clauses: Record<string, Template> = {
  'budget.clause.execution.within': (p) =>
    `${basisOf(p)}为 ${amountText(p.budget)} ${p.unit}，${spent(p)}为 ${amountText(p.final)} ${p.unit}，完成${basisOf(p)}的 ${percentText(p.rate)}%`,
  'budget.clause.execution.over': (p) =>
    `${basisOf(p)}为 ${amountText(p.budget)} ${p.unit}，${spent(p)}为 ${amountText(p.final)} ${p.unit}，为${basisOf(p)}的 ${percentText(p.rate)}%，超出${basisOf(p)} ${percentText(p.excess)}%`,
  'budget.clause.execution.noBudget': (p) =>
    `${unplanned(p)}，${spent(p)}为 ${amountText(p.final)} ${p.unit}`,
  'budget.clause.execution.budgetOnly': (p) => `${basisOf(p)}为 ${amountText(p.budget)} ${p.unit}`,
  // the rate left out: it rests on a flagged amount (the closing 'held' clause says which)
  'budget.clause.execution.amounts': (p) =>
    `${basisOf(p)}为 ${amountText(p.budget)} ${p.unit}，${spent(p)}为 ${amountText(p.final)} ${p.unit}`,
  // A 收入决算表 names its lines by spending subject (社会保障和就业支出): the amount says it is 收入.
  'budget.clause.amount': (p) => `${incomeDetail(p) ? '收入 ' : ''}${amountText(p.final)} ${p.unit}`,
  'budget.clause.share': (p) => `占${p.shareOf}的 ${percentText(p.share)}%`,
  'budget.clause.basicProject': (p) =>
    `其中：基本支出 ${amountText(p.basic)} ${p.unit}，占 ${percentText(p.basicShare)}%；项目支出 ${amountText(p.project)} ${p.unit}，占 ${percentText(p.projectShare)}%`,
  'budget.clause.change.up': (p) =>
    `与上年相比增加 ${amountText(p.changeAmount)} ${p.unit}，增长 ${percentText(p.changeRate)}%`,
  'budget.clause.change.down': (p) =>
    `与上年相比减少 ${amountText(p.changeAmount)} ${p.unit}，下降 ${percentText(p.changeRate)}%`,
  'budget.clause.change.flat': () => '与上年相比持平',
  'budget.clause.change.new': (p) => `与上年相比增加 ${amountText(p.changeAmount)} ${p.unit}（上年为 0）`,
  'budget.clause.held': (p) =>
    `${heldWhat(p, {
      rate: '完成率',
      share: `占${String(p.shareOf ?? '')}的比重`,
      split: '基本支出、项目支出占比',
      change: '与上年增减',
    }).join('、')}待核实 ${p.heldCells} 后再计算`,
};

/** A line's name as the seed writes it: 环境保护管理事务（款）行政运行（项）, 节能环保支出（类）. */
function lineName(p: Params): string {
  const name = String(p.name ?? '');
  if (p.level === 'item' && p.parentName) return `${p.parentName}（款）${name}（项）`;
  if (p.level === 'section') return `${name}（款）`;
  if (p.level === 'class') return name.endsWith('支出') ? `${name.slice(0, -2)}（类）支出` : `${name}（类）`;
  return name;
}

export const explanations: Record<string, Template> = {
  ...clauses,
  'budget.heading': (p) =>
    `${p.sheet}：${incomeDetail(p) ? '收入决算明细' : `${kindName(p)}${p.panel === 'income' ? '（收入）' : p.panel === 'expense' ? '（支出）' : ''}`}，单位：${p.unit}`,
  'budget.line': (p) => {
    // Clauses format their own amounts and percents: no copy of the two dozen params per line.
    const keys = String(p.clauses ?? '')
      .split(',')
      .filter((k) => k !== '');
    const parts = keys.map((k) => clauseText(clauses, k, p));
    const sep = keys[0] === 'amount' ? ' ' : keys[0]?.startsWith('execution') ? '。' : '：';
    return `${lineName(p)}${sep}${parts.join('，')}。`;
  },
};

export const labels: Record<string, Template> = {
  'budget.rateHeader.budget': '完成年初预算(%)',
  'budget.rateHeader.adjustedBudget': '完成调整预算(%)',
  'budget.rateHeader.received': '资金执行率(%)',
  'budget.section': '决算分析',
  'budget.kind.incomeDetail': '收入明细',
  'budget.kind.fiscalSummary': '财政拨款收支总表',
  ...setLabels,
  ...Object.fromEntries(
    Object.entries({ ...IDENTITY, ...CROSS_IDENTITIES }).map(([k, v]) => [`budgetSet.identity.${k}`, v]),
  ),
};

const where = (p: Params): string => (p.name ? `“${p.name}”` : '');
/** Budget columns go by many names (调整预算数 / 全年预算数 / 调整后预算数): the sheet's own is used. */
const BUDGET_FIELDS: ReadonlySet<string> = new Set(['budget', 'adjustedBudget', 'received']);
const column = (p: Params): string => {
  const own = String(p.column ?? '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '');
  if (BUDGET_FIELDS.has(String(p.field)) && /预算|到位/.test(own)) return own;
  return FIELD[String(p.field)] ?? String(p.column ?? '');
};

/** A typed rate as the message shows it: 98.50% for 98.5 in a (%) column, as typed otherwise. */
const typedText = (p: Params): string =>
  typeof p.typedRate === 'number' ? `${percentText(p.typedRate)}%` : String(p.typed ?? '');

/** Every 决算 finding's words: the page carries none of them (they load with the 决算 part). */
export const findings: Record<BudgetFindingCode, Template> = {
  'budget.zeroBudget': (p) =>
    `${where(p)}${unplanned(p)}（${basisOf(p)}为 0 或空），不计算执行率，不应表述为“完成100%”`,
  'budget.reconcileMismatch': (p) => {
    const d = displayParams(p);
    if (p.identity === 'confirmedParts') {
      const gap = amountText(Math.abs(Number(p.difference)));
      return `${where(p)}${column(p)}与所列各项之和不符：此数与上级合计、总计或他表相符，所列各项之和${Number(p.difference) < 0 ? '多出' : '少'} ${gap} ${p.unit}，差错应在 ${p.candidates} 之中，无法确定是哪一项，请逐项核对`;
    }
    return `${where(p)}${column(p)}不平：${IDENTITY[String(p.identity)] ?? ''}，应为 ${d.expected} ${p.unit}，实际填写 ${d.actual} ${p.unit}，差额 ${d.difference} ${p.unit}`;
  },
  'budget.reconcileRounding': (p) => {
    const d = displayParams(p);
    return `${where(p)}${column(p)}存在尾差 ${d.difference} ${p.unit}：${IDENTITY[String(p.identity)] ?? ''}（应为 ${d.expected}，填写 ${d.actual}），在四舍五入允许范围内`;
  },
  'budget.unitSuspect': (p) =>
    p.field === 'text'
      ? `文字中的“${p.text}”以元为单位，而决算表以万元为单位，疑似应为万元`
      : `${where(p)}${column(p)} ${amountText(p.value)} ${p.unit}与同级数据相差约 1 万倍，疑似按${Number(p.factor) < 1 ? (p.unit === '万元' ? '元' : '更小单位') : '万元'}填写`,
  'budget.decimalSlip': (p) =>
    `${where(p)}${column(p)} ${amountText(p.value)} ${p.unit}疑似小数点错位，应为 ${amountText(p.corrected)} ${p.unit}：按此${p.totalCell ? `“${p.totalName}”（${p.totalCell}）与所列各项之和相符，合计本身无误` : '与所列各项之和相符'}`,
  'budget.codeMisplaced': (p) =>
    p.positional != null
      ? `“${p.name}”（${p.code}）列在“${p.parentName}”（${p.parentCode}）下并计入了它的金额，而编码 ${p.code} 属于“${p.ownName}”（${p.ownCode}）；两者按所在位置汇总均无误、按编码汇总均不符，应是编码填错，请改为“${p.parentName}”下的编码`
      : p.ownCode != null
        ? `“${p.name}”（${p.code}）列在“${p.parentName}”（${p.parentCode}）下，而它的上级科目是“${p.ownName}”（${p.ownCode}）；两者按编码汇总均无误，应是该行放错了位置，请移到“${p.ownName}”下`
        : p.meant != null
          ? `“${p.name}”的科目编码 ${p.code} 少了一位（项级编码为 7 位），不属于所在的“${p.parentName}”（${p.parentCode}）；“${p.parentName}”与所属明细科目之差正好是这一行的金额${p.parentCells ? `（${p.parentCells} 本身无误）` : ''}，编码应是 ${p.meant || `${p.parentCode} 下的 7 位编码`}`
          : `“${p.name}”的科目编码 ${p.code} 不属于所在的“${p.parentName}”（${p.parentCode}），表中也没有它的上级科目；“${p.parentName}”与所属明细科目之差正好是这一行的金额${p.parentCells ? `（${p.parentCells} 本身无误）` : ''}，应是编码填错（或该行放错了位置）`,
  'budget.codeDuplicate': (p) =>
    Number(p.copy) === 1
      ? `“${p.name}”（${p.code}）与第 ${p.otherRow} 行编码、名称、金额完全相同，疑似重复粘贴，上级科目和合计因此多计了这一行，应删除其中一行`
      : p.where
        ? `科目编码 ${p.code} 在表中出现两次：本行“${p.name}”和第 ${p.otherRow} 行“${p.otherName}”；${p.where}中 ${p.code} 为“${p.otherName}”，本行的编码应是填错了${p.meant ? `（其他表中“${p.name}”的编码为 ${p.meant}）` : ''}，请核对`
        : `科目编码 ${p.code} 在表中出现两次：“${p.name}”和第 ${p.otherRow} 行“${p.otherName}”，其中一个编码应是填错了，请核对`,
  'budget.amountNotNumeric': (p) => `${where(p)}${column(p)}“${p.text}”不是数字，未参与计算`,
  'budget.rateDiffers': (p) =>
    Number(p.percentCell) === 1
      ? `${where(p)}执行率填写为 ${p.typed}，而单元格为百分比格式，显示为 ${percentText(Number(p.typed))}%；应填 ${percentText(p.computed)}% 对应的小数，或改为常规格式`
      : p.computed === null
        ? `${where(p)}填写的执行率 ${typedText(p)} 无依据：预算数为 0 或空，执行率应留空`
        : Number(p.capped) === 1
          ? `${where(p)}执行率按惯例填写为 ${typedText(p)}，实际为决算数/预算数 ${percentText(p.computed)}%（超出预算）`
          : `${where(p)}填写的执行率 ${typedText(p)} 与计算值 ${percentText(p.computed)}% 不一致`,
  'budget.changeRateDiffers': (p) =>
    `${where(p)}填写的增减率 ${typedText(p)} 与计算值 ${percentText(p.computed)}%（（本年决算数－上年决算数）÷上年决算数）不一致`,
  ...setFindings,
};
