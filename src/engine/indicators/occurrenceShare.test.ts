/**
 * A share worked out from a sentence's counts, under a rule that counts misses: the sentence's own
 * clauses still say how many missed (hunt23 r11, scored again after hunt37 taught the reader 排查).
 */
import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';

it('counts the one hazard still being fixed, not the 92.86 % share', () => {
  const rows = [
    ['三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分', '评分依据'],
    [
      '重大事故隐患整改率',
      '100%',
      '排查重大事故隐患14项，整改销号13项，1项正在整改（已落实防范措施）',
      '整改率100%得8分，每有1项未按期整改扣2分',
      8,
      null,
      '隐患台账',
    ],
  ];
  const [ind] = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') })
    .indicatorTables[0]!.indicators;
  expect([ind!.score, ind!.scoreSource]).toEqual([6, 'computed']);
});
