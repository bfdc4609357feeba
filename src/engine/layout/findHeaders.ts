import { MergeIndex } from '../grid/merges';
import type { CellValue, SheetInput } from '../grid/types';
import { cellRoleMatcher } from './matchHeader';

/** A header found on a sheet: which column holds which role. Rows/cols 0-based. */
export interface HeaderMatch<R extends string> {
  readonly headerTop: number;
  /** Last header row; data starts below it. */
  readonly headerBottom: number;
  readonly columns: ReadonlyMap<R, number>;
  readonly firstCol: number;
  readonly lastCol: number;
}

export interface HeaderSpec<R extends string> {
  readonly aliases: Readonly<Record<R, readonly string[]>>;
  /** Whether the roles found on a row make it this kind of header. */
  readonly accepts: (roles: ReadonlySet<R>) => boolean;
  /** How many rows a header may span (multi-row headers). */
  readonly maxHeaderRows?: number;
  /**
   * Roles whose last caption on a row counts, not the first: `一级指标|分值|二级指标|分值|三级指标|分值`
   * gives each level its 分值, and the indicator's is the last.
   */
  readonly lastWins?: readonly R[];
  /** How a cell's role is read, when not by the aliases alone (`2023年决算数` names its year too). */
  readonly match?: (value: CellValue) => R | undefined;
}

/**
 * Finds every header of one kind on a sheet, anywhere, by aliases. A header may span several
 * rows (a merged group caption above the level names); the roles of all its rows are combined,
 * the lowest row winning for a column.
 *
 * @example findHeaders(sheet, { aliases: INDICATOR_HEADERS, accepts: r => r.has('weight') && r.has('level3') })
 */
export function findHeaders<R extends string>(
  sheet: SheetInput,
  spec: HeaderSpec<R>,
  merges: MergeIndex = new MergeIndex(sheet.merges),
): HeaderMatch<R>[] {
  const found: HeaderMatch<R>[] = [];
  const maxRows = spec.maxHeaderRows ?? 3;
  const lastWins: ReadonlySet<R> = new Set(spec.lastWins ?? []);
  const match = spec.match ?? cellRoleMatcher(spec.aliases);
  const rowRoles = (r: number): ReadonlyMap<R, number> => rolesOnRow(sheet, r, match, merges, lastWins);
  let r = 0;
  while (r < sheet.rows.length) {
    const roles = rowRoles(r);
    if (roles.size === 0) {
      r++;
      continue;
    }
    // Combine with the rows below while they add roles (multi-row headers).
    const combined = new Map(roles);
    let bottom = r;
    for (let k = 1; k < maxRows && r + k < sheet.rows.length; k++) {
      const below = rowRoles(r + k);
      const adds = [...below.keys()].some(
        (role) => !combined.has(role) || combined.get(role) !== below.get(role),
      );
      if (below.size === 0 || !adds || below.size < 2) break;
      for (const [role, col] of below) {
        // A lower row is more specific: it takes the column over from a caption above it.
        for (const [other, otherCol] of combined)
          if (otherCol === col && other !== role) combined.delete(other);
        combined.set(role, col);
      }
      bottom = r + k;
    }
    if (spec.accepts(new Set(combined.keys()))) {
      const cols = [...combined.values()];
      // A caption merged to the right (偏差原因 over H:I) makes the table that wide.
      const rights = cols.map((c) => merges.at(r, c)?.right ?? merges.at(bottom, c)?.right ?? c);
      found.push({
        headerTop: r,
        headerBottom: bottom,
        columns: dedupeColumns(combined),
        firstCol: Math.min(...cols),
        lastCol: Math.max(...cols, ...rights),
      });
      r = bottom + 1;
    } else {
      r++;
    }
  }
  return found;
}

function rolesOnRow<R extends string>(
  sheet: SheetInput,
  r: number,
  match: (value: CellValue) => R | undefined,
  merges: MergeIndex,
  lastWins: ReadonlySet<R>,
): ReadonlyMap<R, number> {
  // Most rows of a sheet name no role: the map is made for the first role found.
  let roles: Map<R, number> | undefined;
  const row = sheet.rows[r] ?? [];
  const merged = merges.onRow(r);
  for (let c = 0; c < row.length; c++) {
    const merge = merged?.get(c);
    // A caption merged across several columns names the leftmost one only.
    if (merge && merge.left !== c) continue;
    const value = merge ? merges.valueAt(sheet, r, c) : (row[c] ?? null);
    const role = match(value);
    if (role === undefined) continue;
    roles ??= new Map();
    if (!roles.has(role) || lastWins.has(role)) roles.set(role, c);
  }
  return roles ?? (NO_ROLES as ReadonlyMap<R, number>);
}

const NO_ROLES: ReadonlyMap<string, number> = new Map();

/** Two roles never share a column: the later-listed one is dropped. */
function dedupeColumns<R extends string>(m: Map<R, number>): Map<R, number> {
  const seen = new Set<number>();
  const out = new Map<R, number>();
  for (const [role, col] of m) {
    if (seen.has(col)) continue;
    seen.add(col);
    out.set(role, col);
  }
  return out;
}

/**
 * A header row right under another (`年度指标值 | 实际完成值` over `全年目标 | 全年实际`, each cell typed
 * again rather than merged; hunt113): one header of two rows, the upper row's roles kept and the lower's
 * added where the upper has none. Read as two, the first had no rows and the second no actual column.
 */
export function stackedHeaders<R extends string>(headers: readonly HeaderMatch<R>[]): HeaderMatch<R>[] {
  const out: HeaderMatch<R>[] = [];
  for (const h of headers) {
    const above = out[out.length - 1];
    if (!above || h.headerTop !== above.headerBottom + 1) {
      out.push(h);
      continue;
    }
    const used = new Set(above.columns.values());
    const columns = new Map(above.columns);
    for (const [role, c] of h.columns) if (!columns.has(role) && !used.has(c)) columns.set(role, c);
    out[out.length - 1] = {
      ...above,
      headerBottom: h.headerBottom,
      columns,
      firstCol: Math.min(above.firstCol, h.firstCol),
      lastCol: Math.max(above.lastCol, h.lastCol),
    };
  }
  return out;
}
