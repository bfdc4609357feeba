import { isErrorCell } from './cellReaders';

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
