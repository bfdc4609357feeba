/**
 * hunt97 b: a 项目支出绩效自评表 without a 评分标准 column, whose rules stand by kind of indicator in a
 * 评分说明 under the table. The 10号 default was applied instead: 98 % of a 100 % 质量 target scored
 * 4.9 of 5 where the note deducts 1 per point (3), and 68.5 % of a ≥70 % 效益 target 5.87 of 6 where
 * the note's bands of the completion rate give 80 % (4.8).
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';

const NOTE: readonly string[] = [
  '评分说明：',
  '1.预算执行率得分=全年执行数/全年预算数×10分，最高10分。',
  '2.质量指标：达到年度指标值的得满分；未达到的，每低1个百分点扣1分，扣完为止。',
  '3.效益指标：达到年度指标值的得满分；完成率在80%（含）-100%的，得该指标分值的80%；完成率在60%（含）-80%的，得分值的60%；60%以下不得分。定性指标由评价小组根据实际情况综合评定。',
];

function sheet(note: readonly string[]): SheetInput {
  const rows: CellValue[][] = [
    ['2023年度项目支出绩效自评表'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ['产出指标', '质量指标', '资助参保率', '100%', '98%', 5, 4, null],
    [null, null, '数据准确率', '≥99%', '99.6%', 4, null, null],
    [null, '数量指标', '参保人数', '≥182万人', '178.6万人', 8, null, null],
    ['效益指标', '社会效益指标', '基金支付比例', '≥70%', '68.5%', 6, 5.5, null],
    [null, null, '致贫返贫发生率', '低于0.5%', '0.32%', 5, null, null],
    [null, '可持续影响指标', '基金运行安全', '收支平衡、略有结余', '当期结余2.1亿元', 5, 5, null],
    [null, null, '门诊人次', '≥12万人次', '13.8万人次', 5, null, null],
    ['总分', null, null, null, null, 38, null, null],
    [],
    ...note.map((text) => [text]),
  ];
  return {
    name: '参保补助绩效自评',
    rows,
    merges: [
      { top: 2, left: 0, bottom: 4, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 5, left: 0, bottom: 8, right: 0 },
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 7, left: 1, bottom: 8, right: 1 },
      ...note.map((_, i) => ({ top: 11 + i, left: 0, bottom: 11 + i, right: 7 })),
    ],
  };
}

function scores(note: readonly string[]): Record<string, [number | null, string]> {
  const a = analyzeWorkbook([sheet(note)], { messages: createMessages('zh-CN') });
  const messages = createMessages('zh-CN');
  return Object.fromEntries(
    a.indicatorTables[0]!.indicators.map((i) => [
      i.input.name,
      [i.score, messages.explanation(i.explanation)],
    ]),
  );
}

test('rows without a rule take their kind’s clause from the note, and say where it stands', () => {
  const s = scores(NOTE);
  expect(s['资助参保率']![0]).toBe(3);
  expect(s['资助参保率']![1]).toMatch(/每低 1 个百分点扣 1 分.*（评分标准见表下说明 A14）$/u);
  expect(s['数据准确率']![0]).toBe(4);
  // 数量指标 has no clause: the 10号 default, no note named
  expect(s['参保人数']).toEqual([7.85, expect.not.stringContaining('表下说明')]);
  // 社会效益指标 takes 效益指标's clause; its bands are of the completion rate, under a ceiling too
  expect(s['基金支付比例']![0]).toBe(4.8);
  expect(s['致贫返贫发生率']![0]).toBe(5);
  expect(s['门诊人次']![0]).toBe(5);
  // a target in words takes the clause's 定性 sentence: the panel's, so the typed 5 stands
  expect(s['基金运行安全']![0]).toBe(5);
  expect(s['基金运行安全']![1]).toContain('定性指标由评价小组根据实际情况综合评定');
});

test('without the note every row is scored by the 10号 default', () => {
  const s = scores([]);
  expect(s['资助参保率']![0]).toBe(4.9);
  expect(s['基金支付比例']![0]).toBe(5.87);
  expect(Object.values(s).some(([, why]) => why.includes('表下说明'))).toBe(false);
});

test('a clause of the row’s kind that measures something else leaves the row to the 10号 default', () => {
  const note = [...NOTE, '4.时效指标：在规定时限内完成的得满分；每延迟1个月扣1分，扣完为止。'];
  const own = sheet(note);
  const rows = own.rows.map((r) => [...r]);
  // 数据准确率 as a 时效指标 measured as a rate (hunt97: 医保待遇结算及时率 ≥98%, 98.5 %): months late
  // do not measure it, and the row was left to the reviewer
  rows[3] = [null, '时效指标', '结算及时率', '≥98%', '98.5%', 4, null, null];
  const a = analyzeWorkbook(
    [{ ...own, rows, merges: own.merges!.filter((m) => m.top !== 2 || m.left !== 1) }],
    {
      messages: createMessages('zh-CN'),
    },
  );
  const row = a.indicatorTables[0]!.indicators.find((i) => i.input.name === '结算及时率')!;
  expect([row.score, row.ruleKind, createMessages('zh-CN').explanation(row.explanation)]).toEqual([
    4,
    'default',
    expect.not.stringContaining('表下说明'),
  ]);
});

test('a row’s own rule wins over the note', () => {
  const own = sheet(NOTE);
  const rows = own.rows.map((r) => [...r]);
  rows[1]!.push('评分标准');
  rows[2]!.push('达标得满分，否则不得分');
  const a = analyzeWorkbook([{ ...own, rows }], { messages: createMessages('zh-CN') });
  const row = a.indicatorTables[0]!.indicators.find((i) => i.input.name === '资助参保率')!;
  expect([row.score, row.input.ruleNote]).toEqual([0, undefined]);
});

test('a note written on one line, its clauses after one another (hunt105)', () => {
  // `评分说明：1．…；2．质量指标：…；3．效益指标：…` in one merged cell: no clause was found, every row
  // took the 10号 default (98 % of a 100 % 质量 target 4.9 of 5, where the note deducts 1 per point)
  const s = scores([
    NOTE.join('')
      .replace(/。(?=\d)/gu, '；')
      .replace(/(\d)\./gu, '$1．'),
  ]);
  expect(s['资助参保率']![0]).toBe(3);
  expect(s['资助参保率']![1]).toMatch(/（评分标准见表下说明 A12）$/u);
  expect(s['基金支付比例']![0]).toBe(4.8);
  expect(s['参保人数']![0]).toBe(7.85);
});
