/** A set of the nine public final-accounts tables as data: every line as it is printed, in 万元. */
export type Amount = number | null;

/** A line of a table coded by subject; `code` null for the 合计 line. */
export interface CodedRow {
  readonly code: string | null;
  readonly name: string;
  readonly values: readonly Amount[];
}

/** A line of a summary panel (一、一般公共预算财政拨款收入 …). */
export interface NamedRow {
  readonly name: string;
  readonly values: readonly Amount[];
}

/** A summary table: items, then the totals block ending in 总计, per side. */
export interface SummaryData {
  readonly income: readonly NamedRow[];
  readonly incomeTotals: readonly NamedRow[];
  readonly expense: readonly NamedRow[];
  readonly expenseTotals: readonly NamedRow[];
}

export interface SetData {
  readonly year: number;
  readonly department: string;
  /** 01: values [金额]. */
  readonly summary: SummaryData;
  /** 02: [本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入]. */
  readonly income: readonly CodedRow[];
  /** 03: [本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出]. */
  readonly expenditure: readonly CodedRow[];
  /** 04: 收入 [金额]; 支出 [合计, 一般公共预算, 政府性基金, 国有资本经营]. */
  readonly fiscal: SummaryData;
  /** 05: [小计, 基本支出, 项目支出]. */
  readonly general: readonly CodedRow[];
  /** 06: 人员经费 block, 公用经费 blocks (values [决算数]), and the two 合计. */
  readonly basic: {
    readonly personnel: readonly CodedRow[];
    readonly operating: readonly (readonly CodedRow[])[];
    readonly personnelTotal: Amount;
    readonly operatingTotal: Amount;
  };
  /** 07: [合计, 因公出国（境）费, 公务用车小计, 购置费, 运行维护费, 公务接待费] per block. */
  readonly threePublic: { readonly budget: readonly Amount[]; readonly final: readonly Amount[] };
  /** 08 / 09: [年初结转和结余, 本年收入, 本年支出小计, 基本支出, 项目支出, 年末结转和结余]. */
  readonly govFund: readonly CodedRow[];
  readonly stateCapital: readonly CodedRow[];
  /** The note under an empty table (本表为空表). */
  readonly emptyNote: string;
}
