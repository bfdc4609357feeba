/**
 * Token tests the clause reader uses for a change's way in a rule (`下降8%及以上`, `增长的不得分`) and for
 * names inside a scoring formula (`A/B×分值`).
 */
import { CHANGE_WORDS } from './changeWords';
import { isQuantity, isWord } from './conditions';
import type { Token } from './lexer';
import { PARTICLE } from './lexicon';

/** The token at `k` is one of the names in a division that a `×` then scales (`A/B×分值`). */
export function inFormula(toks: readonly Token[], k: number): boolean {
  const times = toks.findIndex((t, i) => i > k && isWord(t, 'times'));
  return times > 0 && toks.slice(0, times).some((t) => t.t === 'text' && /[/÷]/.test(t.text));
}

/**
 * `下降8%及以上`, `降低5%-8%`, `下降≥8%`: a fall word right before a figure makes the rule measure the
 * fall (not a step: `每下降1个百分点`, `每少下降1个百分点`).
 */
export function fallsBy(toks: readonly Token[], k: number): boolean {
  if (!CHANGE_WORDS.fallBy.some((w) => w === toks[k]?.text)) return false;
  if (isWord(toks[k - 1], 'each', 'below', 'short') || inFormula(toks, k)) return false;
  const next = isWord(toks[k + 1], 'ge', 'gt', 'le', 'lt') ? toks[k + 2] : toks[k + 1];
  return isQuantity(next);
}

/** The word at `k` is the whole condition of the verdict after it (`增长的不得分`, `负增长不得分`). */
export function namesAWay(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1]?.t === 'text' && toks[k + 1]?.text === PARTICLE ? toks[k + 2] : toks[k + 1];
  return isWord(next, 'award', 'awardShare', 'zero');
}
