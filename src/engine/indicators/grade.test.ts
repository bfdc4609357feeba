import { gradeOf, round2 } from './grade';

describe('round2', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect([round2(2.675), round2(-2.675), round2(1.005), round2(0.125)]).toEqual([2.68, -2.68, 1.01, 0.13]);
  });

  it('keeps a number too large to scale by 100 as it is, never Infinity', () => {
    expect(round2(1e308)).toBe(1e308);
    expect(round2(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
  });
});

describe('gradeOf', () => {
  it('grades on the 100-point scale', () => {
    expect([
      gradeOf(90, 100),
      gradeOf(89.99, 100),
      gradeOf(80, 100),
      gradeOf(60, 100),
      gradeOf(59.99, 100),
    ]).toEqual(['excellent', 'good', 'good', 'fair', 'poor']);
  });

  // Changed on purpose: this case once asserted rescaling (45 of 50 graded 优), which let a forgotten
  // weight lift a grade (81 of 90 graded 优). Weights off 100 are an error of their own; the grade
  // takes the lower of the two readings.
  it('never lifts a grade when the weights do not add to 100', () => {
    expect([gradeOf(81, 90), gradeOf(89.5, 99), gradeOf(95, 110), gradeOf(45, 50)]).toEqual([
      'good',
      'good',
      'good',
      'poor',
    ]);
  });
});
