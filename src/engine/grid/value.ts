/**
 * A cell's content after normalisation (see normalize.ts): what a careful reader takes the cell to
 * say. The original text is always kept for display.
 */

/** Direction of a target or bound: at least, at most, exactly, or within ± a tolerance. */
export type Comparator = '>=' | '<=' | '>' | '<' | '=' | '±';

/** A qualitative reading of words such as 达标 / 基本达标 / 未达标. */
export type Achievement = 'met' | 'partial' | 'notMet';

export type NormalizedValue =
  | {
      readonly kind: 'number';
      /** Scaled by 万/亿; for a percentage, the number of percent (92 for 92%). */
      readonly value: number;
      readonly percent: boolean;
      /** The unit word left after scaling (元, 人次, 星级, 微克/立方米), or null. */
      readonly unit: string | null;
      readonly op: Comparator | null;
      readonly text: string;
    }
  | {
      readonly kind: 'date';
      /** ISO date `YYYY-MM-DD` (end of month for `12月底`). */
      readonly iso: string;
      readonly op: Comparator | null;
      readonly text: string;
      /** A span of days (`10月中旬`, `9月16日-22日`): its first day; `iso` is its last. */
      readonly from?: string;
      /** `4月23日前后`: about that day, so no day after it is judged. */
      readonly around?: true;
    }
  | {
      readonly kind: 'text';
      readonly achievement: Achievement | null;
      readonly text: string;
    }
  | { readonly kind: 'empty'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };
