/**
 * Turns a token stream into facts: one per verb phrase (记N分, 不得分, 每低K扣M分, 扣完为止, 按比例…).
 * A segment (text between separators) with no verb is a condition for the next one:
 * `满意度达85%及以上, 记5分` reads as one award.
 */
import type { Deduction, Direction, Measure } from './ast';
import { isQuantity, isWord, levelOf, readCondition, surface } from './conditions';
import type { Fact, Handler, Match } from './facts';
import { isDefinition, onProportion, onTimes } from './formulas';
import { eachPart } from './eachPart';
import { fallsBy, inFormula, namesAWay } from './wayTokens';
import { lateDeduction } from './lateBands';
import { onCap, onFloor, onShort } from './limits';
import type { NumToken, Token } from './lexer';
import {
  MORE_WORDS,
  ONE_SHORT_WORDS,
  PARTICLE,
  RESPECTIVELY,
  UNREAD_SHAPES,
  TIME_STEP_UNITS,
} from './lexicon';
import { LATE_WORDS } from './timeWords';
import { COUNT_UNITS } from './units';

export type { Fact } from './facts';

function findIndex(toks: readonly Token[], from: number, pred: (t: Token) => boolean): number {
  for (let i = from; i < toks.length; i++) if (pred(toks[i] as Token)) return i;
  return -1;
}

/** `扣1分` → 1 point; `扣分值的20%` → 20 % of the weight. */
function readDeduction(toks: readonly Token[], v: number): { deduction: Deduction; end: number } | null {
  let j = v + 1;
  const share = isWord(toks[v], 'deductShare');
  if (!share && isWord(toks[j], 'weight')) return readShare(toks, j + 1);
  if (share) return readShare(toks, j);
  const n = toks[j];
  if (n?.t === 'num' && (n.points || (!n.percent && n.unit === null))) {
    j++;
    return { deduction: { amount: n.value, ofWeight: false }, end: j };
  }
  return null;
}

function readShare(toks: readonly Token[], from: number): { deduction: Deduction; end: number } | null {
  let j = from;
  while (toks[j]?.t === 'text' && j < from + 2) j++;
  const n = toks[j];
  if (n?.t !== 'num' || !n.percent) return null;
  return { deduction: { amount: Math.round((n.value / 100) * 1e9) / 1e9, ofWeight: true }, end: j + 1 };
}

/** The step or occurrence in front of a 扣 verb, from `from` (after 每, or the segment start). */
function stepOrOccurrence(toks: readonly Token[], from: number, v: number, each: boolean): Fact | null {
  const read = readDeduction(toks, v);
  if (!read) return null;
  const mid = toks.slice(from, v);
  // `每低于100%一个百分点`: the gap in 百分点 is the step, the level before it the target
  const num =
    mid.find((t): t is NumToken => isQuantity(t) && t.pp) ?? mid.find((t): t is NumToken => isQuantity(t));
  // 每多1件 (more than the limit): 多 alone before the step is an excess
  const more = mid[0]?.t === 'text' && MORE_WORDS.includes(mid[0].text) && isQuantity(mid[1]);
  const dirAt = more ? 0 : mid.findIndex((t) => isWord(t, 'below', 'above', 'short', 'deviation'));
  const dirTok = mid[dirAt];
  // `每超时1起扣0.5分`, `每逾期1件扣1分`: lateness counted in events is so many late events, not a
  // step past a limit in the target's unit (hunt35: an average of 18小时 read as within 24小时)
  const lateEvents =
    dirTok !== undefined &&
    LATE_WORDS.includes(dirTok.text) &&
    num !== undefined &&
    COUNT_UNITS.has(num.unit ?? '');
  if (dirTok && num && mid.indexOf(num) > dirAt && !lateEvents) {
    // Without 每, only `低于2个百分点扣1分` (a gap in 百分点), `超时1天扣2分` (one unit of time late)
    // and `少发1人扣1分` are steps; not `低于60%扣5分`, `超过30天扣5分`, `逾期1个月内扣2分` (lateDeduction).
    const one = num.value === 1 && !num.percent && !isWord(mid[mid.indexOf(num) + 1], 'suffixDownIncl');
    const oneUnitLate = one && LATE_WORDS.includes(dirTok.text) && TIME_STEP_UNITS.has(num.unit ?? '');
    const oneShort = one && ONE_SHORT_WORDS.includes(dirTok.text) && COUNT_UNITS.has(num.unit ?? '');
    if (!each && !num.pp && !oneUnitLate && !oneShort) return null;
    // 每滞后5% (a completion rate behind plan) is a shortfall; 每滞后1天 is lateness
    const late = LATE_WORDS.includes(dirTok.text) && num.percent;
    const direction: Direction = (more || isWord(dirTok, 'above', 'deviation')) && !late ? '<=' : '>=';
    if (num.value <= 0) return null;
    return { f: 'step', direction, step: levelOf(num), deduction: read.deduction };
  }
  const unfinished = mid.some((t) => isWord(t, 'unfinished'));
  // `发现问题未整改的，每个扣3分`: 未整改 in the clause that conditions this one counts what is left undone
  const leftUndone = !unfinished && toks.slice(0, from).some((t) => isWord(t, 'unfinished'));
  const counted = mid.some((t) => isWord(t, 'occur', 'have', 'item', 'unfinished'));
  const countUnit = num !== undefined && num.unit !== null && COUNT_UNITS.has(num.unit);
  // 每笔扣1分, 每个问题扣0.5分: a count unit right after 每 stands for one
  const first = mid[0];
  const bareUnit =
    num === undefined && each && first?.t === 'text'
      ? ([...COUNT_UNITS].find((u) => first.text.startsWith(u)) ?? null)
      : null;
  // `每有1个月未达标扣1分`: months (quarters, days) that missed, counted as events, not a delay
  const timeCounted =
    counted &&
    dirTok === undefined &&
    num !== undefined &&
    !num.percent &&
    TIME_STEP_UNITS.has(num.unit ?? '') &&
    mid.some((t) => isWord(t, 'have'));
  if (countUnit || timeCounted || bareUnit !== null || (num === undefined && counted && each)) {
    const per = num?.value ?? 1;
    if (per <= 0 || !Number.isInteger(per)) return null;
    const unit = num?.unit ?? bareUnit ?? (mid.some((t) => isWord(t, 'item')) ? '项' : '次');
    return {
      f: 'occurrence',
      event: unfinished ? 'unfinished' : leftUndone ? 'leftUndone' : 'incident',
      per,
      unit,
      deduction: read.deduction,
    };
  }
  return null;
}

/** `每项1分`, `每个1分`: points per item, no verb. */
function bareItem(toks: readonly Token[], k: number): Match | null {
  const head = toks[k + 1];
  const pts = toks[k + 2];
  const item = isWord(head, 'item') || (head?.t === 'text' && COUNT_UNITS.has(head.text));
  if (!item || pts?.t !== 'num' || !pts.points || pts.value <= 0) return null;
  return { facts: [{ f: 'perItem', points: pts.value }], end: k + 3 };
}

const onEach: Handler = (toks, start, k) => {
  const bare = bareItem(toks, k);
  if (bare) return bare;
  const v = findIndex(toks, k + 1, (t) => isWord(t, 'award', 'deduct', 'deductShare', 'zero'));
  const verb = toks[v];
  if (!verb || verb.t !== 'word') return null;
  // `每季度开展1次…，全年4次，每少一次扣0.5分`: the verb belongs to the last 每 before it
  if (toks.slice(k + 1, v).some((t) => isWord(t, 'each'))) return null;
  if (verb.id === 'award') {
    const pts = toks[v + 1];
    const mid = toks.slice(k + 1, v);
    // ①…②…③…，分别得1分: so much per listed item
    if (toks[k]?.text === RESPECTIVELY && v === k + 1 && pts?.t === 'num' && pts.points)
      return { facts: [{ f: 'perItem', points: pts.value }], end: v + 2 };
    // 每项…得1分, 每完成1次得0.5分, 每季度按时报送得0.5分: so much each time; not 每低1个百分点得…
    const itemized =
      mid.some((t) => isWord(t, 'item')) ||
      mid.some((t) => t.t === 'num' && t.unit !== null && COUNT_UNITS.has(t.unit)) ||
      !mid.some((t) => isQuantity(t) || isWord(t, 'below', 'above', 'short', 'deviation', 'ratio'));
    // 每开展10场得0.5分: so much per ten, which a per-item rule cannot say
    const many = mid.find((t) => t.t === 'num' && !t.points && t.value !== 1);
    const per = many?.t === 'num' ? { per: many.value } : {};
    if (pts?.t === 'num' && pts.points && itemized)
      return { facts: [{ f: 'perItem', points: pts.value, ...per }], end: v + 2 };
    return null;
  }
  if (verb.id === 'zero') return null;
  const read = stepOrOccurrence(toks, k + 1, v, true) ?? stepAfterLevel(toks, start, k, v);
  const end = readDeduction(toks, v)?.end ?? v + 1;
  const fact = read?.f === 'step' ? withUnder(read, toks.slice(start, k)) : read;
  return fact ? { facts: [fact, ...deviationIn(toks.slice(k + 1, v))], end } : null;
};

/** `90%以下每低5个百分点扣2分`: the level written before 每, under which the steps are taken. */
function withUnder(step: Extract<Fact, { f: 'step' }>, before: readonly Token[]): Fact {
  const cond = readCondition(before, 'award');
  const upper = cond.c === 'bounds' && !cond.lower ? cond.upper : null;
  return upper ? { ...step, under: upper.level } : step;
}

/** `低于98%每1%扣0.2分`: the direction comes before the level, the step right after 每. */
function stepAfterLevel(toks: readonly Token[], start: number, k: number, v: number): Fact | null {
  const dir = toks
    .slice(start, k)
    .reverse()
    .find((t) => isWord(t, 'below', 'above'));
  const num = toks[k + 1];
  const read = readDeduction(toks, v);
  if (!dir || !isQuantity(num) || num.value <= 0 || v !== k + 2 || !read) return null;
  const direction: Direction = isWord(dir, 'above') ? '<=' : '>=';
  return { f: 'step', direction, step: levelOf(num), deduction: read.deduction };
}

/** `每偏离1个百分点`: the step is taken on the deviation from the target. */
function deviationIn(mid: readonly Token[]): Fact[] {
  return mid.some((t) => isWord(t, 'deviation')) ? [{ f: 'measure', measure: 'deviation' }] : [];
}

const onDeduct: Handler = (toks, start, k) => {
  const read = readDeduction(toks, k);
  const late = read && lateDeduction(toks.slice(start, k), read.deduction);
  const fact = stepOrOccurrence(toks, start, k, false) ?? late ?? { f: 'unread' };
  return { facts: [fact, ...deviationIn(toks.slice(start, k))], end: read?.end ?? k + 1 };
};

const onAward: Handler = (toks, start, k) => {
  const parts = eachPart(toks, start, k);
  if (parts) return parts;
  const next = toks[k + 1];
  if (isWord(next, 'full'))
    return {
      facts: [{ f: 'award', cond: readCondition(toks.slice(start, k), 'award'), points: null }],
      end: k + 2,
    };
  if (isWord(next, 'half'))
    return {
      facts: [{ f: 'award', cond: readCondition(toks.slice(start, k), 'award'), points: null, share: 0.5 }],
      end: k + 2,
    };
  const share = shareAfter(toks, k + 1);
  if (share)
    return {
      facts: [{ f: 'award', cond: readCondition(toks.slice(start, k), 'award'), ...share.award }],
      end: share.end,
    };
  if (next?.t !== 'num' || !next.points) return null;
  const cond = readCondition(toks.slice(start, k), next.value === 0 ? 'zero' : 'award');
  const fact: Fact = next.value === 0 ? { f: 'zero', cond } : { f: 'award', cond, points: next.value };
  return { facts: [fact], end: k + 2 };
};

/**
 * A share of the weight after 得: `80%分值`, `80%的分值`, or a bare `80%` ending the phrase
 * (`良好得80%`). 100% is the full weight.
 */
function shareAfter(
  toks: readonly Token[],
  j: number,
): { award: { points: null; share?: number }; end: number } | null {
  const n = toks[j];
  if (n?.t !== 'num' || !n.percent || n.pp || n.value <= 0 || n.value > 100) return null;
  const after = toks[j + 1];
  const of = after?.t === 'text' && after.text === PARTICLE ? j + 2 : j + 1;
  const end = isWord(toks[of], 'weight') ? of + 1 : after === undefined ? j + 1 : -1;
  if (end < 0) return null;
  return { award: n.value === 100 ? { points: null } : { points: null, share: n.value / 100 }, end };
}

/** `得分值的80%`: the share of the weight after the word. */
const onAwardShare: Handler = (toks, start, k) => {
  const n = toks[k + 1];
  if (n?.t !== 'num' || !n.percent || n.pp || n.value <= 0 || n.value > 100)
    return { facts: [{ f: 'unread' }], end: k + 1 };
  const share = n.value === 100 ? {} : { share: n.value / 100 };
  return {
    facts: [{ f: 'award', cond: readCondition(toks.slice(start, k), 'award'), points: null, ...share }],
    end: k + 2,
  };
};

/** `90%`, `90%以上`: a level just before a bare 满分 (not `共3所`, a count). */
function atLevel(tok: Token | undefined): boolean {
  return (tok?.t === 'num' && tok.percent) || isWord(tok, 'suffixUp', 'suffixUpIncl');
}

/**
 * `≥90%满分`, `90%以上满分` (no 得): full points at a level. Anything else ending in 满分 is left to the total
 * handler; a condition that reads as no bounds is no award.
 */
const onBareFull: Handler = (toks, start, k) => {
  const cond = readCondition(toks.slice(start, k), 'award');
  return cond.c === 'bounds'
    ? { facts: [{ f: 'award', cond, points: null }], end: k + 1 }
    : onTotal(toks, start, k);
};

/** `得分值的50%`, one word with its 得. */
const onHalf: Handler = (toks, start, k) => ({
  facts: [{ f: 'award', cond: readCondition(toks.slice(start, k), 'award'), points: null, share: 0.5 }],
  end: k + 1,
});

const onZero: Handler = (toks, start, k) => {
  const before = toks.slice(start, k);
  const cond = readCondition(before, 'zero');
  return {
    facts: [before.some((t) => isWord(t, 'occur')) ? { f: 'zero', cond, occur: true } : { f: 'zero', cond }],
    end: k + 1,
  };
};

const onTotal: Handler = (toks, _start, k) => {
  const n = toks[k + 1];
  if (n?.t !== 'num') return null;
  if (n.points) return { facts: [{ f: 'total', points: n.value }], end: k + 2 };
  if (n.unit === '项' && Number.isInteger(n.value))
    return { facts: [{ f: 'items', count: n.value }], end: k + 2 };
  return null;
};

/** `偏差率在10%以内不扣分`: a level within which nothing is deducted is where the points are full. */
const onNoDeduct: Handler = (toks, start, k) => {
  const cond = readCondition(toks.slice(start, k), 'award');
  if (cond.c !== 'bounds') return null;
  return { facts: [{ f: 'award', cond, points: null }], end: k + 1 };
};

function handlerFor(tok: Token, toks: readonly Token[], k: number): Handler | null {
  if (tok.t !== 'word') return null;
  switch (tok.id) {
    case 'each':
      return onEach;
    case 'deduct':
    case 'deductShare':
      return onDeduct;
    case 'award':
      return onAward;
    case 'awardShare':
      return onAwardShare;
    case 'zero':
      return onZero;
    case 'total':
      return onTotal;
    case 'full':
      if (isWord(toks[k - 1], 'award')) return null;
      return atLevel(toks[k - 1]) ? onBareFull : onTotal;
    case 'half':
      return isWord(toks[k - 1], 'award') ? null : onHalf;
    case 'capZero':
    case 'capMax':
    case 'capFull':
      return onCap;
    case 'floorAt':
      return onFloor;
    case 'short':
      return onShort;
    case 'noDeduct':
      return onNoDeduct;
    case 'by':
    case 'linear':
      return onProportion;
    case 'times':
      return onTimes;
    case 'committee':
      return () => ({ facts: [{ f: 'committee' }], end: k + 1 });
    case 'below':
      return fallsBy(toks, k) ? () => ({ facts: [{ f: 'measure', measure: 'fall' }], end: k + 1 }) : null;
    case 'deviation':
    case 'growth': {
      // `实际增长率/目标增长率×分值`: the word names what a formula divides, not what is measured;
      // `负增长不得分`, `增长的不得分`: a way of the change, a band's label
      if (inFormula(toks, k) || namesAWay(toks, k)) return null;
      const measure: Measure = tok.id;
      return () => ({ facts: [{ f: 'measure', measure }], end: k + 1 });
    }
    case 'defaultRule':
      return () => ({ facts: [{ f: 'default' }], end: k + 1 });
    default:
      return null;
  }
}

/** Facts of one segment; returns the tail that had no verb (a condition for the next segment). */
function readSegment(toks: readonly Token[], out: Fact[]): readonly Token[] {
  let start = 0;
  let k = 0;
  while (k < toks.length) {
    const handler = handlerFor(toks[k] as Token, toks, k);
    const match = handler?.(toks, start, k) ?? null;
    if (match) {
      out.push(...match.facts);
      start = k = Math.max(match.end, k + 1);
    } else k++;
  }
  return toks.slice(start);
}

export function readFacts(tokens: readonly Token[]): Fact[] {
  const facts: Fact[] = [];
  let pending: readonly Token[] = [];
  let segment: Token[] = [];
  const flush = (): void => {
    if (isDefinition(segment)) segment = [];
    if (segment.length > 0) pending = readSegment([...pending, ...segment], facts);
    segment = [];
    // `得八成分值`: points after 得 that no phrase read must not become the next one's condition
    const award = pending.findIndex((t) => isWord(t, 'award'));
    if (award >= 0 && pending.slice(award + 1).some((t) => t.t === 'num' || isWord(t, 'weight')))
      facts.push({ f: 'unread' });
  };
  if (UNREAD_SHAPES.test(surface(tokens))) facts.push({ f: 'unread' });
  for (const tok of tokens) {
    if (tok.t === 'sep') flush();
    else segment.push(tok);
  }
  flush();
  return facts;
}
