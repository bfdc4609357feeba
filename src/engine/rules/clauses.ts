/**
 * Turns a token stream into facts: one per verb phrase (记N分, 不得分, 每低K扣M分, 扣完为止, 按比例…).
 * A segment (text between separators) with no verb is a condition for the next one:
 * `满意度达85%及以上, 记5分` reads as one award.
 */
import type { Deduction, Direction, Level, Measure, Target } from './ast';
import { isQuantity, isWord, levelOf, readCondition, type Condition } from './conditions';
import type { StepMode } from '../settings';
import type { NumToken, Token } from './lexer';
import {
  ACTUAL_WORD,
  COUNT_UNITS,
  LATE_WORDS,
  MORE_WORDS,
  PARTICLE,
  PLANNED_WORDS,
  RATE_SUFFIX,
  RESPECTIVELY,
  UNREAD_SHAPES,
} from './lexicon';

export type Fact =
  | { readonly f: 'committee' }
  | { readonly f: 'default' }
  | {
      readonly f: 'award';
      readonly cond: Condition;
      readonly points: number | null;
      /** `得一半分值`: a share of the weight (with `points` null). */
      readonly share?: number;
    }
  | { readonly f: 'zero'; readonly cond: Condition }
  | { readonly f: 'step'; readonly direction: Direction; readonly step: Level; readonly deduction: Deduction }
  /** `偏差`, `每偏离1个百分点`, `增长`: what the rule measures besides the actual itself. */
  | { readonly f: 'measure'; readonly measure: Measure }
  | {
      readonly f: 'occurrence';
      readonly event: 'incident' | 'unfinished';
      readonly per: number;
      readonly unit: string;
      readonly deduction: Deduction;
    }
  | { readonly f: 'perItem'; readonly points: number }
  | { readonly f: 'total'; readonly points: number }
  | { readonly f: 'items'; readonly count: number }
  | { readonly f: 'cap'; readonly max: number | null }
  | { readonly f: 'mode'; readonly mode: StepMode }
  | {
      readonly f: 'proportional';
      readonly scale: 'ratio' | 'interpolate';
      readonly range: { readonly lower: Level; readonly upper: Target } | null;
      readonly formula: boolean;
      /** `得分=执行率×10`: the points the formula multiplies by. */
      readonly points?: number;
      /** What a formula divides by (`实际值/目标值`, `/90%`, `目标值/实际值`); none: 100%. */
      readonly ratio?: { readonly target: Target; readonly direction: Direction | null };
    }
  /** A 扣 or 得 phrase that is none of the known shapes: the rule cannot be scored safely. */
  | { readonly f: 'unread' };

interface Match {
  readonly facts: readonly Fact[];
  /** Index just past what the match consumed. */
  readonly end: number;
}

type Handler = (toks: readonly Token[], start: number, k: number) => Match | null;

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
  if (dirTok && num && mid.indexOf(num) > dirAt) {
    // Without 每, only `低于2个百分点扣1分` (a gap in 百分点) is a step; `低于60%扣5分` is not.
    if (!each && !num.pp) return null;
    // 每滞后5% (a completion rate behind plan) is a shortfall; 每滞后1天 is lateness
    const late = LATE_WORDS.includes(dirTok.text) && num.percent;
    const direction: Direction = (more || isWord(dirTok, 'above', 'deviation')) && !late ? '<=' : '>=';
    if (num.value <= 0) return null;
    return { f: 'step', direction, step: levelOf(num), deduction: read.deduction };
  }
  const unfinished = mid.some((t) => isWord(t, 'unfinished'));
  const counted = mid.some((t) => isWord(t, 'occur', 'have', 'item', 'unfinished'));
  const countUnit = num !== undefined && num.unit !== null && COUNT_UNITS.has(num.unit);
  // 每笔扣1分, 每个问题扣0.5分: a count unit right after 每 stands for one
  const first = mid[0];
  const bareUnit =
    num === undefined && each && first?.t === 'text'
      ? ([...COUNT_UNITS].find((u) => first.text.startsWith(u)) ?? null)
      : null;
  if (countUnit || bareUnit !== null || (num === undefined && counted && each)) {
    const per = num?.value ?? 1;
    if (per <= 0 || !Number.isInteger(per)) return null;
    const unit = num?.unit ?? bareUnit ?? (mid.some((t) => isWord(t, 'item')) ? '项' : '次');
    return {
      f: 'occurrence',
      event: unfinished ? 'unfinished' : 'incident',
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
    if (pts?.t === 'num' && pts.points && itemized)
      return { facts: [{ f: 'perItem', points: pts.value }], end: v + 2 };
    return null;
  }
  if (verb.id === 'zero') return null;
  const fact = stepOrOccurrence(toks, k + 1, v, true) ?? stepAfterLevel(toks, start, k, v);
  const end = readDeduction(toks, v)?.end ?? v + 1;
  return fact ? { facts: [fact, ...deviationIn(toks.slice(k + 1, v))], end } : null;
};

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
  const fact = stepOrOccurrence(toks, start, k, false) ?? { f: 'unread' };
  return { facts: [fact, ...deviationIn(toks.slice(start, k))], end: readDeduction(toks, k)?.end ?? k + 1 };
};

const onAward: Handler = (toks, start, k) => {
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

/** `得分值的50%`, one word with its 得. */
const onHalf: Handler = (toks, start, k) => ({
  facts: [{ f: 'award', cond: readCondition(toks.slice(start, k), 'award'), points: null, share: 0.5 }],
  end: k + 1,
});

const onZero: Handler = (toks, start, k) => ({
  facts: [{ f: 'zero', cond: readCondition(toks.slice(start, k), 'zero') }],
  end: k + 1,
});

const onTotal: Handler = (toks, _start, k) => {
  const n = toks[k + 1];
  if (n?.t !== 'num') return null;
  if (n.points) return { facts: [{ f: 'total', points: n.value }], end: k + 2 };
  if (n.unit === '项' && Number.isInteger(n.value))
    return { facts: [{ f: 'items', count: n.value }], end: k + 2 };
  return null;
};

const onCap: Handler = (toks, _start, k) => {
  if (isWord(toks[k], 'capZero')) return { facts: [{ f: 'cap', max: null }], end: k + 1 };
  if (isWord(toks[k], 'capFull')) return { facts: [], end: k + 1 };
  const n = toks[k + 1];
  if (n?.t === 'num' && n.points) {
    const end = isWord(toks[k + 2], 'until') ? k + 3 : k + 2;
    return { facts: [{ f: 'cap', max: n.value }], end };
  }
  return { facts: [{ f: 'cap', max: null }], end: isWord(n, 'until') ? k + 2 : k + 1 };
};

/** `不足2个百分点按2个百分点计` → partial; `…不扣分` → whole; `…按比例扣分` → proportional. */
const onShort: Handler = (toks, _start, k) => {
  const rest = toks.slice(k + 1);
  const end = toks.length;
  if (rest.some((t) => isWord(t, 'ratio'))) return { facts: [{ f: 'mode', mode: 'proportional' }], end };
  if (rest.some((t) => isWord(t, 'noDeduct'))) return { facts: [{ f: 'mode', mode: 'whole' }], end };
  const by = rest.findIndex((t) => isWord(t, 'by'));
  if (
    by >= 0 &&
    rest.slice(by).some((t) => t.t === 'num') &&
    rest.slice(by).some((t) => isWord(t, 'award', 'countAs', 'deduct'))
  ) {
    return { facts: [{ f: 'mode', mode: 'partial' }], end };
  }
  return null;
};

function rangeBefore(
  toks: readonly Token[],
  start: number,
  k: number,
): { lower: Level; upper: Target } | null {
  const cond = readCondition(toks.slice(start, k), 'award');
  if (cond.c !== 'bounds' || !cond.lower) return null;
  if (cond.upperIsTarget) return { lower: cond.lower.level, upper: 'table' };
  return cond.upper ? { lower: cond.lower.level, upper: cond.upper.level } : null;
}

/** `按完成比例计分`, `60%-100%之间按比例得分`, `60%至100%线性计分`, `按比例扣分`. */
const onProportion: Handler = (toks, start, k) => {
  const rest = toks.slice(k);
  const ratioAt = rest.findIndex((t) => isWord(t, 'ratio', 'linear'));
  // 按实际完成率计分, 按完成率计算得分
  const rate = rest[1];
  // 按完成率计分, 按完成率计算得分, 按完成率折算(得分)
  const counted = isWord(rest[2], 'countAs');
  const scored = isWord(rest[counted ? 3 : 2], 'score') || (counted && rest[3] === undefined);
  const byRate = rate?.t === 'text' && rate.text.endsWith(RATE_SUFFIX) && scored;
  if (isWord(toks[k], 'by') && ratioAt < 0 && !byRate) return null;
  if (rest.some((t) => isWord(t, 'deduct', 'deductShare')))
    return { facts: [{ f: 'mode', mode: 'proportional' }], end: toks.length };
  const scale = toks.slice(start).some((t) => isWord(t, 'linear')) ? 'interpolate' : 'ratio';
  return {
    facts: [{ f: 'proportional', scale, range: rangeBefore(toks, start, k), formula: false }],
    end: toks.length,
  };
};

/**
 * What the formula before `×` divides by: a level (`执行率/90%`), the table's target
 * (`实际值/目标值`), or the actual, lower being better (`目标值/实际值`, `计划成本/实际成本`).
 */
function formulaRatio(
  toks: readonly Token[],
  start: number,
  k: number,
): { target: Target; direction: Direction | null } | null {
  const before = toks.slice(start, k);
  const slash = before.findIndex((t) => t.t === 'text' && /[/÷]/.test(t.text));
  const split = before[slash];
  if (split?.t !== 'text') return null;
  const at = split.text.search(/[/÷]/);
  // the words on each side, read as text
  const text = (ts: readonly Token[]): string => ts.map((t) => t.text).join('');
  const left = text(before.slice(0, slash)) + split.text.slice(0, at);
  const right = split.text.slice(at + 1) + text(before.slice(slash + 1));
  const level = before.slice(slash + 1).find((t): t is NumToken => t.t === 'num' && t.percent && !t.pp);
  if (level) return { target: levelOf(level), direction: '>=' };
  if (PLANNED_WORDS.test(left) && right.includes(ACTUAL_WORD)) return { target: 'table', direction: '<=' };
  // 实际值/目标值: a ratio to the table's target, whichever way the target points
  return PLANNED_WORDS.test(right) ? { target: 'table', direction: null } : null;
}

/** `得分=执行率×分值`, `按实际值/目标值×分值计分`. */
const onTimes: Handler = (toks, start, k) => {
  // `得分=(1-超支率)×分值`, `得分=(完成率-60%)/40%×分值`: a difference, not a ratio
  const formula = toks
    .slice(start, k)
    .map((t) => t.text)
    .join('');
  if (/=.*-|^1-/.test(formula)) return { facts: [{ f: 'unread' }], end: toks.length };
  const ratio = formulaRatio(toks, start, k);
  const fact = {
    f: 'proportional',
    scale: 'ratio',
    range: null,
    formula: true,
    ...(ratio ? { ratio } : {}),
  } as const;
  if (toks.slice(start).some((t) => isWord(t, 'weight'))) return { facts: [fact], end: toks.length };
  // 得分=执行率×10
  const n = toks[k + 1];
  const bare = n?.t === 'num' && !n.percent && n.unit === null;
  // 得分=执行率×10, 执行率×10分
  if (bare && (n.points || toks.slice(start, k).some((t) => isWord(t, 'score')))) {
    return { facts: [{ ...fact, points: n.value }], end: k + 2 };
  }
  return null;
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
      return isWord(toks[k - 1], 'award') ? null : onTotal;
    case 'half':
      return isWord(toks[k - 1], 'award') ? null : onHalf;
    case 'capZero':
    case 'capMax':
    case 'capFull':
      return onCap;
    case 'short':
      return onShort;
    case 'by':
    case 'linear':
      return onProportion;
    case 'times':
      return onTimes;
    case 'committee':
      return () => ({ facts: [{ f: 'committee' }], end: k + 1 });
    case 'deviation':
    case 'growth': {
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

/**
 * `结转结余率=结转结余/预算×100%`: a segment defining the measure, not a way to score (a formula
 * and no verb; its `=` names a measure, where `得分=执行率×分值` names the score).
 */
function isDefinition(segment: readonly Token[]): boolean {
  const at = segment.findIndex((t) => t.t === 'text' && t.text.includes('='));
  const eq = segment[at];
  if (eq?.t !== 'text') return false;
  if (eq.text.startsWith('=') && isWord(segment[at - 1], 'score')) return false;
  // a formula follows (完成率=100% is a condition, 完成率=完成数/计划数×100% a definition)
  const rest = [{ ...eq, text: eq.text.slice(eq.text.indexOf('=')) }, ...segment.slice(at + 1)];
  const formula = rest.some((t) => isWord(t, 'times') || (t.t === 'text' && /[/÷]/.test(t.text)));
  const verb = segment.some((t) => isWord(t, 'award', 'zero', 'deduct', 'deductShare', 'half', 'awardShare'));
  return formula && !verb;
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
  if (UNREAD_SHAPES.test(tokens.map((t) => t.text).join(''))) facts.push({ f: 'unread' });
  for (const tok of tokens) {
    if (tok.t === 'sep') flush();
    else segment.push(tok);
  }
  flush();
  return facts;
}
