/**
 * Single defects planted into a consistent set (from `deriveSet`), each with the findings it must
 * give, as [code, layout key] pairs (see layout.ts for the keys). A "consistent shift" moves one
 * table as a whole (every subtotal follows), so only the cross-table identity breaks.
 */
import type { CodedRow, NamedRow, SetData } from './types';

export type Expected = readonly (readonly [string, string])[];
export interface Planted {
  readonly data: SetData;
  readonly expect: Expected;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
type Data = Mutable<SetData>;
type Row = Mutable<CodedRow>;

const round = (v: number): number => Math.round(v * 100) / 100;

function edit(d: SetData, fn: (m: Data) => void): SetData {
  const copy = structuredClone(d) as Data;
  fn(copy);
  return copy;
}

function coded(rows: readonly CodedRow[], code: string | null): Row {
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`no line ${code ?? '合计'}`);
  return row as Row;
}

function add(row: Row | Mutable<NamedRow>, k: number, delta: number): void {
  row.values[k] = round((row.values[k] ?? 0) + delta);
}

/** An item line and every line above it (款, 类, 合计). */
function chain(rows: readonly CodedRow[], item: string): Row[] {
  return [item, item.slice(0, 5), item.slice(0, 3), null].map((c) => coded(rows, c));
}

const firstItem = (rows: readonly CodedRow[], cls: string): string =>
  rows.find((r) => r.code?.length === 7 && r.code.startsWith(cls))!.code!;

/** The summary's 支出 line of a class (with its ordinal). */
const classLine = (d: SetData, rows: readonly NamedRow[], cls: string): string => {
  const name = d.expenditure.find((r) => r.code === cls)!.name;
  return rows.find((r) => r.name.endsWith(name))!.name;
};

export const plants = {
  /** "三公" 决算 item k (1 出国, 3 购置, 4 运行维护, 5 接待) set below the economic line. */
  threePublic(d: SetData, k: 1 | 3 | 4 | 5, value: number): Planted {
    const data = edit(d, (m) => {
      const f = m.threePublic.final;
      f[k] = round(value);
      f[2] = round(f[3]! + f[4]!);
      f[0] = round(f[1]! + f[2] + f[5]!);
    });
    return { data, expect: [['budget.crossMismatch', `threePublic.final.${k}`]] };
  },
  /** 30299 holds the whole 302 total. */
  copiedSubtotal(d: SetData): Planted {
    const data = edit(d, (m) => {
      const block = m.basic.operating[0]!;
      coded(block, '30299').values[0] = coded(block, '302').values[0]!;
    });
    return { data, expect: [['budget.subtotalCopied', 'basic.30299']] };
  },
  /** 收入决算表 shifted as a whole: its 合计 differs from the summary's 本年收入合计. */
  incomeTable(d: SetData, delta: number): Planted {
    const data = edit(d, (m) => {
      const cls = m.income.find((r) => r.code !== null)!;
      for (const row of [cls, coded(m.income, null)]) [0, 3].forEach((k) => add(row, k, delta));
    });
    // the shift is in 事业收入 (column 3): the 总表's 事业收入 disagrees with that column's 合计 too
    const business = d.summary.income.find((r) => r.name.endsWith('事业收入'))!.name;
    return {
      data,
      expect: [
        ['budget.crossMismatch', 'summary.income.本年收入合计'],
        ['budget.crossMismatch', `summary.income.${business}`],
      ],
    };
  },
  /** 支出决算表 shifted (上缴上级支出 on one item): 本年支出合计 and the class line differ. */
  expenditureTable(d: SetData, cls: string, delta: number): Planted {
    const data = edit(d, (m) => {
      for (const row of chain(m.expenditure, firstItem(m.expenditure, cls)))
        [0, 3].forEach((k) => add(row, k, delta));
    });
    return {
      data,
      expect: [
        ['budget.crossMismatch', 'summary.expense.本年支出合计'],
        ['budget.crossMismatch', `summary.expense.${classLine(d, d.summary.expense, cls)}`],
      ],
    };
  },
  /** 一般公共预算财政拨款支出决算表 shifted down (项目支出 of one item). */
  generalTable(d: SetData, cls: string, delta: number): Planted {
    const data = edit(d, (m) => {
      for (const row of chain(m.general, firstItem(m.general, cls)))
        [0, 2].forEach((k) => add(row, k, -delta));
    });
    return {
      data,
      expect: [
        ['budget.crossMismatch', 'fiscal.expense.本年支出合计.1'],
        ['budget.crossMismatch', `fiscal.expense.${classLine(d, d.fiscal.expense, cls)}.1`],
      ],
    };
  },
  /** The basic table's 公用经费 up (one 302 款, 302 and 公用经费合计 follow). */
  basicTable(d: SetData, code: string, delta: number): Planted {
    const data = edit(d, (m) => {
      const block = m.basic.operating[0]!;
      add(coded(block, code), 0, delta);
      add(coded(block, '302'), 0, delta);
      m.basic.operatingTotal = round(m.basic.operatingTotal! + delta);
    });
    return { data, expect: [['budget.crossMismatch', 'general.合计.1']] };
  },
  /** One economic 款 typed wrong: its 类 does not add up (a drift within n × 0.005 is 尾差). */
  economicLeaf(d: SetData, code: string, delta: number, rounding = false): Planted {
    const data = edit(d, (m) => {
      const rows = [m.basic.personnel, ...m.basic.operating].find((b) => b.some((r) => r.code === code))!;
      add(coded(rows, code), 0, delta);
    });
    const code3 = code.slice(0, 3);
    return {
      data,
      expect: [[rounding ? 'budget.reconcileRounding' : 'budget.reconcileMismatch', `basic.${code3}`]],
    };
  },
  /**
   * An amount booked under the wrong economic 款 of the same class (30113 住房公积金 → 30199): every
   * sum still holds; only the 功能分类 ↔ 经济分类 pair of `from` shows it.
   */
  movedEconomic(d: SetData, from: string, to: string, amount: number): Planted {
    const data = edit(d, (m) => {
      const rows = [m.basic.personnel, ...m.basic.operating].find((b) => b.some((r) => r.code === from))!;
      add(coded(rows, from), 0, -amount);
      add(coded(rows, to), 0, amount);
    });
    return { data, expect: [['budget.classPairDiffers', `basic.${from}`]] };
  },
  /** 人员经费合计 typed wrong: its own identity, and 基本支出 = 人员 + 公用, both at that cell. */
  personnelTotal(d: SetData, delta: number): Planted {
    const data = edit(d, (m) => {
      m.basic.personnelTotal = round(m.basic.personnelTotal! + delta);
    });
    return {
      data,
      expect: [
        ['budget.reconcileMismatch', 'basic.personnelTotal'],
        ['budget.crossMismatch', 'basic.personnelTotal'],
      ],
    };
  },
  /** A fund table shifted down (one item's 项目支出, its 年末 up): 本年支出, 年末 and the class differ. */
  fundTable(d: SetData, key: 'govFund' | 'stateCapital', delta: number): Planted {
    const rows = d[key];
    const item = rows.find((r) => r.code?.length === 7)!.code!;
    const data = edit(d, (m) => {
      for (const row of chain(m[key], item)) {
        add(row, 2, -delta);
        add(row, 4, -delta);
        add(row, 5, delta);
      }
    });
    return {
      data,
      expect: [
        ['budget.crossMismatch', `${key}.合计.2`],
        ['budget.crossMismatch', `${key}.合计.5`],
        ['budget.crossMismatch', `${key}.${item.slice(0, 3)}.2`],
      ],
    };
  },
  /** The summary's 年末结转和结余 0.01 high: 支出总计 drifts (尾差), as in the seed report. */
  summaryDrift(d: SetData): Planted {
    const data = edit(d, (m) =>
      add(
        m.summary.expenseTotals.find((r) => r.name === '年末结转和结余')!,
        0,
        0.01,
      ),
    );
    return { data, expect: [['budget.reconcileRounding', 'summary.expense.总计']] };
  },
};

/** Applies plants one after another; their expectations add up. */
export function plantAll(d: SetData, steps: readonly ((d: SetData) => Planted)[]): Planted {
  let data = d;
  const expect: (readonly [string, string])[] = [];
  for (const step of steps) {
    const p = step(data);
    data = p.data;
    expect.push(...p.expect);
  }
  return { data, expect };
}
