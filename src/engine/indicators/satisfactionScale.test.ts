import { normalizeValue } from '../grid/normalize';
import { satisfactionPercent } from './satisfactionScale';

const read = (actual: string, target: string, name = '服务对象满意度', rule = '') => {
  const v = satisfactionPercent(normalizeValue(actual), normalizeValue(target), { name, rule });
  return v?.kind === 'number' ? [v.value, v.percent, v.text] : v?.kind;
};

describe('a satisfaction score in points against a percent target (declined in every round as 单位不一致)', () => {
  it('is that share on the 100-point scale surveys use, shown as read', () => {
    expect(read('92.5分', '≥90%')).toEqual([92.5, true, '92.5分 = 92.5%']);
    expect(read('满意度测评得分88分', '≥90%', '群众满意度')).toEqual([88, true, '满意度测评得分88分 = 88%']);
    // the row's name need not say it when the actual does
    expect(read('综合满意度95.3分', '≥95%', '社会公众评价')).toEqual([
      95.3,
      true,
      '综合满意度95.3分 = 95.3%',
    ]);
  });

  it('leaves scores on a 5- or 10-point scale, other rows, and other targets as they are', () => {
    expect(read('4.6分', '≥90%')).toEqual([4.6, false, '4.6分']);
    expect(read('9.2分', '≥90%')).toEqual([9.2, false, '9.2分']);
    expect(read('92分', '≥90%', '考核得分')).toEqual([92, false, '92分']);
    expect(read('92分', '≥90分')).toEqual([92, false, '92分']);
    expect(read('112分', '≥90%')).toEqual([112, false, '112分']);
    expect(read('92%', '≥90%')).toEqual([92, true, '92%']);
  });
});

describe('a satisfaction score under a rule whose levels are scores (hunt30: declined as 单位不一致)', () => {
  it('is read as it is, on the rule\u2019s scale', () => {
    const rule = '90分以上得10分，85-90分得8分，80-85分得6分，80分以下不得分';
    expect(read('第三方测评得分88.6分', '≥90%', '服务对象满意度', rule)).toEqual([
      88.6,
      false,
      '第三方测评得分88.6分',
    ]);
    // levels in per cent: the share, as before
    const percentRule = '90%以上得10分，85%-90%得8分，85%以下不得分';
    expect(read('第三方测评得分88.6分', '≥90%', '服务对象满意度', percentRule)).toEqual([
      88.6,
      true,
      '第三方测评得分88.6分 = 88.6%',
    ]);
  });
});

it('tells levels in points from points awarded, by the rule’s words alone', () => {
  const scored = (rule: string) => read('第三方测评得分88.6分', '≥90%', '服务对象满意度', rule);
  // a level in points: the score stands on the rule's scale
  expect(scored('≥90分得满分，每低1分扣0.5分')).toEqual([88.6, false, '第三方测评得分88.6分']);
  expect(scored('测评得分不低于90分的得满分')).toEqual([88.6, false, '第三方测评得分88.6分']);
  // points awarded or deducted only: the share
  for (const rule of ['满意度≥90%得满分，每低1个百分点扣0.5分', '达到90%得10分，否则得5分'])
    expect(scored(rule)).toEqual([88.6, true, '第三方测评得分88.6分 = 88.6%']);
});
