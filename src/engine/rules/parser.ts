/**
 * Parses a 评分标准 text into a Rule. Grammar over lexer tokens (upper case: lexicon ids; the
 * lexer has already folded full-width forms, spaces and Chinese numerals):
 *
 *   rule       = segment { SEP segment } ;            (* a segment without a verb conditions the next *)
 *   segment    = { phrase } ;
 *   phrase     = award | zero | step | occurrence | perItem | total | cap | mode | proportion
 *              | formula | COMMITTEE | DEFAULT ;
 *   award      = condition AWARD ( points | FULL ) ;              (* 满意度达85%及以上, 记5分 *)
 *   zero       = condition ( ZERO | AWARD "0分" ) ;                (* 否则不得分, 60%以下不得分 *)
 *   step       = [EACH] ( BELOW | ABOVE ) quantity DEDUCT amount ;  (* 每低5个百分点扣1分 *)
 *   occurrence = [EACH] [OCCUR | HAVE] count [UNFINISHED] DEDUCT amount ;  (* 有1项没完成扣1分 *)
 *   perItem    = EACH [count] [ITEM] AWARD points ;                 (* 每一项记1分 *)
 *   total      = ( TOTAL | FULL ) ( points | count ) ;              (* 总分3分, 共3项 *)
 *   cap        = CAPZERO | CAPFULL | CAPMAX points [UNTIL] ;        (* 扣满15分为止 *)
 *   mode       = SHORT quantity ( BY quantity (AWARD | COUNTAS) | NODEDUCT | BY RATIO DEDUCT ) ;
 *   proportion = [range] ( BY { any } RATIO | LINEAR ) { any } ;     (* 60%-100%之间按比例得分 *)
 *   formula    = { any } TIMES ( WEIGHT | points ) ;                 (* 得分=执行率×分值 *)
 *   amount     = points | ( WEIGHT | DEDUCTSHARE ) [text] percent ;  (* 扣分值的20% *)
 *   condition  = ELSE | range | [cmp] quantity [INCL | EXCL] [suffix] | cmp TARGETREF | label ;
 *   range      = quantity [INCL | EXCL] RANGE ( quantity | TARGETREF ) [INCL | EXCL] [BETWEEN] ;
 *
 * Facts are then assembled by the first family that fits: committee, default, occurrence, step,
 * perItem, proportion (linear when a floor or range is given), bands, tiers, pass/fail.
 */
import { itemKindsRule, occurrenceKindsRule } from './ruleKinds';
import {
  defaultRuleNode,
  level,
  linear,
  onMeasure,
  occurrence,
  passFail,
  perItem,
  proportional,
  stepRule,
  type Level,
  type Rule,
  type BelowBands,
  type Direction,
} from './ast';
import { readFacts, type Fact } from './clauses';
import { isWord } from './conditions';
import { lateBands } from './lateBands';
import { lex, type Token } from './lexer';
import { allowanceOf, zeroFrom } from './occurrenceCounts';
import { bandsThenBelow, bandsThenSteps, buildBands, soleMeasure } from './buildBands';
import { buildTiers } from './buildTiers';
import { PARTICLE, RANK, TIME_STEP_UNITS, WORDS } from './lexicon';
import { DEDUCTION_HEADING, STILL_DEDUCTED_REMARK } from './rewriteWords';
import { EXTRA_DEDUCTION, HALVED_CLAUSE } from './sentenceWords';
import { fail, of, ok, targetOf, type ParseResult, type Pick } from './parseParts';
import { COUNT_UNITS } from './units';
import { readVerdictText } from './verdictWords';

const OCCUR_WORDS = WORDS.occur;

export type { ParseReason, ParseResult } from './parseParts';

function buildProportion(facts: readonly Fact[], prop: Pick<'proportional'>): Rule {
  const award = of(facts, 'award')[0];
  const points = prop.points ?? award?.points ?? of(facts, 'total')[0]?.points ?? null;
  const floorZero = of(facts, 'zero').find((z) => z.cond.c === 'bounds' && z.cond.upper && !z.cond.lower);
  const floor: Level | null =
    prop.range?.lower ?? (floorZero?.cond.c === 'bounds' ? (floorZero.cond.upper?.level ?? null) : null);
  const { target, direction } = prop.formula
    ? (prop.ratio ?? { target: { value: 100, percent: true, unit: null } as Level, direction: '>=' as const })
    : targetOf(award?.cond);
  if (floor) return linear(points, floor, prop.range?.upper ?? target, prop.scale);
  // `≥98%得满分，低于98%按…×分值`: the award's pass line, below the formula's 100%, earns full points
  const pass = prop.formula && award?.cond?.c === 'bounds' && !award.cond.upper ? award.cond.lower : null;
  const fullFrom =
    pass && target !== 'table' && pass.level.percent === target.percent && pass.level.value < target.value
      ? { level: pass.level, inclusive: pass.inclusive ?? true }
      : undefined;
  return proportional(points, target, direction, prop === PROPORTIONAL_SHORTFALL, fullFrom);
}

function buildSteps(facts: readonly Fact[], enumerators: number): ParseResult | null {
  const award = of(facts, 'award')[0];
  const points = award?.points ?? of(facts, 'total')[0]?.points ?? null;
  const caps = of(facts, 'cap').map((c) => c.max);
  // `最低得6分` of 10: at most 4 deducted
  const floors = of(facts, 'floor');
  if (floors.length > 1 || (points !== null && floors[0] && floors[0].points >= points))
    return fail('unreadable');
  if (floors[0] && points !== null) caps.unshift(points - floors[0].points);
  // of full points not stated, the floor is kept and the cap worked out from the row's weight
  const floor = floors[0] && points === null ? { floor: floors[0].points } : {};
  const maxDeduction = caps.find((m) => m !== null) ?? null;
  const stepMode = of(facts, 'mode')[0]?.mode ?? null;
  const occ = of(facts, 'occurrence');
  const steps = of(facts, 'step');
  if (occ.length + steps.length > 1) return fail('ambiguous');
  // `制度健全得2分；执行有效得3分，发现问题每项扣1分`: parts worth points of their own, then a
  // deduction, add up; the steps would take the first part's points for the whole
  // (`①期数达标得3分；②每期人数达标得3分，每有1期不达标扣1分`: a part and an item's points)
  const labelled = of(facts, 'award').filter((x) => x.cond.c === 'label' && x.points !== null);
  const pointed = labelled.length + of(facts, 'perItem').length;
  if (occ.length + steps.length > 0 && pointed > 1) return fail('ambiguous');
  // `①建立…四项制度得2分，每缺1项扣0.5分；②当年…修订完善得1分` (hunt92): listed parts with points each,
  // whatever their conditions, beside a deduction that belongs to one of them
  const parted = enumerators >= 2 && of(facts, 'award').filter((x) => x.points !== null).length > 1;
  if (occ.length + steps.length > 0 && parted) return fail('ambiguous');
  // bands beside the steps (90%-95%得8分，90%以下每降低1个百分点扣1分), or a zero past a count
  // (发生2起及以上不得分): more than one step or occurrence rule can say
  const banded = of(facts, 'award').filter((x) => x.cond.c === 'bounds').length >= 2;
  if (occ.length + steps.length > 0 && banded) return bandsThenSteps(facts) ?? fail('ambiguous');
  const o = occ[0];
  if (o) {
    // `办结率100%得满分，每有1件未办结扣1分`: the rate of full points, for an actual written as a rate
    const lower = award?.cond.c === 'bounds' && !award.cond.upper ? award.cond.lower : null;
    const fullAt = lower?.level.percent ? lower.level : undefined;
    const allowance = allowanceOf(award?.cond, o.unit);
    const read = {
      ...o,
      points,
      maxDeduction,
      stepMode,
      zeroFrom: zeroFrom(facts),
      fullAt,
      allowance,
      ...floor,
    };
    return ok(occurrence(read));
  }
  const s = steps[0];
  // `95%-105%之间得满分，超出该区间每1个百分点扣0.5分`: steps on both sides, which a step rule cannot say
  if (s && award?.cond.c === 'bounds' && award.cond.lower && award.cond.upper) return fail('ambiguous');
  if (s) {
    // 1个月内提交报告率达100%…每低5个百分点: a span of time beside a step in 百分点 describes the indicator
    const stated = targetOf(award?.cond).target;
    const target =
      stated !== 'table' && s.step.percent && TIME_STEP_UNITS.has(stated.unit ?? '') ? 'table' : stated;
    const zero = of(facts, 'zero').find((z) => z.cond.c === 'bounds');
    const zb = zero?.cond.c === 'bounds' ? (s.direction === '>=' ? zero.cond.upper : zero.cond.lower) : null;
    const rule = stepRule({ ...s, points, target, maxDeduction, stepMode, zeroBeyond: zb?.level ?? null });
    return ok({ ...rule, ...floor });
  }
  const listed = of(facts, 'perItem')[0];
  const item = listed ?? oneItemAward(facts);
  if (item?.per !== undefined) return fail('unreadable');
  // `每一项记1分，总分3分；执行有效记2分`: a part beside the items, worth other points or outside
  // their total, which a per-item rule does not hold (it read as 3 of 5); parts worth one item's
  // points each are items (`…不少于1次得1分；账实相符得1分`); so is a level's (`≥15篇得6分；…每篇得1分，
  // 最高4分`: 6 + 4), unless it is the one item itself (`获奖1件得3分，最高6分`)
  const parts = of(facts, 'award').filter(
    (x) => x.points !== null && (x.cond.c === 'label' || (listed !== undefined && x.cond.c === 'bounds')),
  );
  const total = of(facts, 'total')[0]?.points ?? null;
  if (item && parts.length > 0 && (total !== null || parts.some((x) => x.points !== item.points)))
    return fail('ambiguous');
  if (item) {
    const items = of(facts, 'items')[0]?.count ?? (enumerators > 0 ? enumerators : null);
    return ok(perItem(item.points, total, items));
  }
  return null;
}

/**
 * `满足一项得0.5分，共4项`, `获奖1件得3分，最高6分`, `化解1件得0.4分，满分为止`: one item's points, beside a
 * count, a higher most or a cap at full points.
 */
function oneItemAward(facts: readonly Fact[]): Pick<'perItem'> | undefined {
  const [one, ...more] = of(facts, 'award');
  const most = of(facts, 'total')[0]?.points ?? -1;
  const bounded =
    of(facts, 'items').length > 0 || of(facts, 'upToFull').length > 0 || most > (one?.points ?? 0);
  if (more.length > 0 || one?.points == null || !bounded) return;
  const lower = one.cond.c === 'bounds' && !one.cond.upper ? one.cond.lower?.level : undefined;
  const counted = lower?.value === 1 && lower.unit !== null && COUNT_UNITS.has(lower.unit);
  return counted ? { f: 'perItem', points: one.points } : undefined;
}

function buildPassFail(facts: readonly Fact[]): ParseResult {
  const awards = of(facts, 'award');
  const award = awards[0];
  const miss = onlyTheMiss(facts);
  if (!award && miss) return ok(passFail(null, 'table', miss.direction));
  const missPoints = consolation(awards);
  if (!award || awards.length > (missPoints === undefined ? 1 : 2))
    return fail(awards.length > 1 ? 'ambiguous' : 'unreadable');
  const { target, direction } = targetOf(award.cond);
  const zeroHint = of(facts, 'zero')
    .map((z) => (z.cond.c === 'label' ? z.cond.direction : null))
    .find((d) => d !== null);
  const bound = award.cond.c === 'bounds' ? (award.cond.lower ?? award.cond.upper) : null;
  const dir = direction ?? (target === 'table' ? (zeroHint ?? null) : '>=');
  const rule = passFail(award.points, target, dir, bound?.inclusive === false);
  return ok(missPoints === undefined ? rule : { ...rule, missPoints });
}

/**
 * `达到目标得满分，未达到得3分`, `达标记5分，否则记2分`: a second award, for the miss (否则, or a label that
 * says the target was missed), worth less than the first: what a miss still earns.
 */
function consolation(awards: readonly Pick<'award'>[]): number | undefined {
  const [met, miss] = awards;
  if (awards.length !== 2 || !met || !miss || miss.points === null || miss.points <= 0) return undefined;
  const meets =
    met.cond.c === 'target' ||
    met.cond.c === 'bounds' ||
    (met.cond.c === 'label' && readVerdictText(met.cond.label) === 'met');
  if (!meets) return undefined;
  const missed =
    miss.cond.c === 'else' || (miss.cond.c === 'label' && readVerdictText(miss.cond.label) === 'notMet');
  if (!missed || (met.points !== null && miss.points >= met.points)) return undefined;
  return miss.points;
}

/**
 * `未达到目标值不得分`, `低于目标值的，不得分`: a zero for missing the table's target and nothing else, so
 * meeting it is full points. The side that misses is the target's own unless the words name it.
 */
function onlyTheMiss(facts: readonly Fact[]): { direction: Direction | null } | null {
  const [zero, ...rest] = facts.filter((f) => f.f !== 'measure');
  if (zero?.f !== 'zero' || rest.length > 0) return null;
  const { cond } = zero;
  if (cond.c === 'target') return { direction: cond.direction };
  if (cond.c !== 'label') return null;
  const tokens = lex(cond.label).tokens.filter((t) => !(t.t === 'text' && t.text === PARTICLE));
  const missed = tokens.some((t) => isWord(t, 'unfinished', 'below', 'short'));
  const named = tokens.every((t) => isWord(t, 'unfinished', 'below', 'short', 'targetRef'));
  return missed && named ? { direction: cond.direction } : null;
}

const PROPORTIONAL_SHORTFALL: Pick<'proportional'> = {
  f: 'proportional',
  scale: 'ratio',
  range: null,
  formula: false,
};

/** Assembles facts into a rule; `enumerators` counts ①②③ in the text. */
export function buildRule(facts: readonly Fact[], enumerators: number): ParseResult {
  if (of(facts, 'committee').length > 0) return withJudgedMiss(facts, enumerators);
  if (of(facts, 'unread').length > 0) return fail('unreadable');
  if (of(facts, 'default').length > 0) return ok(defaultRuleNode());
  // `逾期1个月内扣2分` is read by late bands only
  if (of(facts, 'lateDeduct').length > 0) {
    const late = lateBands(facts);
    return late ? ok(late) : fail('unreadable');
  }
  const stepped = buildSteps(facts, enumerators);
  if (stepped) return stepped;
  // `未完成按比例扣分` with no step to apply it to: the shortfall is taken in proportion.
  const prop =
    of(facts, 'proportional')[0] ??
    (of(facts, 'mode').some((m) => m.mode === 'proportional') ? PROPORTIONAL_SHORTFALL : undefined);
  // 90%以上得满分；80%-90%得8分；80%以下得分=执行率×10: bands and a formula, which no one rule says
  const bands = of(facts, 'award').filter((x) => x.cond.c === 'bounds');
  if (prop && bands.length >= 2) {
    const plain = prop.scale === 'ratio' && !prop.formula && prop.range === null;
    // `80%以下得分=执行率×10`: a formula over the rate itself, its points stated, or the indicator's
    // (`按满意度×分值计算`) as the top band states them
    const top = Math.max(...bands.map((b) => b.points ?? -Infinity));
    const points = prop.points ?? (prop.ofWeight && top > 0 ? top : undefined);
    const times = prop.formula && points !== undefined && prop.ratio === undefined ? points : null;
    const below: BelowBands | null = plain
      ? { kind: 'proportional' }
      : times !== null
        ? { kind: 'formula', points: times }
        : null;
    return (below && bandsThenBelow(facts, prop.under, below)) || fail('ambiguous');
  }
  // `乡镇全覆盖得3分；行政村覆盖率达到100%得3分，未达到的按覆盖比例计分`: a part worth points of its
  // own beside the proportion's add up (6), which one proportion would take as the first's 3
  const pointed = of(facts, 'award').filter((x) => x.points !== null);
  if (prop && pointed.length > 1 && pointed.some((x) => x.cond.c === 'label')) return fail('ambiguous');
  if (prop) return ok(buildProportion(facts, prop));
  const late = lateBands(facts);
  if (late) return ok(late);
  const bandsRule = buildBands(facts);
  if (bandsRule) return bandsRule;
  const tiersRule = buildTiers(facts);
  if (tiersRule) return tiersRule;
  // 得一半分值 is understood in bands and tiers only: elsewhere it would read as 得满分
  if (of(facts, 'award').some((x) => x.share !== undefined)) return fail('ambiguous');
  return buildVeto(facts) ?? buildPassFail(facts);
}

/**
 * `完成得满分，未完成酌情扣分`: full points when the target is met, the rest left to judgement. Any
 * other rule with 酌情 / 综合评定 in it is a committee's.
 */
function withJudgedMiss(facts: readonly Fact[], enumerators: number): ParseResult {
  // the 扣分 of 酌情扣分 reads as a deduction of no amount: it belongs to the judgement
  const rest = facts.filter(
    (f, i) => f.f !== 'committee' && !(f.f === 'unread' && facts[i - 1]?.f === 'committee'),
  );
  const read = of(facts, 'zero').length === 0 ? buildRule(rest, enumerators) : null;
  const rule = read?.rule;
  if (rule?.kind !== 'passFail' || rule.points !== null) return fail('committee');
  return ok({ ...rule, otherwiseManual: true });
}

/** `发生重大安全责任事故的，本项不得分`: only a 不得分 for an occurrence — none occurred is full points. */
function buildVeto(facts: readonly Fact[]): ParseResult | null {
  const zeros = of(facts, 'zero');
  const only = zeros[0];
  if (of(facts, 'award').length > 0 || zeros.length !== 1) return null;
  // `发生1起重大食品安全事故本项不得分`: from that many events on, nothing; fewer is full points
  if (only?.occur && only.cond.c === 'bounds' && only.cond.lower && !only.cond.upper) {
    const { level: from, inclusive } = only.cond.lower;
    const counted = !from.percent && from.unit !== null && COUNT_UNITS.has(from.unit);
    if (!counted || !Number.isInteger(from.value) || from.value < 1) return null;
    const limit = inclusive === false ? from.value : from.value - 1;
    return ok(passFail(null, level(limit, false, from.unit), '<='));
  }
  if (only?.cond.c !== 'label') return null;
  const label = only.cond.label;
  return OCCUR_WORDS.some((w) => label.startsWith(w)) ? ok(passFail(null, level(0), '<=')) : null;
}

/** `偏差在10%以内得满分…`, `增长10%以上…`: the rule read from its facts, with what it measures. */
function withMeasure(facts: readonly Fact[], enumerators: number): ParseResult {
  const read = buildRule(facts, enumerators);
  // a floor is read by step and per-occurrence rules only: elsewhere it would be dropped
  const floorKinds: readonly string[] = ['step', 'perOccurrence'];
  if (read.rule && of(facts, 'floor').length > 0 && !floorKinds.includes(read.rule.kind))
    return fail('unreadable');
  if (!read.rule || of(facts, 'measure').length === 0) return read;
  const measure = soleMeasure(facts);
  const rule = measure ? onMeasure(read.rule, measure) : null;
  return rule ? ok(rule) : fail('unreadable');
}

/** parseRule without the safety net, for tests that must see a parser bug as a throw. */
export function parseRuleStrict(text: string): ParseResult {
  if (typeof text !== 'string') return fail('empty');
  const lexed = lex(
    text
      .replace(DEDUCTION_HEADING, '$1')
      .replace(STILL_DEDUCTED_REMARK, '')
      .replace(EXTRA_DEDUCTION, '')
      .replace(HALVED_CLAUSE, ''),
  );
  if (lexed.tokens.every((t) => t.t === 'sep')) return fail('empty');
  const read = withMeasure(readFacts(lexed.tokens), lexed.enumerators);
  if (read.rule && !readsPlaces(read.rule, lexed.tokens)) return fail('unreadable');
  // `发生一般事故每起扣1分，较大事故每起扣3分`: kinds with a deduction each, which the facts do not hold;
  // `县级演练每场得2分，乡镇演练每场得1分`: kinds with points each, which they read at the first rate
  const kinds = read.rule
    ? read.rule.kind === 'perItem'
      ? itemKindsRule(text)
      : null
    : (occurrenceKindsRule(text) ?? itemKindsRule(text));
  return kinds ? { rule: kinds, reason: null } : read;
}

/**
 * Places (名次) are read by bands and by a pass line of at most so many places only: elsewhere a
 * smaller number would not be better (`第1名得5分` as a pass line is "at least the first").
 */
function readsPlaces(rule: Rule, tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => t.t === 'num' && t.unit === RANK.unit)) return true;
  return rule.kind === 'bands' || (rule.kind === 'passFail' && rule.direction === '<=');
}

/**
 * Reads a 评分标准 text. Never throws; `reason` says why no rule came out.
 * @example parseRule('达标记3分，否则不得分') // { rule: { kind: 'passFail', points: 3, target: 'table', direction: null }, reason: null }
 */
export function parseRule(text: string): ParseResult {
  try {
    return parseRuleStrict(text);
  } catch {
    // A parser bug must not take the workbook down: the row is then scored by hand.
    return fail('unreadable');
  }
}
