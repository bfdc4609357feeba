/** `轮出、轮入按期完成各得2.5分`: so much for each part a clause lists. */
import { surface } from './conditions';
import type { Fact, Match } from './facts';
import type { Token } from './lexer';
import { EACH_PART } from './lexicon';

/**
 * Points per part before 得 (the clause ends in 各), and how many parts it lists when it joins
 * them with 、; null for any other award.
 * @example eachPart(lex('轮出、轮入按期完成各得2.5分').tokens, 0, 1) // perItem 2.5, items 2
 */
export function eachPart(toks: readonly Token[], start: number, k: number): Match | null {
  const before = toks[k - 1];
  const pts = toks[k + 1];
  if (before?.t !== 'text' || !before.text.endsWith(EACH_PART.word)) return null;
  if (pts?.t !== 'num' || !pts.points || pts.value <= 0) return null;
  const parts = surface(toks.slice(start, k)).split(EACH_PART.join).length;
  const items: Fact[] = parts > 1 ? [{ f: 'items', count: parts }] : [];
  return { facts: [{ f: 'perItem', points: pts.value }, ...items], end: k + 2 };
}
