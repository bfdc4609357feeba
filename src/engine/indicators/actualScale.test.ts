/**
 * Actuals typed as a plain number against a percent target (0.92 or 96.2 against ≥95%) are read on
 * the target's scale, by the rules and by the checks alike.
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import { createMessages } from '../../i18n';
import { onTargetScale } from './cellReaders';
import { normalizeValue } from '../grid/normalize';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

describe('a plain-number actual against a percent target', () => {
  it('is a fraction up to 2 and a percent above, a count or a percent left alone', () => {
    const target = normalizeValue('≥95%');
    const read = (v: string | number) => onTargetScale(normalizeValue(v), target);
    expect(read(0.92)).toMatchObject({ kind: 'number', value: 92, percent: true });
    expect(read('1.05')).toMatchObject({ value: 105, percent: true });
    expect(read(96.2)).toMatchObject({ value: 96.2, percent: true });
    expect(read('92%')).toMatchObject({ value: 92, percent: true });
    expect(read('120户')).toMatchObject({ value: 120, percent: false, unit: '户' });
    expect(onTargetScale(normalizeValue(0.92), normalizeValue('100户'))).toMatchObject({
      value: 0.92,
      percent: false,
    });
  });

  it('is neither against a target of a few per cent, where 1.6 may be 1.6 % or 160 % (hunt35: 0.04 of 6)', () => {
    const read = (v: number) => onTargetScale(normalizeValue(v), normalizeValue('≤1%'));
    expect(read(1.6)).toMatchObject({ value: 1.6, percent: false });
    expect(read(0.6)).toMatchObject({ value: 0.6, percent: false });
    expect(read(0)).toMatchObject({ value: 0, percent: true });
    // above 2 it is the percent itself, whatever the target
    expect(read(3.5)).toMatchObject({ value: 3.5, percent: true });
  });

  it('scores such rows with the 10号 default and raises no false 满分 alarm', () => {
    const rows = [
      HEADER,
      ['产出指标', '质量指标', '验收合格率', '≥95%', 0.92, 10, null],
      [null, null, '完好率', '≥95%', 96.2, 5, null],
      [null, null, '覆盖率', '100%', 1, 10, null],
      ['效益指标', '满意度', '群众满意度', '≥85%', '0.88', 10, 10],
    ];
    const a = analyzeWorkbook([{ name: '项目', rows }], { messages: createMessages('zh-CN') });
    expect(a.indicatorTables[0]!.indicators.map((i) => [i.input.name, i.score])).toEqual([
      ['验收合格率', 9.68],
      ['完好率', 5],
      ['覆盖率', 10],
      ['群众满意度', 10],
    ]);
    expect(a.findings.map((f) => f.code)).not.toContain('score.fullButMissed');
    expect(a.findings.map((f) => f.code)).not.toContain('score.missing');
  });

  it('is shown as typed and as read, so the note’s arithmetic in percent matches its actual', () => {
    const rows = [HEADER, ['产出指标', '质量指标', '合格率', '≥95%', 0.92, 10, null]];
    const messages = createMessages('zh-CN');
    const row = analyzeWorkbook([{ name: '项目', rows }], { messages }).indicatorTables[0]!.indicators[0]!;
    expect(messages.explanation(row.explanation)).toMatch(/^实际 0\.92 = 92%，/);
  });
});

test('an operator column headed 符号 gives the direction (≤ 12 元, 14 spent: 12/14 of the weight)', () => {
  const rows = [
    ['一级指标', '二级指标', '三级指标', '符号', '指标值', '度量单位', '实际完成值', '分值', '得分'],
    ['成本指标', '经济成本指标', '人均发放成本', '≤', 12, '元', 14, 10, null],
  ];
  const a = analyzeWorkbook([{ name: '项目', rows }], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([8.57]);
});

describe('a number under a 度量单位 of %', () => {
  const HEAD = ['三级指标', '符号', '指标值', '度量单位', '实际完成值', '分值', '得分'];
  const score = (target: number, actual: number): [string | null, number | null] => {
    const rows = [HEAD, ['重点群体贷款占比', '≥', target, '%', actual, 10, null]];
    const a = analyzeWorkbook([{ name: '项目', rows }], { messages: createMessages('zh-CN') });
    const row = a.indicatorTables[0]!.indicators[0]!;
    return [row.input.actual?.text ?? null, row.score];
  };

  it('is that many per cent', () => {
    expect(score(3, 2.5)).toEqual(['2.5%', 8.33]);
  });

  it('is a fraction when it is at most 2 and the target is tens of per cent (0.35 against 30 %)', () => {
    expect(score(30, 0.35)).toEqual(['0.35 = 35%', 10]);
    expect(score(90, 0.92)).toEqual(['0.92 = 92%', 10]);
  });
});
