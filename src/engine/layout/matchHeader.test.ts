import fc from 'fast-check';
import { matchBudgetCell, matchBudgetRole } from '../budget/columns';
import { BUDGET_HEADERS } from '../budget/lexicon';
import type { CellValue } from '../grid/types';
import { FUNDS_HEADERS, INDICATOR_HEADERS } from './headerLexicon';
import { headerKey, matchCellRole, matchRole } from './matchHeader';

/** A lexicon whose aliases start like numbers' texts, so numeric cells must be matched too. */
const NUMBERS_TOO = { year: ['2021年', '2021'], negative: ['-1'], total: ['合计'] };

const LEXICONS: readonly Readonly<Record<string, readonly string[]>>[] = [
  INDICATOR_HEADERS,
  BUDGET_HEADERS,
  FUNDS_HEADERS,
  NUMBERS_TOO,
];

/** Texts near real headers: aliases with brackets, spaces, full-width forms and noise around them. */
const aliasText = fc
  .tuple(
    fc.constantFrom(...LEXICONS.flatMap((l) => Object.values<readonly string[]>(l).flat())),
    fc.constantFrom('', ' ', '\u3000', '（分）', '(%)', '*', '：', 'Ａ', '1', 'e\u0301'),
    fc.constantFrom('', ' ', '\u00a0', '（万元）', '情况', ')'),
  )
  .map(([alias, before, after]) => `${before}${alias}${after}`);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  aliasText,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.constantFrom(2021, -1, 20210, -1.5),
  fc.boolean(),
  fc.constant(null),
);

describe('matchCellRole', () => {
  it('answers as matchRole(headerKey(v)) does, whatever the cell holds', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...LEXICONS), (v, aliases) => {
        const slow = v === null ? undefined : matchRole(headerKey(v), aliases);
        expect(matchCellRole(v, aliases)).toBe(slow);
      }),
      { numRuns: 20_000, seed: 20261129 },
    );
  });

  it('gives the budget role matchBudgetRole(headerKey(v)) gives (类/款/项 exact only)', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.constantFrom('类', ' 款 ', '项目', '款项', '类别')), (v) => {
        const slow = v === null ? undefined : matchBudgetRole(headerKey(v));
        expect(matchBudgetCell(v)).toBe(slow);
      }),
      { numRuns: 10_000, seed: 20261130 },
    );
  });

  it('finds the role of headers as people type them', () => {
    expect(matchCellRole(' 分值（分）', INDICATOR_HEADERS)).toBe('weight');
    expect(matchCellRole('得分情况', INDICATOR_HEADERS)).toBe('score');
    // 专项债 and other project tables head their targets 绩效目标值
    expect(matchCellRole('绩效目标值', INDICATOR_HEADERS)).toBe('target');
    expect(matchCellRole('佐证', INDICATOR_HEADERS)).toBe('evidence');
    // hunt76: one column under two names of the evidence, read as none (evidence.noColumn, all missing)
    expect(matchCellRole('评分依据/佐证材料', INDICATOR_HEADERS)).toBe('evidence');
    expect(matchCellRole('佐证材料、评分依据', INDICATOR_HEADERS)).toBe('evidence');
    expect(matchCellRole('评分依据/实际完成值', INDICATOR_HEADERS)).toBeUndefined();
    // hunt84: a 部门整体 table's rules under 指标解释/评分标准 were no rules (the 10号 default scored 18 rows)
    expect(matchCellRole('指标解释/评分标准', INDICATOR_HEADERS)).toBe('rule');
    expect(matchCellRole('评分标准、指标说明', INDICATOR_HEADERS)).toBe('rule');
    expect(matchCellRole('指标解释', INDICATOR_HEADERS)).toBe('description');
    expect(matchCellRole('指标解释/评分标准/佐证材料', INDICATOR_HEADERS)).toBeUndefined();
    expect(matchCellRole('2021/12/31', NUMBERS_TOO)).toBeUndefined();
    expect(matchCellRole('年度目标', INDICATOR_HEADERS)).toBe('target');
    expect(matchCellRole('偏差说明', INDICATOR_HEADERS)).toBe('deviationNote');
    // hunt23: the column was there, and deviation.noColumn said it was not
    expect(matchCellRole('未完成原因及改进措施', INDICATOR_HEADERS)).toBe('deviationNote');
    expect(matchCellRole('未完成原因分析', INDICATOR_HEADERS)).toBe('deviationNote');
    // hunt32: a 审计局 table's actual column, missed, so its 13 rows read "no actual column"
    expect(matchCellRole('全年实际完成情况', INDICATOR_HEADERS)).toBe('actual');
    expect(matchCellRole('全年完成值', INDICATOR_HEADERS)).toBe('actual');
    expect(matchCellRole('年度实际完成值', INDICATOR_HEADERS)).toBe('actual');
    // hunt115: two tables' 全年实际 unread, so their 40 rows kept the typed scores
    expect(matchCellRole('全年实际', INDICATOR_HEADERS)).toBe('actual');
    expect(matchCellRole('年度实际', INDICATOR_HEADERS)).toBe('actual');
    expect(matchCellRole('全年目标', INDICATOR_HEADERS)).toBe('target');
    // hunt119: a table's 计分办法 unread, its rows scored by the 10号 defaults
    expect(matchCellRole('计分办法', INDICATOR_HEADERS)).toBe('rule');
    // a plain 单位 column of `%` made bare numbers ratios (97.2 of ≥98 → 99.2 %, full marks)
    expect(matchCellRole('单位', INDICATOR_HEADERS)).toBe('unit');
    expect(matchCellRole('单位名称', INDICATOR_HEADERS)).toBeUndefined();
    expect(matchCellRole(95, INDICATOR_HEADERS)).toBeUndefined();
    expect(matchCellRole('95.00%', INDICATOR_HEADERS)).toBeUndefined();
    expect(matchCellRole(2021, NUMBERS_TOO)).toBe('year');
    expect(matchCellRole(-1, NUMBERS_TOO)).toBe('negative');
  });
});
