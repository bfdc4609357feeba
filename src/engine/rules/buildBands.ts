/**
 * Bands of levels (`≥90%得10分，80%(含)-90%得6分…`), and what is done under the lowest one: steps, a
 * proportion or a formula (`…90%以下每低5个百分点扣2分`).
 */
import { bands, level, type BelowBands, type Level, type Measure } from './ast';
import { resolveBands, type BandSpec } from './bands';
import { changeBounds } from './changeLabels';
import type { Fact } from './clauses';
import type { Condition } from './conditions';
import { NONE_DONE, PARTICLE, WORDS } from './lexicon';
import { fail, of, ok, type ParseResult, type Pick } from './parseParts';
import { COUNT_UNITS } from './units';

/**
 * `95%及以上得10分；90%（含）-95%得8分；90%以下每低5个百分点扣2分` (or `…85%以下按比例得分`,
 * `…80%以下得分=执行率×10`): bands, then what is done under them, which no band says (`80%以下不得分`).
 */
export function bandsThenBelow(
  facts: readonly Fact[],
  under: Level | undefined,
  below: BelowBands,
): ParseResult | null {
  if (!under || of(facts, 'measure').length > 0 || of(facts, 'zero').length > 0) return null;
  const lowers = of(facts, 'award').map((x) => (x.cond.c === 'bounds' ? x.cond.lower : null));
  if (lowers.some((l) => !l || l.level.percent !== under.percent)) return null;
  // the tail starts where the lowest band ends: nothing between them is left unsaid
  const lowest = Math.min(...lowers.map((l) => l?.level.value ?? 0));
  return under.value === lowest ? buildBands(facts, below) : null;
}

export function bandsThenSteps(facts: readonly Fact[]): ParseResult | null {
  const [s, ...more] = of(facts, 'step');
  if (!s || more.length > 0 || s.direction !== '>=' || of(facts, 'occurrence').length > 0) return null;
  return bandsThenBelow(facts, s.under, { kind: 'steps', step: s.step, deduction: s.deduction });
}

export function buildBands(facts: readonly Fact[], below?: BelowBands): ParseResult | null {
  const verdicts = facts.filter((x): x is Pick<'award'> | Pick<'zero'> => x.f === 'award' || x.f === 'zero');
  const numeric = verdicts.filter((x) => x.cond.c === 'bounds');
  const twoSided = numeric.some((x) => x.cond.c === 'bounds' && x.cond.lower && x.cond.upper);
  const measure = soleMeasure(facts);
  // `下降5%及以上得10分，下降或持平得5分`: a way of the change is a band too
  const ways = measure
    ? verdicts.filter((x) => x.cond.c === 'label' && changeBounds(x.cond.label, measure, true))
    : [];
  if (numeric.length + (numeric.length > 0 ? ways.length : 0) < 2 && !twoSided) return null;
  const specs: BandSpec[] = [];
  // `完成目标值得满分，完成80%(含)以上得8分…`: reaching the target is the band from 100 % up
  const percentBands = numeric.every(
    (x) => x.cond.c === 'bounds' && boundLevels(x.cond).every((l) => l.percent),
  );
  for (const x of verdicts) {
    const points = x.f === 'award' ? x.points : 0;
    const share = x.f === 'award' && x.share !== undefined ? { share: x.share } : {};
    if (x.cond.c === 'else') specs.push({ lower: null, upper: null, points, ...share });
    else if (percentBands && x.f === 'award' && x.cond.c === 'label' && namesTarget(x.cond.label))
      specs.push({
        lower: { level: level(100, true, null), inclusive: true },
        upper: null,
        points,
        ...share,
      });
    else if (x.cond.c === 'bounds' && !x.cond.upperIsTarget)
      specs.push({ lower: x.cond.lower, upper: x.cond.upper, points, ...share });
    else if (x.f === 'zero' && x.cond.c === 'label' && noneDoneUnder(x.cond.label, numeric))
      specs.push({ lower: null, upper: null, points });
    else {
      // `上升不得分` beside `下降8%及以上得10分`: the way of the change, a band of its own
      const way = x.cond.c === 'label' && measure ? changeBounds(x.cond.label, measure, percentBands) : null;
      if (!way) return fail('ambiguous');
      specs.push({ ...way, points, ...share });
    }
  }
  return ok(bands(resolveBands(specs), below));
}

/** The levels a bounds condition states. */
function boundLevels(cond: Extract<Condition, { c: 'bounds' }>): Level[] {
  return [cond.lower?.level, cond.upper?.level].filter((l): l is Level => l !== undefined);
}

/** `完成目标值`, `达到目标`: a clause about reaching the table's target, with no number of its own. */
function namesTarget(label: string): boolean {
  return !/\d/.test(label) && WORDS.targetRef.some((w) => label.includes(w));
}

/** What the rule measures besides the actual, when its words name one thing (`增长`, `下降8%…`). */
export function soleMeasure(facts: readonly Fact[]): Measure | undefined {
  const measures = new Set(of(facts, 'measure').map((m) => m.measure));
  return measures.size === 1 ? [...measures][0] : undefined;
}

/**
 * `两项均完成得0.5分，完成一项得0.25分，均未完成不得分`: beside bands of items done, each from a count up
 * and the lowest from one, none done is what lies under them. With a gap (`完成三项得1分，未完成不得分`)
 * what one or two score is unsaid, and the clause is no band.
 */
function noneDoneUnder(label: string, numeric: readonly (Pick<'award'> | Pick<'zero'>)[]): boolean {
  const plain = label.endsWith(PARTICLE) ? label.slice(0, -PARTICLE.length) : label;
  const said = ['', ...NONE_DONE.leads].some((lead) => NONE_DONE.words.some((w) => plain === lead + w));
  const lowers = numeric.map((x) => (x.cond.c === 'bounds' && !x.cond.upper ? x.cond.lower : null));
  const counted = lowers.every(
    (l) => l && !l.level.percent && l.level.unit !== null && COUNT_UNITS.has(l.level.unit),
  );
  const lowest = Math.min(...lowers.map((l) => l?.level.value ?? 0));
  const units = new Set(lowers.map((l) => l?.level.unit));
  return said && counted && units.size === 1 && lowest === 1 && lowers.every((l) => l?.inclusive !== false);
}
