import { buildCheck, stepOf, type CheckCell } from './rounding';
import type { BudgetUnit } from './types';

const cell = (value: number | null, unit: BudgetUnit = '万元', step = 0.01, col = 0): CheckCell => ({
  sheet: 's',
  row: 0,
  col,
  value,
  unit,
  step,
});
const judge = (target: number, parts: (number | null)[], relation: 'eq' | 'ge' = 'eq') =>
  buildCheck({
    identity: 'x',
    scope: 'table',
    target: cell(target),
    parts: parts.map((p, i) => cell(p, '万元', 0.01, i + 1)),
    name: '',
    code: null,
    column: '',
    relation,
  });

describe('the reviewer’s rounding rule: n rounded parts may drift n × 0.005 of the unit', () => {
  it('is ok when exact, 尾差 within n × 0.005, a mismatch beyond', () => {
    expect(judge(0.3, [0.1, 0.2])).toMatchObject({ status: 'ok', difference: 0, tolerance: 0.01 });
    expect(judge(20145.65, [14164.71, 0, 5980.95])).toMatchObject({
      status: 'rounding',
      expected: 20145.66,
      difference: -0.01,
      tolerance: 0.015,
    });
    expect(judge(1.02, [0.5, 0.5])?.status).toBe('mismatch');
    expect(judge(1.02, [0.25, 0.25, 0.25, 0.25])?.status).toBe('rounding');
    // One part: two figures that must be the same number may not differ at all in the last digit.
    expect(judge(8.31, [8.3])?.status).toBe('mismatch');
  });

  it('counts only the parts given; makes no claim when the target or every part is blank', () => {
    expect(judge(1.01, [1, null, null])).toMatchObject({ status: 'mismatch', tolerance: 0.005 });
    expect(judge(1, [null, null])).toBeNull();
  });

  it('judges "≥" identities: ok whenever they hold, an error when short by more than rounding', () => {
    expect(judge(5.66, [4.12], 'ge')).toMatchObject({ status: 'ok', difference: 1.54 });
    expect(judge(0.3, [8.31], 'ge')).toMatchObject({ status: 'mismatch', difference: -8.01 });
  });

  it('uses the last digit the table shows, and converts a part from another unit at the coarser step', () => {
    expect(stepOf([1, 2.5, 3.25])).toBe(0.01);
    expect(stepOf([1.2345, 2])).toBe(0.0001);
    const record = buildCheck({
      identity: 'x',
      scope: 'cross',
      target: cell(10179.92),
      parts: [cell(101799183.45, '元', 0.01)],
      name: '',
      code: null,
      column: '',
    });
    expect(record).toMatchObject({ status: 'rounding', expected: 10179.918345, tolerance: 0.005 });
  });

  it('takes an empty table as 0 at its title cell', () => {
    const record = buildCheck({
      identity: 'x',
      scope: 'cross',
      target: { ...cell(null), virtual: true },
      parts: [cell(5)],
      name: '',
      code: null,
      column: '',
    });
    expect(record).toMatchObject({ actual: 0, expected: 5, status: 'mismatch' });
  });
});
