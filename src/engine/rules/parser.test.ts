import { band, bound, deduction, level, occurrence, passFail, perItem, stepRule, tier, tiers } from './ast';
import { lex, normalizeRuleText } from './lexer';
import { parseRule } from './parser';
import { printRule } from './printer';

const pct = (v: number) => level(v, true);

describe('lexer', () => {
  test('folds full-width forms and spaces inside Chinese', () => {
    expect(normalizeRuleText('达标记 ３ 分，否则不得分。').text).toBe('达标记3分,否则不得分。');
    expect(normalizeRuleText('80%（含）－90%').text).toBe('80%(含)-90%');
  });

  test('counts ①②③ and keeps them out of the numbers', () => {
    const { text, enumerators } = normalizeRuleText('①有机制②有平台③有方案');
    expect(enumerators).toBe(3);
    expect(text).not.toMatch(/[123]/);
  });

  test('reads Chinese numerals only before a unit', () => {
    const nums = (s: string) =>
      lex(s)
        .tokens.filter((t) => t.t === 'num')
        .map((t) => (t.t === 'num' ? t.value : 0));
    expect(nums('每低一个百分点')).toEqual([1]);
    expect(nums('每低两个百分点')).toEqual([2]);
    expect(nums('达十五项')).toEqual([15]);
    expect(nums('百分之九十')).toEqual([90]);
    expect(nums('一般')).toEqual([]);
    expect(nums('2021年底前')).toEqual([]);
  });

  test('scales 万 and marks 百分点 and 分', () => {
    const [wan, pp, pts] = lex('1.5万元2个百分点3分').tokens;
    expect(wan).toMatchObject({ t: 'num', value: 15000, unit: '元', percent: false });
    expect(pp).toMatchObject({ t: 'num', value: 2, percent: true, pp: true });
    expect(pts).toMatchObject({ t: 'num', value: 3, points: true });
  });

  test('maps surface words to lexicon ids, longest first', () => {
    const ids = lex('不得分扣完为止扣分值').tokens.map((t) => (t.t === 'word' ? t.id : t.t));
    expect(ids).toEqual(['zero', 'capZero', 'deductShare']);
  });
});

describe('parseRule', () => {
  test('pass/fail takes its target from the table unless the text states one', () => {
    expect(parseRule('达标记3分，否则不得分').rule).toEqual(passFail(3, 'table', null));
    expect(parseRule('档案星级管理达3级及以上记1分，否则不得分。').rule).toEqual(
      passFail(1, level(3, false, '级'), '>='),
    );
    expect(parseRule('编制数合规记1分, 超过不得分。').rule).toEqual(passFail(1, 'table', '<='));
    expect(parseRule('无违纪违法发生记2分，有违法违纪不得分。').rule).toEqual(passFail(2, level(0), '<='));
  });

  test('a threshold followed by 低于K个百分点扣M分 is a step rule with that target', () => {
    expect(parseRule('满意度达 85%及以上, 记 5 分, 低于 2 个百分点扣 1 分。').rule).toEqual(
      stepRule({ points: 5, target: pct(85), direction: '>=', step: pct(2), deduction: deduction(1) }),
    );
  });

  test('低于60%扣5分 (a level, not a gap) is not read as steps', () => {
    expect(parseRule('低于60%扣5分').rule).toBeNull();
  });

  test('step semantics stated in the text', () => {
    const mode = (s: string) => {
      const r = parseRule(s).rule;
      return r?.kind === 'step' ? r.stepMode : 'not a step';
    };
    expect(mode('每低1个百分点扣1分')).toBeNull();
    expect(mode('每低1个百分点扣1分，不足1个百分点的按1个百分点计算')).toBe('partial');
    expect(mode('每低1个百分点扣1分，不足1个百分点不扣分')).toBe('whole');
    expect(mode('每低1个百分点扣1分，不足1个百分点的按比例扣分')).toBe('proportional');
  });

  test('deductions as a share of the weight, and caps', () => {
    const r = parseRule('每低1个百分点扣分值的20%，扣满15分为止').rule;
    expect(r).toMatchObject({ kind: 'step', deduction: deduction(0.2, true), maxDeduction: 15 });
    expect(parseRule('扣完1分即止，每超出1个百分点扣1分').rule).toMatchObject({
      maxDeduction: 1,
      direction: '<=',
    });
  });

  test('occurrences: incidents and unfinished items', () => {
    expect(parseRule('每发生1起扣5分').rule).toEqual(
      occurrence({ event: 'incident', per: 1, unit: '起', deduction: deduction(5) }),
    );
    expect(parseRule('全部完成记 5 分, 有 1 项没完成扣 1 分, 扣完为止。').rule).toEqual(
      occurrence({ points: 5, event: 'unfinished', per: 1, unit: '项', deduction: deduction(1) }),
    );
  });

  test('per item with a total or a listed count', () => {
    expect(parseRule('每一项记1分, 总分3分。').rule).toEqual(perItem(1, 3, null));
    expect(parseRule('①…②…③… 每项记2分').rule).toEqual(perItem(2, null, 3));
  });

  test('bands settle unmarked boundaries from their neighbours', () => {
    expect(parseRule('≥90%得10分，80%(含)-90%得6分，60%(含)-80%得3分，60%以下不得分').rule).toEqual({
      kind: 'bands',
      bands: [
        band(bound(pct(90), true), null, 10),
        band(bound(pct(80), true), bound(pct(90), false), 6),
        band(bound(pct(60), true), bound(pct(80), false), 3),
        band(null, bound(pct(60), false), 0),
      ],
    });
    // Unclaimed by a neighbour, 以下 includes its value.
    expect(parseRule('≥90%得10分，60%以下不得分').rule).toMatchObject({
      bands: [{}, { upper: bound(pct(60), true) }],
    });
  });

  test('text tiers need a shared word or grade words', () => {
    expect(parseRule('规范记4分，基本规范记2分，不规范不得分').rule).toEqual(
      tiers([tier('规范', 4), tier('基本规范', 2), tier('不规范', 0)]),
    );
    expect(parseRule('有制度记1分，有记录记1分')).toEqual({ rule: null, reason: 'ambiguous' });
  });

  test('proportional and pass line + linear', () => {
    expect(parseRule('按完成比例计分').rule).toEqual({
      kind: 'proportional',
      points: null,
      target: 'table',
      direction: null,
    });
    expect(parseRule('得分=执行率×分值').rule).toMatchObject({
      kind: 'proportional',
      target: pct(100),
      direction: '>=',
    });
    expect(parseRule('低于60%不得分，60%-100%之间按比例得分').rule).toEqual({
      kind: 'linear',
      points: null,
      floor: pct(60),
      ceiling: pct(100),
      scale: 'ratio',
    });
  });

  test('reasons when no rule comes out', () => {
    expect(parseRule('由评价组综合评定').reason).toBe('committee');
    expect(parseRule('   ').reason).toBe('empty');
    expect(parseRule('考察部门是否具有明确的战略规划').reason).toBe('unreadable');
    expect(parseRule(undefined as unknown as string).reason).toBe('empty');
  });

  test('prints canonical text', () => {
    expect(printRule(passFail(3, 'table', null))).toBe('达标记3分，否则不得分');
    expect(printRule(parseRule('达100%记2分, 每低5个百分点扣1分, 扣完为止。').rule!)).toBe(
      '达100%及以上记2分，每低5个百分点扣1分，扣完为止',
    );
    expect(
      printRule(
        stepRule({
          target: 'table',
          direction: '<=',
          step: level(10000, false, '元'),
          deduction: deduction(0.5),
        }),
      ),
    ).toBe('不超过目标值记满分，每超出1万元扣0.5分，扣完为止');
  });
});
