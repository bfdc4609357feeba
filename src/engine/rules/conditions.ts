/**
 * Reads the condition in front of a 记/得/不得分 verb: a numeric bound or range
 * (`达85%及以上`, `80%(含)-90%`, `低于60%`), the table's target (`达到目标值`), 否则, or a verdict
 * label (`规范`, `基本规范`).
 */
import { level, type Direction, type Level } from './ast';
import type { NumToken, Token } from './lexer';
import { REACH_WORDS, type WordId } from './lexicon';
import { SCORE_UNIT } from './units';

/** inclusive null: the text did not say; the bands builder settles it from the neighbours. */
export interface BoundSpec {
  readonly level: Level;
  readonly inclusive: boolean | null;
}

export type Condition =
  | { readonly c: 'none' }
  | { readonly c: 'else' }
  | {
      readonly c: 'target';
      readonly direction: Direction | null;
      /** The words as written (`达到目标`), for tiers that grade them (`基本达到得3分`). */
      readonly words?: string;
    }
  | { readonly c: 'label'; readonly label: string; readonly direction: Direction | null }
  | {
      readonly c: 'bounds';
      readonly lower: BoundSpec | null;
      readonly upper: BoundSpec | null;
      /** The range's upper end is the table's target (`60%至目标值`). */
      readonly upperIsTarget: boolean;
    };

export function isWord(tok: Token | undefined, ...ids: WordId[]): boolean {
  return tok?.t === 'word' && ids.includes(tok.id);
}

export function isQuantity(tok: Token | undefined): tok is NumToken {
  return tok?.t === 'num' && !tok.points;
}

export function levelOf(tok: NumToken): Level {
  return level(tok.value, tok.percent, tok.unit);
}

export function surface(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join('');
}

/** A bare range end takes the other end's unit, and its scale: `3-5万人` is 30000 to 50000 人. */
function withUnitOf(tok: NumToken, other: NumToken | null): Level {
  if (!other || tok.percent || tok.unit !== null) return levelOf(tok);
  const written = parseFloat(other.text);
  const scale = Number.isFinite(written) && written > 0 ? other.value / written : 1;
  return level(scale > 1 ? tok.value * scale : tok.value, other.percent, other.unit);
}

function marker(tok: Token | undefined): boolean | null {
  if (isWord(tok, 'incl')) return true;
  if (isWord(tok, 'excl')) return false;
  return null;
}

/** `num [含] (-|至) (num|目标值) [含]` or `num ≤ 完成率 < num`. */
function readRange(tokens: readonly Token[], i: number): Condition | null {
  const lo = tokens[i];
  if (!isQuantity(lo)) return null;
  let j = i + 1;
  const loMark = marker(tokens[j]);
  if (loMark !== null) j++;
  if (isWord(tokens[j], 'range')) {
    const hi = tokens[j + 1];
    if (isWord(hi, 'targetRef')) {
      return {
        c: 'bounds',
        lower: { level: levelOf(lo), inclusive: loMark },
        upper: null,
        upperIsTarget: true,
      };
    }
    if (!isQuantity(hi)) return null;
    const hiMark = marker(tokens[j + 2]);
    return {
      c: 'bounds',
      lower: { level: withUnitOf(lo, hi), inclusive: loMark },
      upper: { level: levelOf(hi), inclusive: hiMark },
      upperIsTarget: false,
    };
  }
  // 80% ≤ 完成率 < 90%
  const cmp1 = tokens[i + 1];
  if (isWord(cmp1, 'le', 'lt')) {
    for (let k = i + 2; k < tokens.length - 1; k++) {
      const cmp2 = tokens[k];
      const hi = tokens[k + 1];
      if (isWord(cmp2, 'le', 'lt') && isQuantity(hi)) {
        return {
          c: 'bounds',
          lower: { level: withUnitOf(lo, hi), inclusive: isWord(cmp1, 'le') },
          upper: { level: levelOf(hi), inclusive: isWord(cmp2, 'le') },
          upperIsTarget: false,
        };
      }
    }
  }
  return null;
}

/** `[达|≥|低于|…] num [(含)] [以上|以下…]`; a bare number needs a % or a unit to count. */
function readSingle(tokens: readonly Token[], i: number, verdict: 'award' | 'zero'): Condition | null {
  const tok = tokens[i];
  if (!isQuantity(tok)) return null;
  const before = tokens[i - 1];
  let side: 'lower' | 'upper' | null = null;
  let inclusive: boolean | null = null;
  if (isWord(before, 'ge')) [side, inclusive] = ['lower', true];
  else if (isWord(before, 'gt', 'above')) [side, inclusive] = ['lower', false];
  else if (isWord(before, 'le')) [side, inclusive] = ['upper', true];
  else if (isWord(before, 'lt', 'below', 'short')) [side, inclusive] = ['upper', false];
  let j = i + 1;
  // the marker before or after the suffix: 90%(含)以上, 90%以上(不含)
  const mark = marker(tokens[j]) ?? marker(tokens[j + 1]);
  if (marker(tokens[j]) !== null) j++;
  const after = tokens[j];
  if (isWord(after, 'suffixUp', 'suffixUpIncl')) {
    side = 'lower';
    if (isWord(after, 'suffixUpIncl')) inclusive = true;
    else if (inclusive === null) inclusive = mark;
  } else if (isWord(after, 'suffixDown', 'suffixDownIncl')) {
    side = 'upper';
    if (isWord(after, 'suffixDownIncl')) inclusive = true;
    else if (inclusive === null) inclusive = mark;
  } else if (mark !== null && inclusive === null) inclusive = mark;
  if (side === null) {
    // 不高于上年（1200元）: the comparative a few words before the level
    const earlier = tokens
      .slice(0, i)
      .reverse()
      .find((t) => isWord(t, 'ge', 'gt', 'le', 'lt') && !REACH_WORDS.includes(t.text));
    if (earlier)
      [side, inclusive] = isWord(earlier, 'ge', 'gt')
        ? ['lower', isWord(earlier, 'ge')]
        : ['upper', isWord(earlier, 'le')];
  }
  // 发生一起不得分, 有1项…: that many or more happened
  if (side === null && isWord(before, 'occur', 'have')) [side, inclusive] = ['lower', true];
  if (side === null) {
    if (!tok.percent && tok.unit === null) return null;
    // 完成党建工作100% 记1分: a bare level is a floor to reach.
    side = verdict === 'award' ? 'lower' : 'upper';
  }
  const spec: BoundSpec = { level: levelOf(tok), inclusive };
  return side === 'lower'
    ? { c: 'bounds', lower: spec, upper: null, upperIsTarget: false }
    : { c: 'bounds', lower: null, upper: spec, upperIsTarget: false };
}

function hint(tokens: readonly Token[], verdict: 'award' | 'zero'): Direction | null {
  const up = tokens.some(
    (t) => isWord(t, 'ge', 'gt', 'suffixUp', 'suffixUpIncl') && !REACH_WORDS.includes(t.text),
  );
  const down = tokens.some((t) => isWord(t, 'le', 'lt', 'suffixDown', 'suffixDownIncl'));
  const above = tokens.some((t) => isWord(t, 'above'));
  const below = tokens.some((t) => isWord(t, 'below', 'short'));
  // In a zero clause the words name the failing side: 超过不得分 means lower is better.
  const higherBetter = up || (verdict === 'award' ? above : below);
  const lowerBetter = down || (verdict === 'award' ? below : above);
  if (higherBetter === lowerBetter) return null;
  return higherBetter ? '>=' : '<=';
}

/** The token `step` places from `i`, past an inclusion marker (`(含)`) on the way. */
function beside(tokens: readonly Token[], i: number, step: 1 | -1): { tok: Token | undefined; at: number } {
  const at = marker(tokens[i + step]) === null ? i + step : i + 2 * step;
  return { tok: tokens[at], at };
}

/**
 * The side of a level around a number: a suffix after it (`及以上`, `以下`), a comparison before it
 * (`≥`, `低于`; not 达), or a range to another number (`85-90分`; not the 到 of `到位率`).
 */
function leveled(tokens: readonly Token[], i: number): boolean {
  const next = beside(tokens, i, 1);
  const prev = beside(tokens, i, -1);
  if (isWord(next.tok, 'suffixUp', 'suffixUpIncl', 'suffixDown', 'suffixDownIncl')) return true;
  if (isWord(next.tok, 'range') && beside(tokens, next.at, 1).tok?.t === 'num') return true;
  if (isWord(prev.tok, 'range') && beside(tokens, prev.at, -1).tok?.t === 'num') return true;
  return (
    isWord(prev.tok, 'ge', 'gt', 'le', 'lt', 'below', 'above') && !REACH_WORDS.includes(prev.tok?.text ?? '')
  );
}

/**
 * `90分及以上`, `85-90分`, `80分以下` before the verb: a level of a score the indicator measures (a
 * survey's 88.6分), not points — the points come after 得. A bare `10分` before a verb stays points.
 */
function scoreLevels(tokens: readonly Token[]): readonly Token[] {
  return tokens.map((t, i) =>
    t.t === 'num' && t.points && leveled(tokens, i) ? { ...t, points: false, unit: SCORE_UNIT } : t,
  );
}

export function readCondition(words: readonly Token[], verdict: 'award' | 'zero'): Condition {
  if (words.length === 0) return { c: 'none' };
  const tokens = scoreLevels(words);
  if (tokens.some((t) => isWord(t, 'else'))) return { c: 'else' };
  for (let i = 0; i < tokens.length; i++) {
    const cond = readRange(tokens, i) ?? readSingle(tokens, i, verdict);
    if (cond) return cond;
  }
  if (tokens.some((t) => isWord(t, 'targetRef')) && tokens.every((t) => t.t !== 'text')) {
    return { c: 'target', direction: hint(tokens, verdict), words: surface(tokens) };
  }
  // 无违纪违法发生: none happened is a count of at most zero.
  if (verdict === 'award' && isWord(tokens[0], 'none')) {
    return { c: 'bounds', lower: null, upper: { level: level(0), inclusive: true }, upperIsTarget: false };
  }
  return { c: 'label', label: surface(tokens), direction: hint(tokens, verdict) };
}
