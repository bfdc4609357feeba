import { analyzeWorkbook } from '../analyzeWorkbook';
import type { SheetInput } from '../grid/types';
import { createMessages, loadLocale } from '../../i18n';
import { applyToSheets } from './applyToSheets';
import { RESULTS_SHEET, RESULTS_TITLES, RUN_AT_PREFIXES, STATE_SHEET } from './names';

const messages = createMessages('zh-CN');
/** A user's own sheet called 评价结果 that holds the indicator table. */
const THEIRS: SheetInput = {
  name: RESULTS_SHEET,
  rows: [
    ['2020年度评价结果'],
    ['一级指标', '二级指标', '三级指标', '实际完成值', '评分标准', '分值', '得分'],
    ['产出', '数量', '甲', '达标', '达标记满分', 60, null],
    ['效益', '满意度', '乙', '达标', '达标记满分', 40, null],
  ],
};

describe('a sheet of the user called 评价结果', () => {
  it('is read like any sheet and never replaced: the results go to 评价结果(2), run after run', () => {
    const first = analyzeWorkbook([THEIRS], { messages, now: 't1' });
    expect(first.indicatorTables.map((t) => [t.table.sheet, t.totalScore])).toEqual([[RESULTS_SHEET, 100]]);
    expect(first.plan.ownedSheets.map((s) => s.name)).toEqual(['评价结果(2)', STATE_SHEET]);
    expect(first.plan.removeSheets).toEqual([]);
    // the scores go into the user's sheet, as into any indicator table
    expect(first.plan.edits.map((e) => e.sheet)).toEqual([RESULTS_SHEET]);

    const after = applyToSheets([THEIRS], first.plan);
    expect(after.map((s) => s.name)).toEqual([RESULTS_SHEET, '评价结果(2)', STATE_SHEET]);
    expect(after[0]!.rows[0]).toEqual(['2020年度评价结果']);
    const second = analyzeWorkbook(after, { messages, now: 't2' });
    expect(second.indicatorTables).toHaveLength(1);
    expect(second.plan.ownedSheets.map((s) => s.name)).toEqual(['评价结果(2)', STATE_SHEET]);
    expect(second.plan.removeSheets).toEqual([]);
  });

  it('is told from a 评价结果 an earlier run wrote, even when the ledger is gone', () => {
    const scored = applyToSheets(
      [{ ...THEIRS, name: '自评表' }],
      analyzeWorkbook([{ ...THEIRS, name: '自评表' }], { messages, now: 't1' }).plan,
    );
    const withoutLedger = scored.filter((s) => s.name !== STATE_SHEET);
    const again = analyzeWorkbook(withoutLedger, { messages, now: 't2' });
    expect(again.plan.ownedSheets.map((s) => s.name)).toEqual([RESULTS_SHEET, STATE_SHEET]);
    expect(again.indicatorTables.map((t) => t.table.sheet)).toEqual(['自评表']);
  });
});

test('the signature of a results sheet follows its words in both languages', async () => {
  await loadLocale('en');
  for (const lang of ['zh-CN', 'en'] as const) {
    const m = createMessages(lang);
    expect(RESULTS_TITLES).toContain(m.label('results.title'));
    expect(
      RUN_AT_PREFIXES.some((p) => m.label('results.runAt', { time: '2026-11-29 14:05' }).startsWith(p)),
    ).toBe(true);
  }
});
