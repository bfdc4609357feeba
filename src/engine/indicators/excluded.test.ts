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
