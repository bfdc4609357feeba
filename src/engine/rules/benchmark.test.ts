import { benchmarkVerdict } from './benchmark';

describe('benchmarkVerdict', () => {
  it('meets a bound named in words from the side it asks for', () => {
    expect(benchmarkVerdict('低于全省平均水平', '不高于全省平均水平')).toBe('met');
    expect(benchmarkVerdict('与全省平均水平持平', '不高于全省平均水平')).toBe('met');
    expect(benchmarkVerdict('均高于上年水平', '不低于上年水平')).toBe('met');
    expect(benchmarkVerdict('与上年持平', '不低于上年')).toBe('met');
  });

  it('misses it from the other side, or level with a strict bound', () => {
    expect(benchmarkVerdict('高于全省平均水平', '不高于全省平均水平')).toBe('notMet');
    expect(benchmarkVerdict('与全省平均水平持平', '低于全省平均水平')).toBe('notMet');
    expect(benchmarkVerdict('低于上年水平', '不低于上年水平')).toBe('notMet');
  });

  it('says nothing of another benchmark or of words that compare with none', () => {
    expect(benchmarkVerdict('低于全市平均水平', '不高于全省平均水平')).toBeNull();
    expect(benchmarkVerdict('已完成', '不高于全省平均水平')).toBeNull();
    expect(benchmarkVerdict('低于全省平均水平', '有效衔接')).toBeNull();
  });
});

describe('benchmarkVerdict with a change from the benchmark', () => {
  it('reads the side a change after 较 leaves the actual on', () => {
    expect(benchmarkVerdict('结算价较合同价审减4.2%', '不超过合同价')).toBe('met');
    expect(benchmarkVerdict('结算价较合同价增加3%', '不超过合同价')).toBe('notMet');
    expect(benchmarkVerdict('较上年减少2个', '不低于上年')).toBe('notMet');
    expect(benchmarkVerdict('结算价较预算价审减4.2%', '不超过合同价')).toBeNull();
  });
});
