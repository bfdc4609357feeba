import { judgeParts } from './targetParts';

describe('judgeParts', () => {
  it('judges each labelled part against its own target', () => {
    expect(judgeParts('小学0.42，初中0.47', '综合差异系数小学≤0.50、初中≤0.45')).toEqual({
      parts: 2,
      missed: ['初中'],
    });
    expect(judgeParts('6月底42.6%，9月底76.1%', '6月底≥45%，9月底≥75%')).toEqual({
      parts: 2,
      missed: ['6月底'],
    });
    expect(judgeParts('平原区达到100%，丘陵区达到92%', '平原区100%，丘陵区≥90%')).toEqual({
      parts: 2,
      missed: [],
    });
  });

  it('reads unlabelled figures in the target order', () => {
    expect(judgeParts('12个、76个', '乡镇客运站12个、招呼站80个')).toEqual({ parts: 2, missed: ['招呼站'] });
  });

  it('says nothing unless both name the same parts in figures of one kind', () => {
    expect(judgeParts('完成12个', '乡镇客运站12个、招呼站80个')).toBeNull();
    expect(judgeParts('小学0.42，高中0.47', '小学≤0.50、初中≤0.45')).toBeNull();
    expect(judgeParts('小学42%，初中0.47', '小学≤0.50、初中≤0.45')).toBeNull();
    expect(judgeParts('95%', '≥90%')).toBeNull();
  });
});
