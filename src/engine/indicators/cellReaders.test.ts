import { isErrorCell, typedScore } from './cellReaders';

describe('isErrorCell', () => {
  it('reads Excel error literals however they were typed or pasted', () => {
    for (const v of ['#DIV/0!', ' #N/A ', '#value!', '\uff03REF!', '\ufe5fNAME?', '\u3000#NUM!'])
      expect([v, isErrorCell(v)]).toEqual([v, true]);
    expect(isErrorCell({ error: '#N/A' })).toBe(true);
  });

  it('leaves other text, numbers and blanks alone', () => {
    for (const v of ['#1 站点', '达标', '95%', '', 'N/A', 0, null, true])
      expect([v, isErrorCell(v)]).toEqual([v, false]);
  });
});

describe('typedScore', () => {
  it('reads 满分 as the weight (hunt35: five 满分 were errors “不是数字”), numbers as they are', () => {
    expect(typedScore('满分', 6)).toBe(6);
    expect(typedScore(' 满分 ', 6)).toBe(6);
    expect(typedScore('满分', null)).toBeNull();
    expect(typedScore('4.5分', 6)).toBe(4.5);
    expect(typedScore('良好', 6)).toBeNull();
    expect(typedScore(1e9, 6)).toBeNull();
  });
});
