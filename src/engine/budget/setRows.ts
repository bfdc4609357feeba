/**
 * The 决算勾稽 section of 评价结果 as plain rows, words through i18n: the nine tables with their
 * status, a summary line with the count of identities checked, and one row per identity (相符 /
 * 尾差 / 不符, what it says, the cells involved, the difference). Hosts render the rows as cells.
 */
import type { Messages } from '../messages';
import type { BudgetSetResult } from './checkSet';
import { cellName, type CheckRecord, type CheckStatus } from './rounding';

export interface CrossCheckRow {
  /** 相符 / 尾差 / 不符. */
  readonly status: string;
  /** What the identity says (`budgetSet.identity.*`). */
  readonly identity: string;
  /** `sheet!A1`, the target first, joined by `、` (zh-CN) or `, ` (past 12: the first 11, then 等 N 个单元格). */
  readonly cells: string;
  readonly difference: number;
}

/**
 * One row per identity checked, mismatches first, then 尾差, then the ones that agree.
 * @example crossCheckRows(result, createMessages('zh-CN'))[0] → { status: '不符', identity: '收入支出决算总表“本年收入合计”应等于…', cells: '总表!C12、收入!C7', difference: 5 }
 */
export function crossCheckRows(result: BudgetSetResult, messages: Messages): CrossCheckRow[] {
  const rank = { mismatch: 0, rounding: 1, ok: 2 } as const;
  const sep = messages.lang === 'en' ? ', ' : '、';
  // three statuses and a few identities for tens of thousands of rows: each put in words once
  const status = inWords('budgetSet.status', messages);
  const identity = inWords('budgetSet.identity', messages);
  // Each check's fields read once, before the sort reads the statuses over and over: a check's
  // `cells` getter keeps it in dictionary mode, where reading a property is slow. crossChecks[i]
  // is records[i] as the report lists it; the cells are named from the record.
  return result.crossChecks
    .map((c, i) => ({ status: c.status, identity: c.identity, difference: c.difference, i }))
    .sort((a, b) => rank[a.status] - rank[b.status] || a.i - b.i)
    .map((c) => ({
      status: status(c.status),
      identity: identity(c.identity),
      cells: cellsText(result.records[c.i]!, sep, messages),
      difference: c.difference,
    }));
}

/** `messages.label(`${prefix}.${value}`)`, each value's label made once. */
function inWords(prefix: string, messages: Messages): (value: string) => string {
  const labels = new Map<string, string>();
  return (value) => {
    let text = labels.get(value);
    if (text === undefined) {
      text = messages.label(`${prefix}.${value}`);
      labels.set(value, text);
    }
    return text;
  };
}

/** At most MAX_CELLS references, then 等 N 个单元格: a cell holds 32,767 characters at most. */
const MAX_CELLS = 12;

/**
 * The record's cells (`checkCells`: the target, then the parts), named. Only the cells shown are
 * taken from the record: a total's parts are every line of its table.
 */
function cellsText(record: CheckRecord, sep: string, messages: Messages): string {
  const count = 1 + record.parts.length;
  const shown = count <= MAX_CELLS ? count : MAX_CELLS - 1;
  const names = [record.target, ...record.parts.slice(0, shown - 1)].map((c) => cellName(c)).join(sep);
  if (shown === count) return names;
  return `${names}${sep}${messages.label('budgetSet.moreCells', { count })}`;
}

/** The section's caption: 决算勾稽（共检查 N 项：相符 a 项，尾差 b 项，不符 c 项）. */
export function crossCheckSummary(result: BudgetSetResult, messages: Messages): string {
  // one pass, each status read once (a check's properties are slow to read: see crossCheckRows)
  const counts: Record<CheckStatus, number> = { ok: 0, rounding: 0, mismatch: 0 };
  for (const c of result.crossChecks) counts[c.status]++;
  return messages.label('budgetSet.section', {
    count: result.crossChecks.length,
    ok: counts.ok,
    rounding: counts.rounding,
    mismatch: counts.mismatch,
  });
}

/** The nine tables: title, sheet (or ''), 已填列 / 空表 / 缺失. */
export function publicTableRows(
  result: BudgetSetResult,
  messages: Messages,
): { name: string; sheet: string; status: string }[] {
  return result.publicTables.map((t) => ({
    name: messages.label(`budgetSet.table.${t.key}`),
    sheet: t.sheet ?? '',
    status: messages.label(`budgetSet.tableStatus.${t.status}`),
  }));
}
