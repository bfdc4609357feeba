/**
 * The rule AST: what a 评分标准 text says, as plain data. One interface per node kind, a
 * discriminated union on `kind`, and one factory per node (the parser, the printer's tests and the
 * property generators all build nodes through these factories).
 */
import type { StepMode } from '../settings';

/** Which way is better: `>=` higher is better (达/不低于), `<=` lower is better (不超过/控制在). */
export type Direction = '>=' | '<=';

/**
 * A quantity written in the rule text. Percentages are in percent (`85%` → 85, percent true);
 * 万/亿 are scaled away (`1万元` → 10000 元), exactly as `NormalizedValue` numbers are.
 */
export interface Level {
  readonly value: number;
  readonly percent: boolean;
  readonly unit: string | null;
}

/** Where the target comes from: a level stated in the rule, or the table's 标准值 column. */
export type Target = Level | 'table';

export interface Bound {
  readonly level: Level;
  readonly inclusive: boolean;
}

/** Points taken per step: an absolute number of points, or a share of the row's weight (扣分值的20%). */
export interface Deduction {
  readonly amount: number;
  readonly ofWeight: boolean;
}

/**
 * What a rule measures besides the actual itself: `deviation` (`偏差在10%以内得满分`) — how far the
 * actual is from the table's target (|actual − target| / target, or the gap in points between two
 * percentages); `growth` (`较上年增长10%以上得满分`) — a change, so an actual written `下降7%` is −7 %;
 * `fall` (`下降8%及以上得10分`) — a change counted as a fall, so an actual written `上升2%` is −2 %;
 * `late` (`延迟1个月内得一半`) — how long after the table's deadline the actual date is.
 */
export type Measure = 'deviation' | 'growth' | 'fall' | 'late';

export interface Measured {
  readonly measure?: Measure;
}

/** `达标记3分，否则不得分` — full points when the target is met, none otherwise. */
export interface PassFailRule extends Measured {
  readonly kind: 'passFail';
  /** null: 记满分 (the row's weight). */
  readonly points: number | null;
  readonly target: Target;
  /** null only with a table target: the operator column or the target cell decides. */
  readonly direction: Direction | null;
  /** `满意度>90%`, `低于1%`, `90%以上（不含90%）`: the level itself does not meet it. */
  readonly strict?: true;
  /** `完成得满分，未完成酌情扣分`: a missed target is left to judgement (no score: a manual one). */
  readonly otherwiseManual?: true;
  /** `达到目标得满分，未达到得3分`: what a missed target still earns (absent: nothing). */
  readonly missPoints?: number;
}

/** `达100%记2分，每低5个百分点扣1分` (direction >=) or `每超支1万元扣0.5分` (direction <=). */
export interface StepRule extends Measured {
  readonly kind: 'step';
  readonly points: number | null;
  readonly target: Target;
  readonly direction: Direction;
  readonly step: Level;
  readonly deduction: Deduction;
  /** 扣满15分为止 → 15; null: 扣完为止 (down to zero). */
  readonly maxDeduction: number | null;
  /** Stated by the text (不足K按K计 → partial); null: the workbook setting decides. */
  readonly stepMode: StepMode | null;
  /** `低于60%不得分` beside the steps: beyond this level the score is zero. */
  readonly zeroBeyond: Level | null;
  /** `最低不低于2分` beside full points of the row's weight: the score the steps stop at (see `withFloor`). */
  readonly floor?: number;
}

/** `每发生1起扣5分` (incident: the actual is a count) or `有1项没完成扣1分` (unfinished items). */
export interface OccurrenceRule {
  readonly kind: 'perOccurrence';
  readonly points: number | null;
  /** `leftUndone`: 未整改 in the clause before (`发现问题未整改的，每个扣3分`): what is left undone counts. */
  readonly event: 'incident' | 'unfinished' | 'leftUndone';
  /** Occurrences per step (每发生2起扣1分 → 2). */
  readonly per: number;
  readonly unit: string;
  readonly deduction: Deduction;
  readonly maxDeduction: number | null;
  readonly stepMode: StepMode | null;
  /** `发生2起及以上不得分`: from this many occurrences the score is zero. */
  readonly zeroFrom: number | null;
  /** As a step rule's. */
  readonly floor?: number;
  /**
   * `办结率100%得满分，每有1件未办结扣1分`: the rate the text gives full points at. An actual written as
   * a rate that reaches it reports no occurrence; one short of it cannot say how many.
   */
  readonly fullAt?: Level;
  /**
   * `控制在2起以内的得8分；超过的，每多发生1起扣3分`: this many occurrences cost nothing; only those beyond
   * them are deducted (3 起 is 1 over, 5 of 8 points).
   */
  readonly allowance?: number;
  /**
   * `发生一般事故每起扣1分，较大事故每起扣3分`: kinds of event with a deduction each, told apart in the
   * actual by their word (ruleKinds.ts); `deduction` is the first kind's.
   */
  readonly kinds?: readonly RuleKindRate[];
}

/** One kind of a rule with a rate per kind: the word telling it apart (`一般`, `县级`) and its points. */
export interface RuleKindRate {
  readonly word: string;
  readonly amount: number;
}

/** `每一项记1分，总分3分` — points per item met. */
export interface PerItemRule {
  readonly kind: 'perItem';
  readonly pointsPerItem: number;
  readonly total: number | null;
  /** Items listed in the text (①②③ or 共3项), when it lists them. */
  readonly items: number | null;
  /**
   * `县级演练每场得2分，乡镇演练每场得1分`: kinds of item with points each, counted in `unit` and told
   * apart in the actual by their word (ruleKinds.ts); `pointsPerItem` is the first kind's.
   */
  readonly kinds?: { readonly unit: string; readonly each: readonly RuleKindRate[] };
}

/** `按完成比例计分`, `得分=执行率×分值`: met → full, otherwise actual/target × full. */
export interface ProportionalRule extends Measured {
  readonly kind: 'proportional';
  readonly points: number | null;
  readonly target: Target;
  readonly direction: Direction | null;
  /**
   * `超支的按超支比例扣分`: the share of the target missed is taken off (1 − overrun/target), where
   * `按比例计分` scores target/actual on a limit. The same on a shortfall.
   */
  readonly deducted?: true;
  /**
   * `≥98%得满分，低于98%按达标率×分值计分`: full points from this level up (a pass line below the
   * formula's 100%), the proportion below it.
   */
  readonly fullFrom?: Bound;
}

/** `低于60%不得分，60%-100%之间按比例得分`: zero below a floor, proportional above it. */
export interface LinearRule {
  readonly kind: 'linear';
  readonly points: number | null;
  readonly floor: Level;
  readonly ceiling: Target;
  /** ratio: actual/ceiling × full (按比例); interpolate: 0 at the floor, full at the ceiling (线性). */
  readonly scale: 'ratio' | 'interpolate';
}

/** One band of a tiered rule; neither bound: 其他 (every value no other band takes). */
export interface Band {
  readonly lower: Bound | null;
  readonly upper: Bound | null;
  /** null: 得满分 (the row's weight), or the `share` of it. */
  readonly points: number | null;
  /** `得一半分值`: a share of the row's weight (0.5); only with `points` null. */
  readonly share?: number;
}

/**
 * What the text says under the lowest band: steps (`…；90%以下每低5个百分点扣2分`) or a proportion
 * (`…；85%以下按比例得分`).
 */
export type BelowBands =
  | { readonly kind: 'steps'; readonly step: Level; readonly deduction: Deduction }
  | { readonly kind: 'proportional' }
  /** `…；80%以下得分=执行率×10`: the rate (a fraction) times these points, stated outright. */
  | { readonly kind: 'formula'; readonly points: number };

/** `≥90%得10分，80%(含)-90%得6分，60%以下不得分`. */
export interface BandsRule extends Measured {
  readonly kind: 'bands';
  readonly bands: readonly Band[];
  /**
   * Under the lowest band. The text does not say from which points the steps are taken (the
   * lowest band's or the full weight) nor what the proportion is of, so an actual down there is
   * left to the reviewer.
   */
  readonly below?: BelowBands;
}

/** A verdict word and its points; label null: 否则. */
export interface Tier {
  readonly label: string | null;
  /** null: 得满分 (the row's weight), or the `share` of it. */
  readonly points: number | null;
  /** `部分完成得一半分值`: a share of the row's weight (0.5); only with `points` null. */
  readonly share?: number;
}

/** `规范记4分，基本规范记2分，不规范不得分`. */
export interface TiersRule {
  readonly kind: 'tiers';
  readonly tiers: readonly Tier[];
  /**
   * `有效提升得10分，有所提升得6分，无明显变化不得分`: labels with no verdict word in common score only an
   * actual written as one of them.
   */
  readonly exactOnly?: true;
}

/** 财预〔2020〕10号 default scoring, used when a row has no 评分标准. */
export interface DefaultRule {
  readonly kind: 'default';
}

export type Rule =
  | PassFailRule
  | StepRule
  | OccurrenceRule
  | PerItemRule
  | ProportionalRule
  | LinearRule
  | BandsRule
  | TiersRule
  | DefaultRule;

export type RuleKind = Rule['kind'];

export function level(value: number, percent = false, unit: string | null = null): Level {
  return { value, percent, unit: percent ? null : unit };
}

export function bound(lvl: Level, inclusive: boolean): Bound {
  return { level: lvl, inclusive };
}

export function deduction(amount: number, ofWeight = false): Deduction {
  return { amount, ofWeight };
}

export function passFail(
  points: number | null,
  target: Target,
  direction: Direction | null,
  strict = false,
): PassFailRule {
  const rule: PassFailRule = { kind: 'passFail', points, target, direction };
  return strict ? { ...rule, strict: true } : rule;
}

export function stepRule(
  fields: Pick<StepRule, 'target' | 'direction' | 'step' | 'deduction'> &
    Partial<Pick<StepRule, 'points' | 'maxDeduction' | 'stepMode' | 'zeroBeyond'>>,
): StepRule {
  return {
    kind: 'step',
    points: fields.points ?? null,
    target: fields.target,
    direction: fields.direction,
    step: fields.step,
    deduction: fields.deduction,
    maxDeduction: fields.maxDeduction ?? null,
    stepMode: fields.stepMode ?? null,
    zeroBeyond: fields.zeroBeyond ?? null,
  };
}

export function occurrence(
  fields: Pick<OccurrenceRule, 'event' | 'per' | 'unit' | 'deduction'> &
    Partial<
      Pick<
        OccurrenceRule,
        'points' | 'maxDeduction' | 'stepMode' | 'zeroFrom' | 'fullAt' | 'allowance' | 'floor'
      >
    >,
): OccurrenceRule {
  return {
    kind: 'perOccurrence',
    points: fields.points ?? null,
    event: fields.event,
    per: fields.per,
    unit: fields.unit,
    deduction: fields.deduction,
    maxDeduction: fields.maxDeduction ?? null,
    stepMode: fields.stepMode ?? null,
    zeroFrom: fields.zeroFrom ?? null,
    ...(fields.fullAt ? { fullAt: fields.fullAt } : {}),
    ...(fields.allowance ? { allowance: fields.allowance } : {}),
    ...(fields.floor === undefined ? {} : { floor: fields.floor }),
  };
}

export function perItem(pointsPerItem: number, total: number | null, items: number | null): PerItemRule {
  return { kind: 'perItem', pointsPerItem, total, items };
}

export function proportional(
  points: number | null,
  target: Target,
  direction: Direction | null,
  deducted = false,
  fullFrom?: Bound,
): ProportionalRule {
  const rule: ProportionalRule = { kind: 'proportional', points, target, direction };
  return { ...rule, ...(deducted ? { deducted: true } : {}), ...(fullFrom ? { fullFrom } : {}) };
}

export function linear(
  points: number | null,
  floor: Level,
  ceiling: Target,
  scale: LinearRule['scale'],
): LinearRule {
  return { kind: 'linear', points, floor, ceiling, scale };
}

export function band(lower: Bound | null, upper: Bound | null, points: number | null, share?: number): Band {
  return share === undefined ? { lower, upper, points } : { lower, upper, points, share };
}

export function bands(list: readonly Band[], below?: BelowBands): BandsRule {
  return below ? { kind: 'bands', bands: list, below } : { kind: 'bands', bands: list };
}

export function tier(label: string | null, points: number | null, share?: number): Tier {
  return share === undefined ? { label, points } : { label, points, share };
}

/** The level the lowest band starts at (90% in `…；90%（含）-95%得8分`), or null. */
export function lowestLevel(rule: BandsRule): Level | null {
  let low: Level | null = null;
  for (const b of rule.bands) if (b.lower && (!low || b.lower.level.value < low.value)) low = b.lower.level;
  return low;
}

/** What a band or tier awards on a row of `weight`: its points, or its share of the weight. */
export function awardOf(x: Band | Tier, weight: number): number {
  return x.points ?? weight * (x.share ?? 1);
}

export function tiers(list: readonly Tier[]): TiersRule {
  return { kind: 'tiers', tiers: list };
}

export function defaultRuleNode(): DefaultRule {
  return { kind: 'default' };
}

/** The rule measuring `measure`, or null for a kind that cannot. */
export function onMeasure(rule: Rule, measure: Measure): Rule | null {
  const measured =
    rule.kind === 'passFail' ||
    rule.kind === 'step' ||
    rule.kind === 'bands' ||
    (rule.kind === 'proportional' && (measure === 'growth' || measure === 'fall'));
  return measured ? { ...rule, measure } : null;
}

/** Exhaustiveness guard for switches over `Rule['kind']`. */
export function assertNever(x: never): never {
  throw new Error(`unexpected rule node: ${JSON.stringify(x)}`);
}

/**
 * A rule whose floor is stated beside full points of the row's weight (`满意度≥90%得满分，每低1个百分点扣0.5分，
 * 最低不低于2分`, hunt107) with the deductions capped at the weight less the floor, as `最低得6分` of a stated
 * 10 is read.
 */
export function withFloor<R extends StepRule | OccurrenceRule>(rule: R, weight: number): R {
  if (rule.floor === undefined) return rule;
  const cap = Math.max(0, (rule.points ?? weight) - rule.floor);
  return { ...rule, maxDeduction: rule.maxDeduction === null ? cap : Math.min(rule.maxDeduction, cap) };
}
