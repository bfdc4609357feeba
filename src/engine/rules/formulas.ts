/**
 * Formulas and proportions in a 评分标准: `按完成比例计分`, `60%-100%之间按比例得分`,
 * `得分=执行率×分值`, `按实际值/目标值×分值计分`, and the definitions in front of a rule
 * (`结转结余率=结转结余/预算×100%`) that say what is measured, not how it scores.
 */
import type { Direction, Level, Target } from './ast';
import { isWord, levelOf, readCondition, surface } from './conditions';
import type { Handler } from './facts';
import type { NumToken, Token } from './lexer';
import { ACTUAL_WORD, PLANNED_WORDS, RATE_SUFFIX } from './lexicon';

/** A division in a formula: `实际值/目标值`, `预算执行率÷95%`. */
const DIVIDE = /[/÷]/;

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

/** `85%以下按比例得分`, `80%以下得分=执行率×10`: the level the proportion applies under. */
function levelUnder(toks: readonly Token[], start: number, k: number): { under?: Level } {
  const cond = readCondition(toks.slice(start, k), 'award');
  return cond.c === 'bounds' && !cond.lower && cond.upper ? { under: cond.upper.level } : {};
}

/** `按完成比例计分`, `60%-100%之间按比例得分`, `60%至100%线性计分`, `按比例扣分`. */
export const onProportion: Handler = (toks, start, k) => {
  const rest = toks.slice(k);
  const ratioAt = rest.findIndex((t) => isWord(t, 'ratio', 'linear'));
  // 按实际完成率计分, 按完成率计算得分, 按完成率折算(得分)
  const rate = rest[1];
  const counted = isWord(rest[2], 'countAs');
  const scored = isWord(rest[counted ? 3 : 2], 'score') || (counted && rest[3] === undefined);
  const byRate = rate?.t === 'text' && rate.text.endsWith(RATE_SUFFIX) && scored;
  if (isWord(toks[k], 'by') && ratioAt < 0 && !byRate) return null;
  if (rest.some((t) => isWord(t, 'deduct', 'deductShare')))
    return { facts: [{ f: 'mode', mode: 'proportional' }], end: toks.length };
  const scale = toks.slice(start).some((t) => isWord(t, 'linear')) ? 'interpolate' : 'ratio';
  return {
    facts: [
      {
        f: 'proportional',
        scale,
        range: rangeBefore(toks, start, k),
        formula: false,
        ...levelUnder(toks, start, k),
      },
    ],
    end: toks.length,
  };
};

/**
 * What the formula before `×` divides by: a level (`执行率/90%`), the table's target
 * (`实际值/目标值`), or the actual, lower being better (`目标值/实际值`, `计划成本/实际成本`,
 * `100%/实际控制率`).
 */
function formulaRatio(
  toks: readonly Token[],
  start: number,
  k: number,
): { target: Target; direction: Direction | null } | null {
  const before = toks.slice(start, k);
  const slash = before.findIndex((t) => t.t === 'text' && DIVIDE.test(t.text));
  const split = before[slash];
  if (split?.t !== 'text') return null;
  const at = split.text.search(DIVIDE);
  // the words on each side, read as text
  const left = surface(before.slice(0, slash)) + split.text.slice(0, at);
  const right = split.text.slice(at + 1) + surface(before.slice(slash + 1));
  const level = before.slice(slash + 1).find((t): t is NumToken => t.t === 'num' && t.percent && !t.pp);
  if (level) return { target: levelOf(level), direction: '>=' };
  // `100%/实际控制率`: a level over the actual, lower being better
  const over = before[slash - 1];
  if (over?.t === 'num' && over.percent && !over.pp && at === 0 && right.includes(ACTUAL_WORD))
    return { target: levelOf(over), direction: '<=' };
  if (PLANNED_WORDS.test(left) && right.includes(ACTUAL_WORD)) return { target: 'table', direction: '<=' };
  // 实际值/目标值: a ratio to the table's target, whichever way the target points
  return PLANNED_WORDS.test(right) ? { target: 'table', direction: null } : null;
}

/**
 * `得分=(完成率-60%)/40%×分值`, `(完成率-60%)÷(100%-60%)×4`: the rate above a floor over the span
 * to full points, linear from the floor (60%) to its end (100%). Null for any other difference.
 */
function floorSpan(toks: readonly Token[], start: number, k: number): { lower: Level; upper: Level } | null {
  const before = toks.slice(start, k);
  const divide = before.findIndex((t) => t.t === 'text' && /^[/÷]$/.test(t.text));
  const [minus, floor] = [before[divide - 2], before[divide - 1]];
  const named = before.slice(0, Math.max(0, divide - 2));
  // `得分=(…)…×分值`, or `按(…)…×分值计分`
  const scored =
    (named.some((t) => isWord(t, 'score')) && named.some((t) => t.text.includes('='))) ||
    (named.some((t) => isWord(t, 'by')) && toks.slice(k + 1, k + 4).some((t) => isWord(t, 'score')));
  if (!scored || !isMinus(minus) || floor?.t !== 'num' || floor.pp) return null;
  // `30%至50%之间按（完成值-30）/（50-30）×权重计分`: bare figures of the percentages the band names
  const percent = (t: Token | undefined): boolean =>
    t?.t === 'num' &&
    !t.pp &&
    (t.percent || (t.unit === null && named.some((n) => n.t === 'num' && n.percent && n.value === t.value)));
  if (!percent(floor)) return null;
  const over = before.slice(divide + 1);
  const [a, b, c] = over;
  // `/40%`: the span itself; `/(100%-60%)`: the end less the floor
  const end =
    over.length === 1 && a?.t === 'num' && a.percent
      ? floor.value + a.value
      : over.length === 3 &&
          a?.t === 'num' &&
          percent(a) &&
          isMinus(b) &&
          c?.t === 'num' &&
          c.value === floor.value
        ? a.value
        : null;
  if (end === null || end <= floor.value) return null;
  const lower = { value: floor.value, percent: true, unit: null };
  return { lower, upper: { ...lower, value: end } };
}

function isMinus(t: Token | undefined): boolean {
  return t !== undefined && t.t !== 'num' && t.text === '-';
}

/** `得分=执行率×分值`, `按实际值/目标值×分值计分`. */
export const onTimes: Handler = (toks, start, k) => {
  const span = floorSpan(toks, start, k);
  if (span) {
    const n = toks[k + 1];
    const points = n?.t === 'num' && !n.percent && n.unit === null ? { points: n.value } : {};
    if (!('points' in points) && !isWord(n, 'weight')) return { facts: [{ f: 'unread' }], end: toks.length };
    const fact = { f: 'proportional', scale: 'interpolate', range: span, formula: false, ...points } as const;
    return { facts: [fact], end: 'points' in points ? k + 2 : toks.length };
  }
  // `得分=(1-超支率)×分值`: a difference, not a ratio
  if (/=.*-|^1-/.test(surface(toks.slice(start, k)))) return { facts: [{ f: 'unread' }], end: toks.length };
  const ratio = formulaRatio(toks, start, k);
  const fact = {
    f: 'proportional',
    scale: 'ratio',
    range: null,
    formula: true,
    ...(ratio ? { ratio } : {}),
    ...levelUnder(toks, start, k),
  } as const;
  if (toks.slice(start).some((t) => isWord(t, 'weight')))
    return { facts: [{ ...fact, ofWeight: true }], end: toks.length };
  // 得分=执行率×10
  const n = toks[k + 1];
  const bare = n?.t === 'num' && !n.percent && n.unit === null;
  // 得分=执行率×10, 执行率×10分, 按实际满意度/90%×10计分
  const named =
    toks.slice(start, k).some((t) => isWord(t, 'score')) || isWord(toks[k + 2], 'score', 'countAs');
  if (bare && (n.points || named)) {
    return { facts: [{ ...fact, points: n.value }], end: k + 2 };
  }
  return null;
};

/**
 * `结转结余率=结转结余/预算×100%`: a segment defining the measure, not a way to score (a formula
 * and no verb; its `=` names a measure, where `得分=执行率×分值` names the score).
 */
export function isDefinition(segment: readonly Token[]): boolean {
  const at = segment.findIndex((t) => t.t === 'text' && t.text.includes('='));
  const eq = segment[at];
  if (eq?.t !== 'text') return isBareRatio(segment);
  if (eq.text.startsWith('=') && isWord(segment[at - 1], 'score')) return false;
  // a formula follows (完成率=100% is a condition, 完成率=完成数/计划数×100% a definition)
  const rest = [{ ...eq, text: eq.text.slice(eq.text.indexOf('=')) }, ...segment.slice(at + 1)];
  const formula = rest.some((t) => isWord(t, 'times') || (t.t === 'text' && DIVIDE.test(t.text)));
  const verb = segment.some((t) => isWord(t, 'award', 'zero', 'deduct', 'deductShare', 'half', 'awardShare'));
  return formula && !verb;
}

/**
 * `重点项目支出/项目总支出×100%`: a quotient of words times 100%, alone in its segment, says what the
 * rate is (its 100% is no target); `实际值/目标值×分值` scores, and is not this.
 */
function isBareRatio(segment: readonly Token[]): boolean {
  const times = segment.findIndex((t) => isWord(t, 'times'));
  const hundred = segment[times + 1];
  const before = segment.slice(0, Math.max(0, times));
  return (
    times > 0 &&
    hundred?.t === 'num' &&
    hundred.percent &&
    hundred.value === 100 &&
    segment.slice(times + 2).every((t) => t.t === 'text' && /^[。.；;，,\s]*$/u.test(t.text)) &&
    before.some((t) => t.t === 'text' && DIVIDE.test(t.text)) &&
    before.every((t) => t.t === 'text' || isWord(t, 'item'))
  );
}
