/**
 * What a rule can award, without an actual: its full points, whether it needs a measured actual,
 * and whether a typed score is one it could produce.
 */
import {
  assertNever,
  awardOf,
  withFloor,
  type Band,
  type Deduction,
  type PerItemRule,
  type Rule,
  type Tier,
} from './ast';
import type { StepMode } from '../settings';
import { round2 } from './explain';

/**
 * The most points the text awards, or null when it does not say.
 * @example fullPoints(parseRule('每一项记1分，总分3分').rule!) // 3
 */
export function fullPoints(rule: Rule): number | null {
  switch (rule.kind) {
    case 'passFail':
    case 'step':
    case 'perOccurrence':
    case 'proportional':
    case 'linear':
      return rule.points;
    case 'perItem':
      return perItemFull(rule);
    case 'bands':
      return statedMax(rule.bands);
    case 'tiers':
      return statedMax(rule.tiers);
    case 'default':
      return null;
    default:
      return assertNever(rule);
  }
}

/** The most points of bands or tiers that all state theirs; null when one awards the weight. */
function statedMax(list: readonly (Band | Tier)[]): number | null {
  const points = list.flatMap((x) => (x.points !== null && x.share === undefined ? [x.points] : []));
  return list.length > 0 && points.length === list.length ? Math.max(...points) : null;
}

/**
 * True when scoring compares a measured actual (a rate, a count, an amount, a date); false when a
 * reviewer's verdict settles it (达标/合格, 规范/基本规范, how many listed points are met), so a
 * typed score can stand without an actual column.
 * @example needsActual(parseRule('达100%记2分，每低5个百分点扣1分').rule!) // true
 */
export function needsActual(rule: Rule): boolean {
  switch (rule.kind) {
    case 'passFail':
      return rule.target !== 'table';
    case 'tiers':
    case 'perItem':
      return false;
    case 'step':
    case 'perOccurrence':
    case 'proportional':
    case 'linear':
    case 'bands':
    case 'default':
      return true;
    default:
      return assertNever(rule);
  }
}

/** Points when every item is met: the listed items × points, within the stated total. */
export function perItemFull(rule: PerItemRule): number | null {
  const listed = rule.items === null ? null : round2(rule.items * rule.pointsPerItem);
  if (listed === null) return rule.total;
  return rule.total === null ? listed : Math.min(listed, rule.total);
}

const TOLERANCE = 0.005;
/** Listed item counts stop here. */
const MAX_ITEMS = 10000;

type Producible =
  | { readonly set: readonly number[] }
  | { readonly from: number; readonly to: number }
  | { readonly test: (score: number) => boolean };

function clampTo(weight: number): (x: number) => number {
  return (x) => Math.min(Math.max(round2(x), 0), weight);
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < TOLERANCE;

/**
 * Scores of `full - k × per` (k = 0, 1, …) with deductions capped at `max`, clamped to the weight,
 * plus `extra`. Solved for k instead of listed: a tiny step on a large score has many values.
 */
function stepped(
  full: number,
  per: number,
  max: number | null,
  weight: number,
  extra: number[] = [],
): Producible {
  const clamp = clampTo(weight);
  const floorScore = per > 0 ? clamp(max === null ? 0 : full - max) : clamp(full);
  const test = (s: number): boolean => {
    if (extra.some((x) => near(clamp(x), s)) || near(clamp(full), s) || near(floorScore, s)) return true;
    if (per <= 0) return false;
    const k = (full - s) / per;
    return [Math.floor(k), Math.ceil(k)].some(
      (n) => n >= 0 && (max === null || n * per <= max) && near(clamp(full - n * per), s),
    );
  };
  return { test };
}

function perPoint(d: Deduction, weight: number): number {
  return d.ofWeight ? d.amount * weight : d.amount;
}

function producible(read: Rule, weight: number, stepMode: StepMode): Producible {
  const rule = read.kind === 'step' || read.kind === 'perOccurrence' ? withFloor(read, weight) : read;
  const clamp = clampTo(weight);
  const full = fullPoints(rule) ?? weight;
  const continuous = (from: number): Producible => ({
    from: Math.min(clamp(from), clamp(full)),
    to: clamp(full),
  });
  switch (rule.kind) {
    case 'passFail':
      // 未完成酌情扣分: anything from 0 to full can be a reviewer's score
      return rule.otherwiseManual ? continuous(0) : { set: [clamp(rule.missPoints ?? 0), clamp(full)] };
    case 'step': {
      const mode = rule.stepMode ?? stepMode;
      const zero = rule.zeroBeyond ? [0] : [];
      if (mode === 'proportional') {
        return rule.maxDeduction === null || zero.length > 0
          ? continuous(0)
          : continuous(full - rule.maxDeduction);
      }
      return stepped(full, perPoint(rule.deduction, weight), rule.maxDeduction, weight, zero);
    }
    case 'perOccurrence': {
      if ((rule.stepMode ?? stepMode) === 'proportional') {
        return rule.maxDeduction === null ? continuous(0) : continuous(full - rule.maxDeduction);
      }
      return stepped(
        full,
        perPoint(rule.deduction, weight),
        rule.maxDeduction,
        weight,
        rule.zeroFrom === null ? [] : [0],
      );
    }
    case 'perItem': {
      if (rule.pointsPerItem <= 0) return { set: [0] };
      const n = rule.items ?? Math.ceil(full / rule.pointsPerItem) + 1;
      const set = Array.from({ length: Math.min(n, MAX_ITEMS) + 1 }, (_, k) =>
        clamp(Math.min(k * rule.pointsPerItem, full)),
      );
      return { set };
    }
    case 'proportional':
      return continuous(0);
    case 'linear':
      if (rule.scale === 'interpolate' || rule.ceiling === 'table' || rule.ceiling.value <= 0)
        return continuous(0);
      return { set: [0], ...continuous((rule.floor.value / rule.ceiling.value) * full) };
    case 'bands':
      return { set: rule.bands.map((b) => clamp(awardOf(b, weight))) };
    case 'tiers':
      return { set: rule.tiers.map((t) => clamp(awardOf(t, weight))) };
    case 'default':
      return { from: 0, to: weight };
    default:
      return assertNever(rule);
  }
}

/**
 * Whether the rule, capped at `weight`, yields `score` for some actual. `stepMode` is the
 * workbook's default for rules that do not state one.
 * @example canProduce(parseRule('达标记3分，否则不得分').rule!, 2, 3) // false
 */
export function canProduce(rule: Rule, score: number, weight: number, stepMode: StepMode = 'whole'): boolean {
  if (!Number.isFinite(score) || !Number.isFinite(weight) || weight < 0) return false;
  const p = producible(rule, weight, stepMode);
  if ('test' in p) return p.test(score);
  const inSet = 'set' in p && p.set.some((x) => near(x, score));
  const inRange = 'from' in p && score >= p.from - TOLERANCE && score <= p.to + TOLERANCE;
  return inSet || inRange;
}
