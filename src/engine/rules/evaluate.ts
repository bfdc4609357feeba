/**
 * Scores a rule from target + actual + weight. One exhaustive switch over the rule kinds; the
 * numeric families live in evaluateSteps.ts / evaluateScale.ts / defaultRule.ts.
 */
import type { NormalizedValue } from '../grid/value';
import {
  assertNever,
  awardOf,
  withFloor,
  type PassFailRule,
  type PerItemRule,
  type Rule,
  type TiersRule,
} from './ast';
import { evaluateDefault } from './defaultRule';
import { evaluateBands, evaluateLinear, evaluateProportional } from './evaluateScale';
import { evaluateItemKinds } from './evaluateKinds';
import { evaluateOccurrence, evaluateStep } from './evaluateSteps';
import { formatNumber, snap, withParams } from './explain';
import { daysAgainstLimit } from './dayLimit';
import { judgeAgainstTable } from './judge';
import { eachOfListed } from './incidentClause';
import { namedDone } from './namedItems';
import { periodsListedMet } from './periodCounts';
import { WORDS } from './lexicon';
import {
  displayLevel,
  displayValue,
  presentActual,
  quantity,
  reaches,
  signedChange,
  unscored,
  verdictOf,
  type EvalInput,
} from './measure';
import {
  BRACKETED_REMARK,
  LAST_YEAR,
  MISUSE_WORDS,
  TIME_UNIT_SPELLINGS,
  REMARK_SEPARATOR,
  SHORTFALL_CLAUSE_WORDS,
  VERDICT_NOT_PREFIXES,
  VERDICT_PARTIAL_PREFIXES,
} from './actualWords';
import { GRADE_LINK, GRADE_QUOTES, QUOTED_GRADE } from './sentenceWords';
import { LATE_WORDS } from './timeWords';
import {
  deniesAsTarget,
  endsAffirmed,
  fold,
  isNoneText,
  noneAsked,
  opensDone,
  readVerdictText,
  sameText,
  type Verdict,
} from './verdictWords';
import { perItemFull } from './produce';
import { withCaseTold } from './exemptions';
import { enumeratedDone } from './enumeratedItems';
import { tierOfChange, wayTier } from './changeLabels';
import { scored, unscoredEval, type Evaluation } from './scored';

function evaluatePassFail(rule: PassFailRule, input: EvalInput): Evaluation {
  const full = rule.points ?? input.weight;
  const done = (met: boolean, params: Record<string, string | number | null>): Evaluation =>
    !met && rule.otherwiseManual
      ? unscoredEval({ key: 'rule.passFail.manual', params })
      : scored(
          met ? 'rule.passFail.met' : 'rule.passFail.notMet',
          params,
          met ? full : Math.min(rule.missPoints ?? 0, full),
          input.weight,
        );
  if (rule.measure === 'deviation') {
    const d = quantity(input, rule.target, null, rule.measure);
    if (!d.ok || d.kind !== 'quantity')
      return unscoredEval(d.ok ? unscored('rule.cannotJudge').explanation : d.explanation);
    return done(reaches(d.actual, d.target ?? 0, '<='), d.params);
  }
  if (rule.target === 'table') {
    const j = judgeAgainstTable(input, rule.direction);
    return j.ok ? done(j.verdict === 'met', j.params) : unscoredEval(j.explanation);
  }
  const stated = rule.target;
  const absenceRule = stated.value === 0 && rule.direction === '<=';
  // `…1.1万人次，未发生旅客滞留` under `无滞留得满分`: none of what it asks none of, whatever the figures
  const asking = [input.ruleText ?? '', input.target?.text ?? ''];
  if (absenceRule && input.actual && noneAsked(input.actual.text, asking))
    return done(true, { actual: displayValue(input.actual), target: displayLevel(stated) });
  // `预算批复后第15日公开，决算批复后第18日公开` under `按规定时限（批复后20日内）公开…得1分`
  const limit = { kind: 'number', ...stated, op: '<=', text: '' } as const;
  const days =
    input.actual?.kind === 'text' && rule.direction === '<='
      ? daysAgainstLimit(input.actual.text, limit)
      : null;
  if (days) return done(days === 'met', { actual: displayValue(input.actual), target: displayLevel(stated) });
  const q = quantity(input, stated, null, rule.measure);
  if (!q.ok) return unscoredEval(q.explanation);
  if (q.kind === 'verdict') {
    // 无违纪违法发生记2分: an actual of 无 is a count of zero, and 有 says it happened.
    if (absenceRule && q.none) return done(true, q.params);
    if (absenceRule && q.presence) return done(false, q.params);
    // `审计指出1笔培训补贴超范围列支3.2万元（已整改）` under `发生违规使用资金情况的该项不得分`: a misuse told
    // (hunt107: left to the reviewer, a typed full score kept)
    if (absenceRule && q.verdict !== 'met' && toldMisuse(input.actual?.text ?? '', input.ruleText ?? ''))
      return done(false, q.params);
    if (q.verdict === null) return unscoredEval(unscored('rule.cannotJudge', q.params).explanation);
    return done(q.verdict === 'met', q.params);
  }
  const direction = rule.direction ?? '>=';
  const met = reaches(q.actual, stated.value, direction);
  // the rule's own level with its sign: `达到目标 ≤100%`, never `达到目标 100%` for 78 %
  const sign = direction === '<=' ? (rule.strict ? '<' : '≤') : rule.strict ? '>' : '≥';
  const params = withParams(q.params, { target: `${sign}${displayLevel(stated)}` });
  // 满意度>90%: 90% itself does not meet it
  return done(met && !(rule.strict && snap(q.actual - stated.value) === 0), params);
}

function evaluatePerItem(rule: PerItemRule, input: EvalInput): Evaluation {
  if (rule.kinds)
    return evaluateItemKinds(rule, rule.kinds, input, {
      actual: displayValue(input.actual),
      target: displayValue(input.target),
    });
  const a = presentActual(input);
  if ('ok' in a) return unscoredEval(a.explanation);
  const params = {
    actual: displayValue(a),
    target: displayValue(input.target),
    per: rule.pointsPerItem,
    items: rule.items,
    total: rule.total,
  };
  const allPoints = perItemFull(rule) ?? input.weight;
  const items = (count: number): Evaluation => {
    const counted = rule.items === null ? count : Math.min(count, rule.items);
    const raw = Math.min(counted * rule.pointsPerItem, rule.total ?? Infinity);
    return scored('rule.perItem', withParams(params, { count: counted }), raw, input.weight);
  };
  // `一、二、四季度各曝光1批` counts the three that did it
  if (a.kind === 'number' && !a.percent)
    return items(eachOfListed(a.text, a.value) ?? Math.max(0, Math.floor(snap(a.value))));
  if (a.kind === 'text') {
    // `一、二、四季度达到序时进度，三季度未达到` under `每季度达到序时进度得1分`: the periods listed as met
    const periods = periodsPerItem(input.ruleText ?? '', a.text);
    if (periods !== null) return items(periods);
    // `符合①③项；②部分指标未细化量化`: the listed items named by their enumerators
    const listed = enumeratedDone(a.text, rule.items);
    if (listed !== undefined) return items(listed);
    // `完成魁星阁、李氏宗祠修缮，文昌宫…未开工`: the items named as done, beside what was not; never all
    const named = namedDone(a.text);
    if (typeof named === 'number') return items(named);
    const v = isNoneText(a.text) ? 'notMet' : verdictOf(a);
    if (v === 'met' && named === null) return unscoredEval(unscored('rule.cannotJudge', params).explanation);
    if (v === 'met')
      return scored('rule.verdict', withParams(params, { verdict: v }), allPoints, input.weight);
    if (v === 'notMet') return scored('rule.verdict', withParams(params, { verdict: v }), 0, input.weight);
  }
  return unscoredEval(
    unscored(a.kind === 'number' ? 'rule.unitMismatch' : 'rule.cannotJudge', params).explanation,
  );
}

/**
 * The tier an actual names: its label (`健全但执行不到位`), or the one label ending in the actual when
 * the rest of it is only the subject (`健全且有效执行` for `内控制度健全且有效执行`).
 */
function labelled(rule: TiersRule, text: string): TiersRule['tiers'][number] | undefined {
  const named = rule.tiers.filter((t) => t.label !== null);
  const exact = named.find((t) => sameText(t.label!, text));
  if (exact) return exact;
  const tails = named.filter((t) => endsAffirmed(t.label!, text));
  if (tails.length === 1 && named.every((t) => t === tails[0] || !t.label!.includes(text))) return tails[0];
  return gradeNamed(named, text) ?? gradeEnding(named, text);
}

/**
 * `档案管理较规范，个别档案信息更新不及时`: the first clause ends with one label of two characters or
 * more, not graded by a word before it (`较规范` is no 规范, `台账管理不规范` no 规范 either).
 */
function gradeEnding(
  named: readonly TiersRule['tiers'][number][],
  text: string,
): TiersRule['tiers'][number] | undefined {
  const [first = ''] = fold(text).split(REMARK_SEPARATOR);
  const graded = [...VERDICT_PARTIAL_PREFIXES, ...VERDICT_NOT_PREFIXES];
  const fits = named.filter((t) => {
    const label = t.label!;
    const head = first.slice(0, first.length - label.length);
    return [...label].length >= 2 && first.endsWith(label) && !graded.some((w) => head.endsWith(w));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * `经专家评估，课程质量等次为"良"`, `年度考核评定为良好，个别台账不全`, `获评“良”等次`: the grade a clause
 * names after 为 or in quotes, when it is one tier's label and no other clause names another.
 */
function gradeNamed(
  named: readonly TiersRule['tiers'][number][],
  text: string,
): TiersRule['tiers'][number] | undefined {
  const found = new Set<TiersRule['tiers'][number]>();
  for (const clause of text.split(REMARK_SEPARATOR)) {
    const at = clause.lastIndexOf(GRADE_LINK);
    const grades = [...clause.matchAll(QUOTED_GRADE)].map((m) => m[1]!);
    if (at >= 0) grades.push(clause.slice(at + GRADE_LINK.length).replace(GRADE_QUOTES, ''));
    for (const grade of grades) {
      const tier = named.find((t) => sameText(t.label!, grade));
      if (tier) found.add(tier);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The actual is a change on last year, as the indicator reader makes it of a target set against last
 * year (`较上年减少`, or `≤0` beside both years' figures): against a target of 0, a year named.
 */
function onLastYear(input: EvalInput, actualText: string): boolean {
  const t = input.target;
  const onLast = (x: string): boolean => LAST_YEAR.periods.some((p) => x.includes(p));
  // `较上年下降0.3个百分点` against `学生生长迟缓率较上年下降`: a change named in both
  if (t?.kind === 'text') return onLast(t.text) && onLast(actualText);
  if (t?.kind !== 'number' || t.value !== 0 || t.op === null) return false;
  return [t.text, actualText].some(onLast);
}

/** A met opening with a later clause saying part is not done (`…，村级路长未全覆盖`) is partial. */
function shortOfMet(verdict: Verdict | null, text: string): Verdict | null {
  if (verdict !== 'met') return verdict;
  const [, ...later] = fold(text).split(REMARK_SEPARATOR);
  return later.some((c) => SHORTFALL_CLAUSE_WORDS.some((w) => c.includes(w))) ? 'partial' : verdict;
}

function evaluateTiers(rule: TiersRule, input: EvalInput): Evaluation {
  const a = presentActual(input);
  if ('ok' in a) return unscoredEval(a.explanation);
  const shown = displayValue(a);
  // `一般（年度考核排名全市第7/9）`: the label, then a remark on it; a change on last year: the tier
  // its direction names (`减少得8分，持平得4分，增加不得分`)
  const unbracketed = a.text.replace(BRACKETED_REMARK, '');
  const exact =
    a.kind === 'text'
      ? (labelled(rule, unbracketed) ?? wayTier(rule, unbracketed))
      : a.kind === 'number' && onLastYear(input, a.text)
        ? tierOfChange(rule, (signedChange(a, 'growth') ?? a).value)
        : // `全覆盖（246个行政村）`: a count in brackets after a tier's words is that tier
          a.kind === 'number' && unbracketed !== a.text
          ? labelled(rule, unbracketed)
          : undefined;
  const partial = rule.tiers.filter((t) => t.label !== null && readVerdictText(t.label) === 'partial');
  let verdict: Verdict | null = null;
  if (!exact && !rule.exactOnly) {
    // the target's own words (`持续发挥作用` against `持续发挥作用`) meet it
    const t = input.target?.text ?? '';
    const own =
      t !== '' && [sameText, opensDone, deniesAsTarget].some((meets) => meets(a.text, t)) ? 'met' : null;
    if (a.kind === 'text') verdict = shortOfMet(own ?? verdictOf(a), a.text);
    else {
      const j = judgeAgainstTable(input, null);
      if (!j.ok) return unscoredEval(j.explanation);
      // `覆盖240个行政村` against `全覆盖（246个行政村）` under `全覆盖得4分，基本覆盖得2分，未覆盖不得分`: the
      // tiers grade the target's own words, and a count short of it does not say which lower one it is
      const gradesTarget =
        partial.length > 0 && rule.tiers.some((x) => x.label !== null && t.includes(x.label));
      verdict = j.verdict === 'notMet' && gradesTarget ? null : j.verdict;
    }
  }
  const byPoints = [...rule.tiers].sort((x, y) => awardOf(y, input.weight) - awardOf(x, input.weight));
  // `12月20日完成` against `11月30日前` under `按期完成得4分，逾期完成得2分，未完成不得分`: done, late
  const late = rule.tiers.filter((t) => t.label !== null && LATE_WORDS.some((w) => t.label!.includes(w)));
  const lateTier = a.kind === 'date' && verdict === 'notMet' && late.length === 1 ? late[0] : undefined;
  const chosen =
    exact ??
    lateTier ??
    (verdict === 'met' ? byPoints[0] : verdict === 'notMet' ? byPoints[byPoints.length - 1] : undefined) ??
    (verdict === 'partial' && partial.length === 1 ? partial[0] : undefined);
  if (!chosen)
    return unscoredEval(
      unscored('rule.cannotJudge', { actual: shown, target: displayValue(input.target) }).explanation,
    );
  const points = awardOf(chosen, input.weight);
  return scored(
    'rule.tier',
    { actual: shown, label: chosen.label, points: formatNumber(points) },
    points,
    input.weight,
  );
}

/**
 * Scores `rule` for one row. Never throws; `score` is null when the input lacks what the rule
 * needs, and the explanation then says what.
 * @example evaluateRule(parseRule('达100%记2分，每低5个百分点扣1分').rule!, { weight: 2, target: null, actual: pct(90), stepMode: 'whole' }) // score 0
 */
export function evaluateRule(rule: Rule, input: EvalInput): Evaluation {
  if (!Number.isFinite(input.weight) || input.weight < 0)
    return unscoredEval(unscored('rule.needsWeight').explanation);
  const a = input.actual;
  const ev =
    a?.kind === 'date' && a.from !== undefined && a.from < a.iso
      ? evaluateSpan(rule, input, a)
      : evaluateOne(rule, input);
  // a case the actual tells of a clause the rule's steps leave out (exemptions.ts)
  return withCaseTold(ev, input);
}

/**
 * An actual that is a span of days (`10月中旬`, `9月16日-22日`): scored by its last day, the cautious
 * reading of a deadline, when its first day scores the same; else which day it was decides, and the
 * row is left to the reviewer.
 */
function evaluateSpan(
  rule: Rule,
  input: EvalInput,
  actual: Extract<NormalizedValue, { kind: 'date' }>,
): Evaluation {
  const [from, to] = [actual.from ?? actual.iso, actual.iso];
  const last = evaluateOne(rule, input);
  const first = evaluateOne(rule, { ...input, actual: { ...actual, iso: from } });
  if (last.score !== null && last.score === first.score)
    return {
      ...last,
      explanation: { ...last.explanation, params: withParams(last.explanation.params, { lastDay: to }) },
    };
  if (last.score === null) return last;
  const params = { actual: displayValue(input.actual), target: displayValue(input.target), from, to };
  return unscoredEval({ key: 'rule.dateSpan', params });
}

function evaluateOne(rule: Rule, input: EvalInput): Evaluation {
  switch (rule.kind) {
    case 'passFail':
      return evaluatePassFail(rule, input);
    case 'step':
      return evaluateStep(withFloor(rule, input.weight), input);
    case 'perOccurrence':
      return evaluateOccurrence(withFloor(rule, input.weight), input);
    case 'perItem':
      return evaluatePerItem(rule, input);
    case 'proportional':
      return evaluateProportional(rule, input);
    case 'linear':
      return evaluateLinear(rule, input);
    case 'bands':
      return evaluateBands(rule, input);
    case 'tiers':
      return evaluateTiers(rule, input);
    case 'default':
      return evaluateDefault(input);
    default:
      return assertNever(rule);
  }
}

/** The rule forbids a misuse of funds and the actual tells one (a denial reads as none before this). */
function toldMisuse(actual: string, ruleText: string): boolean {
  return MISUSE_WORDS.some((w) => ruleText.includes(w)) && MISUSE_WORDS.some((w) => actual.includes(w));
}

/** The periods an actual lists as met, for a rule giving points per period (`每季度…得1分`; hunt107). */
function periodsPerItem(ruleText: string, actual: string): number | null {
  const unit = Object.keys(TIME_UNIT_SPELLINGS).find((u) =>
    TIME_UNIT_SPELLINGS[u]!.some((w) => WORDS.each.some((each) => ruleText.includes(`${each}${w}`))),
  );
  return unit === undefined ? null : periodsListedMet(actual, unit);
}
