/**
 * The four fills of the legend: Fluent palette tints, light enough to print in greyscale and
 * distinct from each other in luminance.
 */
export const FILLS = {
  error: 'FFFDE7E9',
  warning: 'FFFFF4CE',
  evidence: 'FFEEE5F7',
  computed: 'FFDEECF9',
} as const;

export type FillRole = keyof typeof FILLS;

export const PERCENT_FORMAT = '0.00%';
export const SCORE_FORMAT = '0.00';
