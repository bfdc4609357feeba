/**
 * A table read as panels of its own (收入 | 支出 of a 收入支出决算总表, 人员经费 | 公用经费 of a 基本支出
 * 决算表) is one table to its reader: the panels share its sheet and header row. Counted and listed
 * once (hunt60: "共 10 张" for the nine tables of a set, "4 张" for two 总表).
 */

/** Where a table's header starts: its sheet and 0-based first header row. */
export interface TablePlace {
  readonly sheet: string;
  readonly headerTop: number;
}

/**
 * The tables as their reader counts them: panels sharing a sheet and header row together, in order.
 * @example tableGroups([{ sheet: '01', headerTop: 3 }, { sheet: '01', headerTop: 3 }]).length === 1
 */
export function tableGroups<T extends TablePlace>(tables: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const t of tables) {
    const key = `${t.sheet}\u0000${t.headerTop}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}
