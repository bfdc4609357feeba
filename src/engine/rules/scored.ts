/** The evaluator's result type and the one place a raw score becomes a reported one. */
import type { Explanation } from '../messages';
import { explain, withParams, type ExplanationKey, type Params } from './explain';
import { finish } from './measure';

export interface Evaluation {
  /** In [0, weight], 2 decimals; null when the input lacks what the rule needs (explanation says what). */
  readonly score: number | null;
  readonly explanation: Explanation;
  /**
   * Scores the reviewer may choose instead, [low, high] (10号 部分达成: 60–80 % of the weight): a typed
   * score inside is kept, as the reviewer's, and no finding says it differs.
   */
  readonly accepts?: readonly [number, number];
}

/** Caps at the weight, rounds, and adds `score`, `weight` and `capped` to the params. */
export function scored(key: ExplanationKey, params: Params, raw: number, weight: number): Evaluation {
  const { score, capped } = finish(raw, weight);
  return { score, explanation: explain(key, withParams(params, { score, weight, capped })) };
}

export function unscoredEval(explanation: Explanation): Evaluation {
  return { score: null, explanation };
}
