/**
 * Builds the nine-table final-accounts sets (部门决算公开表) with exceljs:
 *   samples/seed-budget-set-2020.xlsx  the seed report's department (scripts/budgetSet/seed.ts)
 *   samples/planted-budget-set.xlsx    a set of our own with every cross-table defect planted
 *                                      once, plus rounding drifts (scripts/budgetSet/planted.ts)
 * Run: npx tsx scripts/makeBudgetSets.ts [samplesDir]. Output is reproducible.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { saveWorkbook } from '../src/adapters/xlsx/saveWorkbook';
import { fromA1 } from '../src/engine/grid/address';
import { layoutSet, type Layout, type Placement } from './budgetSet/layout';
import { PLANTED, PLANTED_PLACEMENT } from './budgetSet/planted';
import { SEED_SET } from './budgetSet/seed';
import type { SetData } from './budgetSet/types';
import { frame, newWorkbook } from './makeSamples';

const AMOUNT_FORMAT = '#,##0.00';

/** The layout as an exceljs workbook: values, merges, amount formats, titles, frames. */
export function setWorkbook(layout: Layout): ExcelJS.Workbook {
  const wb = newWorkbook();
  const amounts = new Map<string, Set<string>>();
  for (const ref of layout.at.values()) {
    const [sheet, a1] = ref.split('!') as [string, string];
    amounts.set(sheet, (amounts.get(sheet) ?? new Set()).add(a1));
  }
  for (const s of layout.sheets) {
    const ws = wb.addWorksheet(s.name);
    const own = amounts.get(s.name) ?? new Set<string>();
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (typeof v === 'number' && own.has(cell.address)) cell.numFmt = AMOUNT_FORMAT;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of s.titles) {
      const cell = ws.getCell(r + 1, firstCol(s.rows[r] ?? []) + 1);
      cell.font = { bold: true, size: 14 };
      cell.alignment = { horizontal: 'center' };
    }
    frameTables(ws, own);
    const width = Math.max(...s.rows.map((row) => row.length), 1);
    ws.columns = Array.from({ length: width }, (_, c) => ({ width: c % 3 === 1 || c === 0 ? 26 : 13 }));
  }
  return wb;
}

function firstCol(row: readonly unknown[]): number {
  return Math.max(
    0,
    row.findIndex((v) => v !== null),
  );
}

/** A thin frame around each block of amount cells (rows between the first and last amount). */
function frameTables(ws: ExcelJS.Worksheet, amounts: ReadonlySet<string>): void {
  const cells = [...amounts].map((a1) => fromA1(a1)!);
  if (cells.length === 0) return;
  const top = Math.min(...cells.map((c) => c.row));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  frame(ws, top + 1, 1, bottom + 1, right + 1);
}

export function seedSetLayout(): Layout {
  return layoutSet(SEED_SET);
}

export function plantedSetLayout(
  data: SetData = PLANTED.data,
  placement: Placement = PLANTED_PLACEMENT,
): Layout {
  return layoutSet(data, placement);
}

export async function buildBudgetSets(samplesDir: string): Promise<string[]> {
  mkdirSync(samplesDir, { recursive: true });
  const outputs: [string, Layout][] = [
    [join(samplesDir, 'seed-budget-set-2020.xlsx'), seedSetLayout()],
    [join(samplesDir, 'planted-budget-set.xlsx'), plantedSetLayout()],
  ];
  for (const [path, layout] of outputs) await saveWorkbook(setWorkbook(layout), path);
  return outputs.map(([path]) => path);
}

if (require.main === module) {
  const samplesDir = resolve(process.argv[2] ?? resolve(__dirname, '../samples'));
  buildBudgetSets(samplesDir).then(
    (paths) => paths.forEach((p) => console.log(`wrote ${p}`)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
