import { columnSumRows } from './columnSum';

describe('columnSumRows', () => {
  it('reads a plain SUM down one column, with or without $ and in any case', () => {
    expect(columnSumRows('SUM(H4:H16)', 7)).toEqual({ top: 3, bottom: 15 });
    expect(columnSumRows(' sum( $H$16 : h4 ) ', 7)).toEqual({ top: 3, bottom: 15 });
  });

  it('is null for another column, several ranges, or anything more than a SUM', () => {
    expect(columnSumRows('SUM(G4:G16)', 7)).toBeNull();
    expect(columnSumRows('SUM(H4:I16)', 7)).toBeNull();
    expect(columnSumRows('SUM(H4:H6,H8:H9)', 7)).toBeNull();
    expect(columnSumRows('SUM(H4:H16)/2', 7)).toBeNull();
    expect(columnSumRows(undefined, 7)).toBeNull();
  });
});
