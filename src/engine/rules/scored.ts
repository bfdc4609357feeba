/** The evaluator's result type and the one place a raw score becomes a reported one. */
import type { Explanation } from '../messages';
import { explain, withParams, type ExplanationKey, type Params } from './explain';
import { finish } from './measure';

export interface Evaluation {
  /** In [0, weight], 2 decimals; null when the input lacks what the rule needs (explanation says what). */
  readonly score: number | null;
  readonly explanation: Explanation;
}

/** Caps at the weight, rounds, and adds `score`, `weight` and `capped` to the params. */
export function scored(key: ExplanationKey, params: Params, raw: number, weight: number): Evaluation {
  const { score, capped } = finish(raw, weight);
  return { score, explanation: explain(key, withParams(params, { score, weight, capped })) };
}

export function unscoredEval(explanation: Explanation): Evaluation {
  return { score: null, explanation };
}
