import type { Grade } from './model';

/** 10号 第十八条: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60, on a 100-point scale. */
export function gradeOf(score: number, totalWeight: number): Grade {
  const points = totalWeight > 0 && totalWeight !== 100 ? (score / totalWeight) * 100 : score;
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
