/**
 * Blank amounts in the report's sentences. Departments publish a zero as a blank cell (the usual
 * 部门决算公开 style), and the identity 本年支出合计 = 基本支出 + 项目支出 reads it as 0. A reviewer
 * checks each sentence against that identity, so the sentence states both parts, the blank one as
 * 0 and 0 %: 其中：基本支出 183.45 万元，占 100%；项目支出 0 万元，占 0%. Leaving the clause out would
 * hide the split for exactly the lines that are all basic or all project spending. It never reads
 * 项目支出  万元，占 % (51 such sentences in one county's report).
 */
import { budgetNarrative, findBudgetTables } from '../../src/engine/budget';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { createMessages, loadLocale } from '../../src/i18n';

const sheet: SheetInput = {
  name: '支出决算表',
  rows: [
    ['单位：万元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['合计', null, 4453.26, 1220.86, 3232.4],
    ['208', '社会保障和就业支出', 183.45, 183.45, null],
    ['212', '城乡社区支出', 600, null, 600],
    ['213', '农林水支出', 3596.11, 965.21, 2630.9],
    ['221', '住房保障支出', 73.7, 72.2, 1.5],
    ['229', '其他支出', null, null, null],
  ] as CellValue[][],
};

describe('sentences over blank amounts', () => {
  const lines = budgetNarrative(findBudgetTables([sheet], DEFAULT_SETTINGS)).filter(
    (e) => e.key === 'budget.line',
  );
  const byName = (name: string) => lines.find((e) => e.params.name === name)!;

  it('reads a blank 基本支出 or 项目支出 beside a typed one as 0 and 0 %', () => {
    expect(byName('社会保障和就业支出').params).toMatchObject({
      basic: 183.45,
      basicShare: 1,
      project: 0,
      projectShare: 0,
    });
    expect(byName('城乡社区支出').params).toMatchObject({
      basic: 0,
      basicShare: 0,
      project: 600,
      projectShare: 1,
    });
  });

  it('says so in both languages, and never leaves a blank where a figure belongs', async () => {
    await loadLocale('en');
    const zh = createMessages('zh-CN');
    const en = createMessages('en');
    expect(zh.explanation(byName('社会保障和就业支出'))).toContain(
      '其中：基本支出 183.45 万元，占 100%；项目支出 0 万元，占 0%',
    );
    expect(en.explanation(byName('城乡社区支出'))).toContain('basic expenditure 0 ');
    for (const e of lines) {
      expect(zh.explanation(e)).not.toMatch(/ {2}万元|占 %|（%）| %/);
      expect(en.explanation(e)).not.toMatch(/\(%\)| {2}/);
    }
  });

  it('gives no split for a line with no amount', () => {
    expect(
      lines.some((e) => e.params.name === '其他支出' && String(e.params.clauses).includes('basicProject')),
    ).toBe(false);
  });
});
