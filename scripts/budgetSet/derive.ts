/**
 * A consistent nine-table set derived from a few leaf figures (in cents, so every sum is exact):
 * functional items split by fund, economic 款 of basic expenditure, the "三公" extras, income and
 * opening balances. Every total, subtotal, balance and cross-table figure follows from them.
 */
import { CLASS_PAIRS } from '../../src/engine/budget/publicLexicon';
import { ECONOMIC, FUNCTIONAL, THREE_PUBLIC_CODES } from './names';
import { distribute, sum, tree, yuan } from './tree';
import type { Amount, CodedRow, NamedRow, SetData } from './types';

export { distribute } from './tree';

export interface ItemSpec {
  /** A 7-digit functional code in FUNCTIONAL. */
  readonly code: string;
  /** Share of basic expenditure (the basic total is the economic 款' sum). */
  readonly basicWeight: number;
  readonly project: number;
  readonly govFund: number;
  readonly stateCapital: number;
  /** Spending from non-fiscal money (事业收入). */
  readonly other: number;
  /** Opening balance and income of the government-fund / state-capital money on this item. */
  readonly fundOpening: number;
  readonly fundIncome: number;
}

export interface SetSpec {
  readonly items: readonly ItemSpec[];
  /** Economic 款 (5-digit codes in ECONOMIC) of basic expenditure, cents. */
  readonly economic: readonly { readonly code: string; readonly amount: number }[];
  /** "三公" final = the economic line + this (project spending), per THREE_PUBLIC_CODES. */
  readonly threeExtra: readonly number[];
  readonly threeBudget: readonly number[];
  readonly generalIncome: number;
  readonly businessIncome: number;
  readonly generalOpening: number;
  readonly nonFiscalOpening: number;
}

/**
 * Basic spending per functional item: an item paired with an economic 款 (2210201 ↔ 30113 …) spends
 * exactly that 款, as real sets do; the rest of the economic total is shared by weight among the
 * other items (equally when none has a weight; when every item is paired, the pairs cannot all
 * hold and the whole total is shared by weight).
 */
function basicByItem(spec: SetSpec, basicTotal: number): number[] {
  // a 款 paired with several items (30110 ↔ 2101101 + 2101102) is shared among those present, by weight
  const paired: (number | undefined)[] = spec.items.map(() => undefined);
  for (const pair of CLASS_PAIRS) {
    const amount = spec.economic.find((e) => e.code === pair.economic)?.amount;
    const at = spec.items.flatMap((i, k) => (pair.functional.includes(i.code) ? [k] : []));
    if (amount === undefined || at.length === 0) continue;
    const shares = distribute(
      amount,
      at.map((k) => spec.items[k]!.basicWeight || 1),
    );
    at.forEach((k, n) => (paired[k] = shares[n]));
  }
  const free = (weight: (i: ItemSpec) => number): number[] =>
    spec.items.map((i, k) => (paired[k] === undefined ? weight(i) : 0));
  let weights = free((i) => i.basicWeight);
  if (sum(weights) === 0) weights = free(() => 1);
  if (sum(weights) === 0)
    return distribute(
      basicTotal,
      spec.items.map((i) => i.basicWeight),
    );
  const rest = distribute(basicTotal - sum(paired.map((v) => v ?? 0)), weights);
  return paired.map((v, k) => v ?? rest[k]!);
}

export function deriveSet(spec: SetSpec, department = '某市生态环境局', year = 2021): SetData {
  const basicTotal = sum(spec.economic.map((e) => e.amount));
  const basics = basicByItem(spec, basicTotal);
  const items = spec.items.map((i, k) => {
    const basic = basics[k]!;
    const general = basic + i.project;
    const fund = i.govFund + i.stateCapital;
    return { ...i, basic, general, total: general + fund + i.other, projectAll: i.project + fund + i.other };
  });
  const by = (pick: (i: (typeof items)[number]) => number): number => sum(items.map(pick));
  const fundLines = (key: 'govFund' | 'stateCapital'): CodedRow[] => {
    const own = items.filter((i) => i[key] > 0);
    if (own.length === 0) return [{ code: null, name: '合计', values: Array<Amount>(6).fill(null) }];
    return tree(
      own.map((i) => ({
        code: i.code,
        values: [i.fundOpening, i.fundIncome, i[key], 0, i[key], i.fundOpening + i.fundIncome - i[key]],
      })),
      6,
      [3],
    );
  };
  const fundSums = (
    key: 'govFund' | 'stateCapital',
  ): { open: number; income: number; spent: number; close: number } => {
    const own = items.filter((i) => i[key] > 0);
    const open = sum(own.map((i) => i.fundOpening));
    const income = sum(own.map((i) => i.fundIncome));
    const spent = sum(own.map((i) => i[key]));
    return { open, income, spent, close: open + income - spent };
  };
  const gov = fundSums('govFund');
  const state = fundSums('stateCapital');
  const spentGeneral = by((i) => i.general);
  // Balances never go below 0: an opening balance covers what the year's income does not.
  const generalOpen = Math.max(spec.generalOpening, spentGeneral - spec.generalIncome);
  const general = {
    open: generalOpen,
    income: spec.generalIncome,
    spent: spentGeneral,
    close: generalOpen + spec.generalIncome - spentGeneral,
  };
  const otherSpent = by((i) => i.other);
  const other = {
    open: Math.max(spec.nonFiscalOpening, otherSpent - spec.businessIncome),
    income: spec.businessIncome,
    spent: otherSpent,
  };
  const nonFiscalClose = other.open + other.income - other.spent;
  const funds = [general, gov, state];
  const fiscalIncome = sum(funds.map((f) => f.income));
  const classes = [...new Set(items.map((i) => i.code.slice(0, 3)))];
  const classSum = (cls: string, pick: (i: (typeof items)[number]) => number): number =>
    sum(items.filter((i) => i.code.startsWith(cls)).map(pick));
  const fiscalByClass = distribute(
    fiscalIncome,
    classes.map((c) => classSum(c, (i) => i.general + i.govFund + i.stateCapital)),
  );
  const businessByClass = distribute(
    other.income,
    classes.map((c) => classSum(c, (i) => i.other + 1)),
  );
  const incomeRow = (code: string | null, name: string, f: number, b: number): CodedRow => ({
    code,
    name,
    values: [yuan(f + b), yuan(f), null, yuan(b), null, null, null],
  });
  const named = (name: string, ...cents: number[]): NamedRow => ({ name, values: cents.map(yuan) });
  const ordinal = (i: number): string => `${'一二三四五六七八九十'[i] ?? String(i + 1)}、`;
  const totalOpen = sum(funds.map((f) => f.open)) + other.open;
  const totalClose = sum(funds.map((f) => f.close)) + nonFiscalClose;
  const spentAll = by((i) => i.total);
  const fiscalClasses = classes.filter((c) => classSum(c, (i) => i.general + i.govFund + i.stateCapital) > 0);
  const economic = (prefixes: readonly string[]): CodedRow[] =>
    prefixes.flatMap((cls) => {
      const own = spec.economic.filter((e) => e.code.startsWith(cls));
      if (own.length === 0) return [];
      const head = { code: cls, name: ECONOMIC[cls]!, values: [yuan(sum(own.map((e) => e.amount)))] };
      return [head, ...own.map((e) => ({ code: e.code, name: ECONOMIC[e.code]!, values: [yuan(e.amount)] }))];
    });
  const econOf = (code: string): number => spec.economic.find((e) => e.code === code)?.amount ?? 0;
  const three = (extra: readonly number[]): Amount[] => {
    const [abroad, purchase, operation, reception] = THREE_PUBLIC_CODES.map(
      (c, k) => econOf(c) + (extra[k] ?? 0),
    );
    return [
      abroad! + purchase! + operation! + reception!,
      abroad!,
      purchase! + operation!,
      purchase!,
      operation!,
      reception!,
    ].map(yuan);
  };
  const threeBudget = (): Amount[] => {
    const [a, p, o, r] = spec.threeBudget as [number, number, number, number];
    return [a + p + o + r, a, p + o, p, o, r].map(yuan);
  };
  const personnel = sum(spec.economic.filter((e) => /^30[13]/.test(e.code)).map((e) => e.amount));
  return {
    year,
    department,
    summary: {
      income: [
        named('一、一般公共预算财政拨款收入', general.income),
        named('二、政府性基金预算财政拨款收入', gov.income),
        named('三、国有资本经营预算财政拨款收入', state.income),
        named('四、上级补助收入', 0),
        named('五、事业收入', other.income),
        named('六、经营收入', 0),
        named('七、附属单位上缴收入', 0),
        named('八、其他收入', 0),
      ],
      incomeTotals: [
        named('本年收入合计', fiscalIncome + other.income),
        named('使用非财政拨款结余', 0),
        named('年初结转和结余', totalOpen),
        named('总计', fiscalIncome + other.income + totalOpen),
      ],
      expense: classes.map((c, i) =>
        named(
          `${ordinal(i)}${FUNCTIONAL[c]!}`,
          classSum(c, (x) => x.total),
        ),
      ),
      expenseTotals: [
        named('本年支出合计', spentAll),
        named('结余分配', 0),
        named('年末结转和结余', totalClose),
        named('总计', spentAll + totalClose),
      ],
    },
    income: [
      incomeRow(null, '合计', fiscalIncome, other.income),
      ...classes.map((c, k) => incomeRow(c, FUNCTIONAL[c]!, fiscalByClass[k]!, businessByClass[k]!)),
    ],
    expenditure: tree(
      items.map((i) => ({ code: i.code, values: [i.total, i.basic, i.projectAll, 0, 0, 0] })),
      6,
      [3, 4, 5],
    ),
    fiscal: {
      income: [
        named('一、一般公共预算财政拨款', general.income),
        named('二、政府性基金预算财政拨款', gov.income),
        named('三、国有资本经营预算财政拨款', state.income),
      ],
      incomeTotals: [
        named('本年收入合计', fiscalIncome),
        named('年初财政拨款结转和结余', general.open + gov.open + state.open),
        named('一般公共预算财政拨款', general.open),
        named('政府性基金预算财政拨款', gov.open),
        named('国有资本经营预算财政拨款', state.open),
        named('总计', fiscalIncome + general.open + gov.open + state.open),
      ],
      expense: fiscalClasses.map((c, i) => {
        const g = classSum(c, (x) => x.general);
        const f = classSum(c, (x) => x.govFund);
        const s = classSum(c, (x) => x.stateCapital);
        return named(`${ordinal(i)}${FUNCTIONAL[c]!}`, g + f + s, g, f, s);
      }),
      expenseTotals: [
        named('本年支出合计', general.spent + gov.spent + state.spent, general.spent, gov.spent, state.spent),
        named(
          '年末财政拨款结转和结余',
          general.close + gov.close + state.close,
          general.close,
          gov.close,
          state.close,
        ),
        named(
          '总计',
          ...[0, 1, 2, 3].map((k) =>
            k === 0 ? sum(funds.map((f) => f.open + f.income)) : funds[k - 1]!.open + funds[k - 1]!.income,
          ),
        ),
      ],
    },
    general: tree(
      items
        .filter((i) => i.general > 0)
        .map((i) => ({ code: i.code, values: [i.general, i.basic, i.project] })),
      3,
    ),
    basic: {
      personnel: economic(['301', '303']),
      operating: [economic(['302']), economic(['307', '309', '310', '399'])],
      personnelTotal: yuan(personnel),
      operatingTotal: yuan(basicTotal - personnel),
    },
    threePublic: { budget: threeBudget(), final: three(spec.threeExtra) },
    govFund: fundLines('govFund'),
    stateCapital: fundLines('stateCapital'),
    emptyNote: '注：本单位本年度无此项收支，本表为空表。',
  };
}
