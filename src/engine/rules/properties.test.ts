import { TIME_STEP_UNITS } from './lexicon';
import fc from 'fast-check';
import type { NormalizedValue } from '../grid/value';
import type { StepMode } from '../settings';
import {
  band,
  bands,
  bound,
  deduction,
  defaultRuleNode,
  level,
  linear,
  occurrence,
  passFail,
  perItem,
  proportional,
  stepRule,
  tier,
  tiers,
  type Direction,
  type Level,
  type Rule,
  type Target,
} from './ast';
import { canProduce, evaluateRule, printRule } from './index';
import { parseRuleStrict } from './parser';

fc.configureGlobal({ seed: 20201, numRuns: 500 });

// ---- generators ----------------------------------------------------------------------------
const decimal = (max: number, min = 0) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const positive = (max: number) => decimal(max, 0.01);
const UNITS = ['元', '项', '起', '次', '级', '人', '户', '人次', '天'];
const COUNT_UNITS = ['项', '起', '次', '件', '例', '个', '处', '家', '户', '人', '人次'];
const direction: fc.Arbitrary<Direction> = fc.constantFrom('>=', '<=');
const stepMode = fc.constantFrom<StepMode | null>(null, 'whole', 'partial', 'proportional');

const scale = fc.oneof(
  fc.constant({ percent: true, unit: null as string | null }),
  fc.constantFrom(null, ...UNITS).map((unit) => ({ percent: false, unit })),
);
const levelOn = (s: { percent: boolean; unit: string | null }, max = 200, min = 0) =>
  decimal(max, min).map((v) => level(v, s.percent, s.unit));
const anyLevel = scale.chain((s) => levelOn(s));
const points = fc.option(positive(50), { nil: null });
const targetDir = fc.oneof(
  fc.tuple(fc.constant<Target>('table'), fc.constantFrom<Direction | null>(null, '>=', '<=')),
  fc.tuple(anyLevel as fc.Arbitrary<Target>, direction),
);
const share = fc.integer({ min: 1, max: 100 }).map((k) => deduction(Math.round((k / 100) * 1e9) / 1e9, true));
const ded = fc.oneof(
  positive(5).map((a) => deduction(a)),
  share,
);

const passFailArb = fc
  .tuple(points, targetDir)
  .map(([p, [t, d]]) => passFail(p, t, t === 'table' ? d : (d ?? '>=')));
const stepArb = fc
  .record({
    points,
    td: fc.tuple(fc.oneof(fc.constant<Target>('table'), anyLevel), direction),
    step: scale.chain((s) => levelOn(s, 20, 0.01)),
    deduction: ded,
    maxDeduction: fc.option(positive(20), { nil: null }),
    stepMode,
    zeroBeyond: fc.option(anyLevel, { nil: null }),
  })
  // a span of time beside a step in 百分点 is read as describing the indicator, not as its level
  // (`1个月内提交报告率达100%…每低5个百分点`): the parser never makes that rule, so it is not printed
  .filter((r) => !(r.step.percent && r.td[0] !== 'table' && TIME_STEP_UNITS.has(r.td[0].unit ?? '')))
  .map((r) => stepRule({ ...r, target: r.td[0], direction: r.td[1] }));
const occurrenceArb = fc
  .record({
    points,
    event: fc.constantFrom<'incident' | 'unfinished'>('incident', 'unfinished'),
    per: fc.integer({ min: 1, max: 5 }),
    unit: fc.constantFrom(...COUNT_UNITS),
    deduction: ded,
    maxDeduction: fc.option(positive(20), { nil: null }),
    stepMode,
    allowance: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  })
  .map((r) => occurrence(r));
const perItemArb = fc
  .tuple(
    positive(5),
    fc.option(positive(20), { nil: null }),
    fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  )
  .map(([p, t, n]) => perItem(p, t, n));
const proportionalArb = fc
  .tuple(points, targetDir)
  .map(([p, [t, d]]) => proportional(p, t, t === 'table' ? d : (d ?? '>=')));
const linearArb = fc
  .tuple(points, scale, fc.boolean(), fc.constantFrom<'ratio' | 'interpolate'>('ratio', 'interpolate'))
  .chain(([p, s, table, sc]) =>
    fc.tuple(levelOn(s, 100), levelOn(s, 100)).map(([f, c]) => linear(p, f, table ? 'table' : c, sc)),
  );
/** Monotone bands: `<t1`, `[t1, t2)`, …, `≥tn`, points non-decreasing (the top one maybe 满分), an optional 其他 band. */
const bandsArb = fc
  .tuple(
    scale,
    fc.uniqueArray(decimal(200), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .chain(([s, cuts, incl, other, full]) => {
    const ts = [...cuts].sort((a, b) => a - b).map((v) => level(v, s.percent, s.unit));
    return fc
      .array(decimal(20), { minLength: ts.length + 1, maxLength: ts.length + 1 })
      .map((ps) => [...ps].sort((a, b) => a - b))
      .map((ps) => {
        const list = ts.map((t, i) => {
          const prev = ts[i - 1];
          return band(prev ? bound(prev, incl) : null, bound(t, !incl), ps[i] ?? 0);
        });
        const last = ts[ts.length - 1] as Level;
        list.push(band(bound(last, incl), null, full ? null : (ps[ts.length] ?? 0)));
        if (other) list.push(band(null, null, 0));
        return bands(list);
      });
  });
const CORES = ['规范', '达标', '合格', '完整', '及时'];
const tiersArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...CORES), fc.subarray(['', '基本', '不'], { minLength: 2 }), fc.boolean())
    .chain(([core, prefixes, other]) =>
      fc.array(decimal(10), { minLength: prefixes.length, maxLength: prefixes.length }).map((ps) => {
        const list = prefixes.map((p, i) => tier(p + core, ps[i] ?? 0));
        return tiers(other ? [...list, tier(null, 0)] : list);
      }),
    ),
  fc
    .subarray(['优秀', '良好', '一般', '较差'], { minLength: 2 })
    .chain((labels) =>
      fc
        .array(positive(10), { minLength: labels.length, maxLength: labels.length })
        .map((ps) => tiers(labels.map((l, i) => tier(l, ps[i] ?? 1)))),
    ),
  // 全部完成得满分，部分完成得一半分值（80%分值、N 分），不完成不得分
  fc
    .tuple(fc.constantFrom(...CORES), positive(10), fc.constantFrom(0.5, 0.6, 0.8, 0.75, null), fc.boolean())
    .map(([core, points, share, none]) =>
      tiers([
        tier(`全部${core}`, null),
        share === null ? tier(`部分${core}`, points) : tier(`部分${core}`, null, share),
        ...(none ? [tier(`不${core}`, 0)] : []),
      ]),
    ),
);
const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
  passFailArb,
  stepArb,
  occurrenceArb,
  perItemArb,
  proportionalArb,
  linearArb,
  bandsArb,
  tiersArb,
  fc.constant(defaultRuleNode()),
);

const numberValue = (value: number, percent: boolean, unit: string | null): NormalizedValue => ({
  kind: 'number',
  value,
  percent,
  unit,
  op: null,
  text: `${value}${percent ? '%' : (unit ?? '')}`,
});
const valueArb: fc.Arbitrary<NormalizedValue | null> = fc.oneof(
  fc.constant(null),
  fc
    .tuple(decimal(300), fc.boolean(), fc.constantFrom(null, ...UNITS))
    .map(([v, p, u]) => numberValue(v, p, p ? null : u)),
  fc
    .constantFrom('达标', '基本达标', '未达标', '规范', '无', '良好', '安全稳定', '全部完成')
    .map((text): NormalizedValue => ({ kind: 'text', achievement: null, text })),
  fc.constant<NormalizedValue>({ kind: 'empty', text: '' }),
  fc.constant<NormalizedValue>({ kind: 'error', text: '#DIV/0!' }),
);
const modeArb = fc.constantFrom<StepMode>('whole', 'partial', 'proportional');

// ---- properties ----------------------------------------------------------------------------
const SEED_RULES = [
  '达标记3分，否则不得分。',
  '满意度达 85%及以上, 记 5 分, 低于 2 个百分点扣 1 分。',
  '达100%记2分, 每低5个百分点扣1分, 扣完为止。',
  '全部完成记 5 分, 有 1 项没完成扣 1 分, 扣完为止。',
  '≥90%得10分，80%(含)-90%得6分，60%(含)-80%得3分，60%以下不得分',
  '规范记4分，基本规范记2分，不规范不得分',
  '低于60%不得分，60%-100%之间按比例得分',
  '每一项记1分, 总分3分。',
];
const FRAGMENTS = [
  '每',
  '扣',
  '记',
  '分',
  '%',
  '个百分点',
  '不足',
  '按',
  '计',
  '，',
  '(含)',
  '-',
  '以上',
  '以下',
  '扣满',
  '为止',
  '①',
  '一',
  '两',
  '万元',
  '×',
  '分值',
  '的',
  '比例',
  '≥',
  '0',
  '.',
  '9',
];

const mutated = fc
  .tuple(
    fc.constantFrom(...SEED_RULES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...FRAGMENTS, '')), { maxLength: 5 }),
  )
  .map(([text, edits]) =>
    edits.reduce((s, [at, del, ins]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + ins + s.slice(i + del);
    }, text),
  );

test('parseRule never throws on arbitrary strings', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 30 }),
      ),
      (s) => {
        parseRuleStrict(s);
      },
    ),
  );
});

test('parseRule never throws on mutated real rules, and what it reads prints back', () => {
  fc.assert(
    fc.property(mutated, (s) => {
      const { rule, reason } = parseRuleStrict(s);
      expect(rule === null).toBe(reason !== null);
      if (rule) expect(parseRuleStrict(printRule(rule)).rule).toEqual(rule);
    }),
  );
});

test('parseRule(printRule(rule)) round-trips generated rules', () => {
  fc.assert(
    fc.property(ruleArb, (rule) => {
      expect(parseRuleStrict(printRule(rule))).toEqual({ rule, reason: null });
    }),
  );
});

test('0 ≤ score ≤ weight, and a computed score is one canProduce accepts', () => {
  fc.assert(
    fc.property(ruleArb, valueArb, valueArb, decimal(20), modeArb, (rule, target, actual, weight, mode) => {
      const ev = evaluateRule(rule, { weight, target, actual, stepMode: mode });
      if (ev.score === null) return;
      expect(ev.score).toBeGreaterThanOrEqual(0);
      expect(ev.score).toBeLessThanOrEqual(weight);
      expect(Math.round(ev.score * 100) / 100).toBe(ev.score);
      expect(canProduce(rule, ev.score, weight, mode)).toBe(true);
    }),
  );
});

const GE: Direction = '>=';

/** Rules with a direction, on a percent scale, and which way better lies. */
const directedArb: fc.Arbitrary<{ rule: Rule; dir: Direction; target: NormalizedValue | null }> = fc.oneof(
  fc
    .tuple(points, levelOn({ percent: true, unit: null }), direction)
    .map(([p, l, d]) => ({ rule: passFail(p, l, d), dir: d, target: null })),
  stepArb
    .filter(
      (r) =>
        r.kind === 'step' &&
        r.step.percent &&
        (r.target === 'table' || r.target.percent) &&
        (!r.zeroBeyond || r.zeroBeyond.percent),
    )
    .map((r) => ({
      rule: r,
      dir: r.kind === 'step' ? r.direction : '>=',
      target: numberValue(100, true, null),
    })),
  fc
    .tuple(points, levelOn({ percent: true, unit: null }, 200, 1), direction)
    .map(([p, l, d]) => ({ rule: proportional(p, l, d), dir: d, target: null })),
  linearArb
    .filter((r) => r.kind === 'linear' && r.floor.percent)
    .map((r) => ({ rule: r, dir: GE, target: numberValue(90, true, null) })),
  bandsArb
    .filter((r) => r.kind === 'bands' && r.bands.every((b) => (b.lower ?? b.upper)?.level.percent !== false))
    .map((r) => ({ rule: r, dir: GE, target: null })),
  fc
    .tuple(direction, decimal(150, 1))
    .map(([d, t]) => ({ rule: defaultRuleNode(), dir: d, target: { ...numberValue(t, true, null), op: d } })),
);

test('score is monotone in the actual: non-decreasing for ≥ rules, non-increasing for ≤ rules', () => {
  fc.assert(
    fc.property(
      directedArb,
      decimal(200),
      decimal(200),
      decimal(20),
      modeArb,
      ({ rule, dir, target }, a, b, weight, mode) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const score = (v: number) =>
          evaluateRule(rule, { weight, target, actual: numberValue(v, true, null), stepMode: mode }).score;
        const sLo = score(lo);
        const sHi = score(hi);
        if (sLo === null || sHi === null) return;
        if (dir === '>=') expect(sHi).toBeGreaterThanOrEqual(sLo);
        else expect(sHi).toBeLessThanOrEqual(sLo);
      },
    ),
  );
});

test('occurrences: more incidents never score more; more items done never score less', () => {
  fc.assert(
    fc.property(occurrenceArb, fc.nat(20), fc.nat(20), decimal(20), modeArb, (rule, a, b, weight, mode) => {
      if (rule.kind !== 'perOccurrence') return;
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const target = numberValue(20, false, rule.unit);
      const score = (v: number) =>
        evaluateRule(rule, { weight, target, actual: numberValue(v, false, rule.unit), stepMode: mode })
          .score ?? NaN;
      if (rule.event === 'incident') expect(score(hi)).toBeLessThanOrEqual(score(lo));
      else expect(score(hi)).toBeGreaterThanOrEqual(score(lo));
    }),
  );
});
