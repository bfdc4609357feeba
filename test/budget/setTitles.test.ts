/**
 * The nine tables stacked on one sheet, each under a title with a number tag as counties publish
 * them (表一 2021年度收入支出决算总表, 附表四 …, 表4 2021年度…, 表四：…): every table is found by its
 * title, and the set gives the same identities and findings as under untagged titles.
 */
import { checkBudgetSet, type BudgetSetResult } from '../../src/engine/budget';
import { titleKey } from '../../src/engine/budget/publicLexicon';
import type { WorkbookInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { layoutSet, type Placement } from '../../scripts/budgetSet/layout';
import { PLANTED } from '../../scripts/budgetSet/planted';
import { TITLES, type Key } from '../../scripts/budgetSet/sheet';

const SHEET = '2021年部门决算公开表';
const KEYS = Object.keys(TITLES) as Key[];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The planted set, one table under another on one sheet, three rows apart. */
function stacked(): WorkbookInput {
  const placement: Placement = {};
  let row = 0;
  for (const key of KEYS) {
    placement[key] = { sheet: SHEET, row, col: 0 };
    const alone = layoutSet(PLANTED.data, { [key]: { sheet: 'x', row: 0, col: 0 } });
    row += alone.sheets.find((s) => s.name === 'x')!.rows.length + 3;
  }
  return layoutSet(PLANTED.data, placement).sheets.map((s) => s.toInput());
}

/** The same sheets with the i-th title (in reading order) tagged by `tag(i)`. */
function tagged(sheets: WorkbookInput, tag: (i: number) => string): WorkbookInput {
  let i = 0;
  return sheets.map((s) => ({
    ...s,
    rows: s.rows.map((row) =>
      row.map((v) =>
        typeof v === 'string' && v.startsWith(`${PLANTED.data.year}年度`) && v.endsWith('表')
          ? `${tag(i++)}${v}`
          : v,
      ),
    ),
  }));
}

const summary = (r: BudgetSetResult) => ({
  tables: r.publicTables.map((t) => `${t.key} ${t.status}`),
  checks: r.crossChecks.map((c) => `${c.identity} ${c.cells.join(',')} ${c.status}`),
  findings: r.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`),
});

describe('number tags before the titles of a set on one sheet', () => {
  const plain = stacked();
  const untagged = summary(checkBudgetSet(plain, DEFAULT_SETTINGS));

  it('finds all nine untagged, and the planted errors among the cross-table checks', () => {
    expect(untagged.tables.every((t) => t.endsWith(' present'))).toBe(true);
    expect(untagged.findings.filter((f) => f.includes('crossMismatch')).length).toBeGreaterThan(5);
  });

  it.each([
    ['表一 ', (i: number) => `表${NUMERALS[i]!} `],
    ['附表一 ', (i: number) => `附表${NUMERALS[i]!} `],
    ['表1 ', (i: number) => `表${i + 1} `],
    ['表一：', (i: number) => `表${NUMERALS[i]!}：`],
    ['表一', (i: number) => `表${NUMERALS[i]!}`],
    ['附表一、', (i: number) => `附表${NUMERALS[i]!}、`],
  ])('%s: the same tables, identities and findings as without the tag', (_, tag) => {
    expect(summary(checkBudgetSet(tagged(plain, tag), DEFAULT_SETTINGS))).toEqual(untagged);
  });

  it.each([
    ['表4 2021年度财政拨款收入支出决算总表', '2021年度财政拨款收入支出决算总表'],
    ['表四：2021年度支出决算表', '2021年度支出决算表'],
    ['附表十二 收入决算表', '收入决算表'],
    ['表 8  2021年度政府性基金预算财政拨款收入支出决算表', '2021年度政府性基金预算财政拨款收入支出决算表'],
  ])('titleKey(%s) drops the tag', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});
