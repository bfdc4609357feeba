import { amountText, percentText } from './budgetFormat';

describe('amountText', () => {
  it.each([
    [794.36, '794.36'],
    [222.5, '222.50'],
    [500, '500'],
    [-0.001, '0'],
    [1021.35, '1021.35'],
    [9999.99, '9999.99'],
    [10000, '10,000'],
    [3355676.42, '3,355,676.42'],
    [-335567.64, '-335,567.64'],
    [123456789, '123,456,789'],
  ])('%p prints as %p', (v, text) => {
    expect(amountText(v)).toBe(text);
  });

  it('keeps text as it is', () => {
    expect(amountText('—')).toBe('—');
    expect(amountText(null)).toBe('');
  });
});

describe('percentText', () => {
  it('groups a rate past 9999 % like an amount and keeps a tiny share visible', () => {
    expect(percentText(0.926)).toBe('92.60');
    expect(percentText(9600)).toBe('960,000');
    expect(percentText(0.00001)).toBe('<0.01');
  });
});
