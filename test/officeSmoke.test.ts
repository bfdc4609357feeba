import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { analyzeWorkbook, applyToSheets } from '../src/engine';
import { createMessages } from '../src/i18n';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { FIXED_NOW, cellMap, diffCells, install, uninstall } from './fakeExcel/harness';

afterEach(uninstall);
const files = [...['seed-department-2020.xlsx', 'project-template-2021.xlsx', 'seed-budget-2020.xlsx'].map((f) => join(__dirname, '../samples', f)), ...readdirSync(join(__dirname, 'fixtures')).filter((f) => f.endsWith('.xlsx')).map((f) => join(__dirname, 'fixtures', f))];
it.each(files)('smoke %s', async (file) => {
  const sheets = await readWorkbook(file);
  const { wb, host } = install(sheets);
  const out = await host.compute();
  console.log(file, out.ok, wb.stats.syncs, [...wb.uncalculated]);
  const expected = applyToSheets(sheets, analyzeWorkbook(sheets, { messages: createMessages('zh-CN'), now: FIXED_NOW }).plan);
  const d = diffCells(cellMap(expected, { formulaValues: true }), cellMap(wb.toSheets(), { formulaValues: true }));
  console.log(d.slice(0, 10), d.length);
  const u = await host.undo();
  console.log(JSON.stringify(u).slice(0, 200));
  const d2 = diffCells(cellMap(sheets, { formulaValues: true }), cellMap(wb.toSheets(), { formulaValues: true }));
  console.log('undo', d2.slice(0, 10), d2.length, wb.sheets.map(s => s.name));
});
