/**
 * hunt96 P07: 事业单位医疗 typed 2101101 in the 支出决算表, the code of 行政单位医疗 the line above. The
 * warning stood at the line whose code was right, and the 03/05 check by code laid an error at the
 * slip's amount. The other tables name 2101101, so the warning is at the slip, with the code meant.
 */
import { checkBudgetSet } from '../../src/engine/budget';
import { toA1 } from '../../src/engine/grid/address';
import type { SheetInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { createMessages, loadLocale } from '../../src/i18n';

import { layoutSet } from '../../scripts/budgetSet/layout';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import type { CodedRow, SetData } from '../../scripts/budgetSet/types';

function withCode(table: 'expenditure', name: string, code: string): SheetInput[] {
  const d = structuredClone(CONSISTENT) as { -readonly [K in keyof SetData]: SetData[K] };
  d[table] = d[table].map((r): CodedRow => (r.name === name ? { ...r, code } : r));
  return layoutSet(d).sheets.map((s) => s.toInput());
}

/** The cell of the 科目编码 of the line named `name` on the sheet named `part`. */
function codeCell(sheets: readonly SheetInput[], part: string, name: string): string {
  const sheet = sheets.find((s) => s.name === part)!;
  const row = sheet.rows.findIndex((r) => r.includes(name));
  const col = sheet.rows[row]!.findIndex((v) => typeof v === 'string' && /^\d{7}$/.test(v));
  return `${sheet.name}!${toA1(row, col)}`;
}

test('a code listed twice is laid at the line the other tables do not name so, with the code they give it', async () => {
  await loadLocale('zh-CN');
  const sheets = withCode('expenditure', '水体', '2110301');
  const found = checkBudgetSet(sheets, DEFAULT_SETTINGS).findings.filter((f) => f.severity !== 'info');
  expect(found.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
    `budget.codeDuplicate ${codeCell(sheets, '支出决算表', '水体')}`,
  ]);
  expect(found[0]!.params).toMatchObject({
    code: '2110301',
    name: '水体',
    otherName: '大气',
    meant: '2110302',
  });
  expect(createMessages('zh-CN').finding(found[0]!)).toContain('其他表中“水体”的编码为 2110302');
});

test('without the other tables, the warning stays as it was: either code may be wrong', () => {
  const sheets = withCode('expenditure', '水体', '2110301').filter((s) => s.name === '支出决算表');
  const found = checkBudgetSet(sheets, DEFAULT_SETTINGS).findings.filter(
    (f) => f.code === 'budget.codeDuplicate',
  );
  expect(found.map((f) => [f.cell, f.params.where])).toEqual([
    [codeCell(sheets, '支出决算表', '大气').split('!')[1], undefined],
  ]);
});
