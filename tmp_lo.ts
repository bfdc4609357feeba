import ExcelJS from 'exceljs';
import { readWorkbook } from './src/adapters/xlsx/readWorkbook';
import { findBudgetTables, planBudgetWrites } from './src/engine/budget';
import { isFormulaValue } from './src/engine/plan/types';
import { DEFAULT_SETTINGS } from './src/engine/settings';
import { writeFileSync } from 'node:fs';
(async () => {
  const expected: string[] = [];
  for (const [f, out] of [['samples/seed-budget-2020.xlsx', '/tmp/lo/seed.xlsx'], ['test/fixtures/budget-split-codes.xlsx', '/tmp/lo/split.xlsx']]) {
    const sheets = await readWorkbook(f);
    const tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
    const edits = planBudgetWrites(tables, sheets, DEFAULT_SETTINGS, () => '完成年初预算(%)');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    for (const e of edits) {
      const ws = wb.getWorksheet(e.sheet)!;
      for (const op of e.ops) {
        const cell = ws.getCell(op.row + 1, op.col + 1);
        if (isFormulaValue(op.value)) {
          cell.value = { formula: op.value.formula } as ExcelJS.CellFormulaValue;
          expected.push(`${out}|${e.sheet}|${op.row + 1}|${op.col + 1}|${op.value.result}`);
        } else cell.value = op.value as string;
      }
    }
    await wb.xlsx.writeFile(out);
  }
  writeFileSync('/tmp/lo/expected.txt', expected.join('\n'));
})();
