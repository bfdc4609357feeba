import type { Grade } from './model';

const GRADES: readonly Grade[] = ['poor', 'fair', 'good', 'excellent'];

/**
 * 10号 第十八条: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60, on a 100-point scale. When the weights do not
 * add to 100 (an error reported on its own), the lower of the grades on the total as it is and on
 * the total rescaled to 100: a forgotten or mistyped weight never lifts a grade (81 of 90 is 良, not
 * 优; 89.5 of 99 is 良).
 */
export function gradeOf(score: number, totalWeight: number): Grade {
  const raw = onScale(score);
  if (!(totalWeight > 0) || totalWeight === 100) return raw;
  const rescaled = onScale((score / totalWeight) * 100);
  return GRADES[Math.min(GRADES.indexOf(raw), GRADES.indexOf(rescaled))]!;
}

function onScale(points: number): Grade {
  const p = round2(points);
  if (p >= 90) return 'excellent';
  if (p >= 80) return 'good';
  if (p >= 60) return 'fair';
  return 'poor';
}

/** Scores are kept to 2 decimals, rounded half away from zero on the decimal value. */
export function round2(x: number): number {
  const r = Math.round((x + Math.sign(x) * 1e-9) * 100) / 100;
  // past 1e306 the × 100 overflows; such a number has no decimals left to round
  return Number.isFinite(r) ? r : x;
}
