import { normalizeValue } from '../grid/normalize';
import { lessExcluded } from './excluded';

const read = (text: string) => {
  const v = lessExcluded(normalizeValue(text));
  return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
};

describe('a part a bracketed remark takes out of the count (hunt39: 5 days, 2 of them excluded, scored 0)', () => {
  it('is taken out, and shown', () => {
    expect(read('全年发生重污染天气5天（其中2天为沙尘影响，按规定扣除）')).toEqual([
      3,
      '全年发生重污染天气5天（其中2天为沙尘影响，按规定扣除） = 3天',
    ]);
  });

  it('leaves a remark that takes nothing out, another unit or more than the count', () => {
    expect(read('全年发生重污染天气5天（其中2天为沙尘影响）')).toEqual([
      5,
      '全年发生重污染天气5天（其中2天为沙尘影响）',
    ]);
    expect(read('投诉5件（其中2人次按规定扣除）')).toEqual([5, '投诉5件（其中2人次按规定扣除）']);
    expect(read('5天（其中8天按规定扣除）')).toEqual([5, '5天（其中8天按规定扣除）']);
  });
});

describe('a part the rule takes out of the count (hunt90: 8 complaints, 2 of them invalid, read as 8)', () => {
  const rule = '有效投诉不超过5件的得满分；每超出1件扣1分；\n注：经核实为无效投诉的不计入。';
  const withRule = (text: string, ruleText: string) => {
    const v = lessExcluded(normalizeValue(text), ruleText);
    return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
  };

  it('is taken out when a remark names what the rule excludes', () => {
    expect(withRule('投诉8件（其中经核实无效投诉2件）', rule)).toEqual([
      6,
      '投诉8件（其中经核实无效投诉2件） = 6件',
    ]);
  });

  it('stays when the remark names something else, or the rule excludes nothing', () => {
    expect(withRule('投诉8件（其中重复投诉2件）', rule)).toEqual([8, '投诉8件（其中重复投诉2件）']);
    expect(withRule('投诉8件（其中经核实无效投诉2件）', '有效投诉不超过5件的得满分')).toEqual([
      8,
      '投诉8件（其中经核实无效投诉2件）',
    ]);
  });
});

it('a bare count takes the unit of the part the rule names (hunt90 c r18: `8（其中经核实无效投诉2件）`)', () => {
  const v = lessExcluded(normalizeValue('8（其中经核实无效投诉2件）'), '注：经核实为无效投诉的不计入。');
  expect(v?.kind === 'number' ? [v.value, v.unit] : v?.kind).toEqual([6, null]);
});
