/**
 * A sentence of the 决算分析 states no rate, share or change worked out from an amount the checks
 * flagged (an error at it, or a unit warning): 841000 万元 typed in 元 gave "为年初预算的
 * 989411.76%" (hunt60 w4). The clause is left out, and a closing clause says what waits for which
 * cell (完成率待核实 项目支出决算表!F13 后再计算). The amounts themselves are stated as typed.
 */
import { amountCell } from './detect';
import { lineSheet, type AmountField, type BudgetLine, type BudgetTable } from './types';

/** What a line's computed clauses rest on that is flagged, as `sheet!A1`, by what they compute. */
export interface HeldCells {
  /** 完成率: the budget basis and the final amount. */
  readonly rate: readonly string[];
  /** 占比: the final amount and the total's. */
  readonly share: readonly string[];
  /** 基本支出 / 项目支出 shares: the final amount and the two parts. */
  readonly split: readonly string[];
  /** 与上年相比: the final amount and last year's. */
  readonly change: readonly string[];
}

/** The flagged cells among a line's amounts and its total's (null when none is flagged). */
export function heldCells(
  table: BudgetTable,
  line: BudgetLine,
  total: BudgetLine | null,
  flagged: ReadonlySet<string>,
): HeldCells | null {
  const at = (l: BudgetLine, field: AmountField): string[] => {
    const cell = amountCell(table, l, field);
    const name = cell ? `${lineSheet(table, l)}!${cell.a1}` : null;
    return name !== null && flagged.has(name) ? [name] : [];
  };
  const final = at(line, 'final');
  const basis = table.basis ?? null;
  const held: HeldCells = {
    rate: [...(basis === null ? [] : at(line, basis)), ...final],
    share: [...final, ...(total && total !== line ? at(total, 'final') : [])],
    split: [...final, ...at(line, 'basic'), ...at(line, 'project')],
    change: [...final, ...at(line, 'previous')],
  };
  return Object.values(held).some((c: readonly string[]) => c.length > 0) ? held : null;
}

/** The clause keys without those that rest on a flagged cell; what was left out, and the cells. */
export function holdBack(
  clauses: readonly string[],
  held: HeldCells,
): { clauses: string[]; held: string[]; cells: string[] } {
  const out: string[] = [];
  const what: string[] = [];
  const cells = new Set<string>();
  const hold = (kind: keyof HeldCells): void => {
    if (!what.includes(kind)) what.push(kind);
    for (const c of held[kind]) cells.add(c);
  };
  for (const key of clauses) {
    const kind = kindOf(key);
    if (kind === null || held[kind].length === 0) out.push(key);
    else {
      hold(kind);
      // the amounts of an execution clause are typed, not computed: they stay, without the rate
      if (kind === 'rate') out.push('execution.amounts');
    }
  }
  if (what.length > 0) out.push('held');
  return { clauses: out, held: what, cells: [...cells] };
}

/** Which computed figure a clause states (null: amounts only). */
function kindOf(key: string): keyof HeldCells | null {
  if (key === 'execution.within' || key === 'execution.over') return 'rate';
  if (key === 'share') return 'share';
  if (key === 'basicProject') return 'split';
  if (key.startsWith('change.')) return 'change';
  return null;
}
