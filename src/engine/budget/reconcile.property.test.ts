import fc from 'fast-check';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetTables } from './check';
import { findBudgetTables } from './detect';
import type { BudgetUnit } from './types';

const RECONCILE = new Set(['budget.reconcileMismatch', 'budget.reconcileRounding']);
const RUNS = { seed: 20201231, numRuns: 150 };

interface Row {
  code: string;
  name: string;
  cents: number[];
}

/** A 类/款/项 tree whose parents are exact sums (in cents) of their leaves. */
const treeArb = fc
  .array(
    fc.array(fc.array(fc.tuple(fc.nat(5_000_000), fc.nat(5_000_000)), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((classes) => {
    const rows: Row[] = [];
    classes.forEach((sections, ci) => {
      const cls = String(201 + ci * 10);
      const clsRow: Row = { code: cls, name: `类${ci}`, cents: [0, 0] };
      rows.push(clsRow);
      sections.forEach((items, si) => {
        const sec = `${cls}${String(si + 1).padStart(2, '0')}`;
        const secRow: Row = { code: sec, name: `款${ci}${si}`, cents: [0, 0] };
        rows.push(secRow);
        // A 款 without 项 is itself a leaf with its own amounts.
        const leaves = items.length > 0 ? items : [[si * 1000 + 7, si * 900 + 3] as [number, number]];
        items.forEach(([b, f], ii) =>
          rows.push({
            code: `${sec}${String(ii + 1).padStart(2, '0')}`,
            name: `项${ci}${si}${ii}`,
            cents: [b, f],
          }),
        );
        for (const [b, f] of leaves) {
          for (const r of [secRow, clsRow]) [r.cents[0], r.cents[1]] = [r.cents[0]! + b, r.cents[1]! + f];
        }
      });
    });
    return rows;
  });

const tableArb = fc.record({
  rows: treeArb,
  unit: fc.constantFrom<BudgetUnit>('元', '万元'),
  totalAt: fc.constantFrom<'top' | 'bottom' | 'none'>('top', 'bottom', 'none'),
});

function toSheet(t: { rows: Row[]; unit: BudgetUnit; totalAt: 'top' | 'bottom' | 'none' }): {
  sheet: SheetInput;
} {
  let budgetCents = 0;
  let finalCents = 0;
  for (const r of t.rows) {
    if (t.rows.some((o) => o.code !== r.code && o.code.startsWith(r.code))) continue;
    budgetCents += r.cents[0]!;
    finalCents += r.cents[1]!;
  }
  const line = (r: Row): CellValue[] => [r.code, r.name, r.cents[0]! / 100, r.cents[1]! / 100];
  const total: CellValue[] = [null, '合计', budgetCents / 100, finalCents / 100];
  const body = t.rows.map(line);
  const data = t.totalAt === 'top' ? [total, ...body] : t.totalAt === 'bottom' ? [...body, total] : body;
  const rows: CellValue[][] = [
    [`单位：${t.unit}`],
    ['科目编码', '科目名称', '年初预算数', '支出决算数'],
    ...data,
  ];
  return { sheet: { name: 'gen', rows } };
}

const reconcileFindings = (sheet: SheetInput) => {
  const tables = findBudgetTables([sheet], DEFAULT_SETTINGS);
  return checkBudgetTables(tables, [sheet], DEFAULT_SETTINGS).filter((f) => RECONCILE.has(f.code));
};

describe('reconciliation properties (fast-check, fixed seed)', () => {
  it('never reports a consistent generated table', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        expect(reconcileFindings(toSheet(t).sheet)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('reports a single planted parent/total error at its cell, as an error', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.nat(),
        fc.constantFrom(2, 3),
        fc.integer({ min: 2, max: 100_000 }),
        fc.boolean(),
        (t, pick, col, delta, up) => {
          const { sheet } = toSheet(t);
          const rows = sheet.rows.map((r) => [...r]);
          const codes = t.rows.map((r) => r.code);
          // Parents (rows with a descendant) and the total row are the cells identities land on.
          const targets = rows
            .map((r, i) => ({ r, i }))
            .filter(
              ({ r, i }) =>
                i >= 2 &&
                (r[1] === '合计' ||
                  codes.some((c) => c !== r[0] && typeof r[0] === 'string' && c.startsWith(r[0]))),
            );
          fc.pre(targets.length > 0);
          const target = targets[pick % targets.length]!;
          // More than the tolerance (0.01 万元, i.e. 100 元) in either unit.
          const scale = t.unit === '元' ? 100 : 0.01;
          const planted = (target.r[col] as number) + (up ? 1 : -1) * delta * scale;
          rows[target.i]![col] = Math.round(planted * 100) / 100;
          const found = reconcileFindings({ ...sheet, rows });
          expect(found.map((f) => [f.code, f.cell])).toEqual([
            ['budget.reconcileMismatch', `${'ABCD'[col]}${target.i + 1}`],
          ]);
          expect(found[0]!.severity).toBe('error');
        },
      ),
      RUNS,
    );
  });

  it('reports no error on a table kept in 元 and shown in 万元, each figure rounded on its own', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        // every line, 合计 too, rounded from its exact 元 figure to two decimals of 万元
        const wan = (cents: number): number => Math.round(cents / 10_000) / 100;
        const { sheet } = toSheet({ ...t, unit: '万元' });
        const rows = sheet.rows.map((r) => r.map((v) => (typeof v === 'number' ? wan(v * 100) : v)));
        const errors = reconcileFindings({ ...sheet, rows }).filter((f) => f.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { ...RUNS, numRuns: 400 },
    );
  });
});
