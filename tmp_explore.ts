import { readWorkbook } from './src/adapters/xlsx/readWorkbook';
import { findBudgetTables, checkBudgetTables, planBudgetWrites, budgetNarrative } from './src/engine/budget';
import { DEFAULT_SETTINGS } from './src/engine/settings';
import * as zh from './src/i18n/budget.zh-CN';
import { fill } from './src/i18n/format';
(async () => {
  for (const f of ['samples/seed-budget-2020.xlsx', 'test/fixtures/budget-split-codes.xlsx']) {
    const sheets = await readWorkbook(f);
    const tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
    for (const t of tables) {
      console.log(`== ${t.sheet} ${t.kind} ${t.panel ?? ''} top=${t.headerTop} bottom=${t.headerBottom} unit=${t.unit}@${t.unitCell} cols=${JSON.stringify(t.columns)} last=${t.lastCol} rate=${t.rateCol} basis=${t.basis}`);
      for (const l of t.lines) console.log(`  r${l.row} ${l.code ?? '-'} ${l.name} ${l.level} b=${l.budget} a=${l.adjustedBudget} f=${l.final} rate=${l.executionRate} share=${l.share} prev=${l.previous} ch=${JSON.stringify(l.change)} bs=${l.basicShare ?? ''} ps=${l.projectShare ?? ''}`);
    }
    for (const x of checkBudgetTables(tables, sheets, DEFAULT_SETTINGS)) console.log(x.severity, x.code, x.sheet, x.cell, fill(zh.findings[x.code]!, x.params));
    for (const e of planBudgetWrites(tables, sheets, DEFAULT_SETTINGS, (k) => fill(zh.labels[k] ?? k))) for (const op of e.ops) console.log('op', e.sheet, op.row, op.col, JSON.stringify(op.value));
    for (const e of budgetNarrative(tables)) console.log(fill(zh.explanations[e.key]!, e.params));
  }
})();
