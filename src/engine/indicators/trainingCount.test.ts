import { normalizeValue } from '../grid/normalize';
import { evaluateRule, parseRule } from '../rules/index';
import { actualAgainst } from './rowValues';

/** The score a row gets, its actual read as the table reader reads it, or null when declined. */
function scored(rule: string, weight: number, target: string, actual: string, name: string): number | null {
  const parsed = parseRule(rule);
  if (!parsed.rule) return null;
  const t = normalizeValue(target);
  const a = actualAgainst(normalizeValue(actual), '', t, { name, rule });
  return evaluateRule(parsed.rule, { weight, target: t, actual: a, stepMode: 'whole', operator: null }).score;
}

const FULL = '完成目标值得满分，未完成按比例计分';

describe('a count of training in a kindred unit (hunt65, hunt66: declined)', () => {
  it('takes persons trained for person-times, the 共计 figure over the batches', () => {
    expect(scored(FULL, 5, '400人次', '全年共培训3批次，共计425人', '文化惠民培训人次')).toBe(5);
    expect(
      scored('按实际培训人次占目标比例得分', 4, '800人次', '全年共培训3批次，共计425人', '专业扑火队伍培训'),
    ).toBe(2.13);
    expect(scored(FULL, 5, '400人次', '共计425人（3批次）', '业务培训')).toBe(5);
    expect(scored(FULL, 5, '≥400人', '全年共培训3批次，共计425人', '业务培训')).toBe(5);
    expect(scored(FULL, 5, '≥400人', '共培训425人次', '业务培训')).toBe(5);
    expect(scored(FULL, 5, '400人次', '425人', '业务培训')).toBe(5);
  });

  it('takes batches of training for times', () => {
    expect(
      scored('完成2次及以上得满分，每少1次扣2分', 4, '2次', '全年共培训3批次，共计425人', '食堂从业人员培训'),
    ).toBe(4);
  });

  it('prefers a figure in the target’s own unit', () => {
    expect(scored(FULL, 5, '≥300人次', '培训120人，360人次', '业务培训')).toBe(5);
    expect(scored(FULL, 5, '≥300人', '培训120人，360人次', '业务培训')).toBe(2);
  });

  it('still declines other units, and persons against person-times outside training', () => {
    expect(scored(FULL, 5, '400户', '全年共培训3批次，共计425人', '业务培训')).toBeNull();
    expect(scored(FULL, 5, '400人次', '425人', '受益人数')).toBeNull();
    expect(scored(FULL, 5, '≥120人', '135人次', '门诊服务人数')).toBeNull();
  });
});
