import { CHINESE_NUMBER_CLASS, countNumeral } from '../grid/chineseNumerals';
import { normalizeValue } from '../grid/normalize';
import type { NormalizedValue } from '../grid/value';
import { SCALE_WORDS, UNIT_KINDS, UNIT_SYMBOLS } from '../grid/valueLexicon';
import {
  BRACKETED_REMARK,
  CAUSE_WORDS,
  FIGURE_ASIDES,
  FIGURE_TOTALS,
  INCLUDED_REMARK_LEADS,
  LAST_YEAR,
  PLAN_REMARK_LEADS,
} from '../rules/actualWords';
import { PART_OF_WHOLE } from '../rules/surveyWords';
import {
  DATE_IN_TEXT,
  LIST_BREAK,
  NEARLY_WORDS,
  COUNTED_AS,
  CONVERTED_LEADS,
  EACH_OF,
  UNDONE_CLAUSE_WORDS,
  WITHIN_MARKS,
} from '../rules/sentenceWords';
import { COUNT_UNITS, distinctCounts, MONEY_DISPLAY, PIECE_UNITS, UNITS } from '../rules/units';
import { reachedBare } from './reachedBare';
import { trainingKin } from './trainingCount';

/** Clause breaks; a comma inside 1,752.6 separates thousands. */
const CLAUSE_BREAK = /([，；;。、]|,(?!\d{3}))/u;
const NUMBER = /\d[\d,]*(?:\.\d+)?/gu;
/** A figure in digits, or in Chinese numerals with units (`一百六十八项`). */
const FIGURE = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?|(?<![\\d.])${CHINESE_NUMBER_CLASS}{2,}`, 'gu');
/** Breaks within one sentence, over which a 其中 breakdown goes on. */
const IN_SENTENCE_BREAKS = ['，', ',', LIST_BREAK];
const PERCENT_SIGNS = ['%', '％', '‰'];

/** The words of a row that may say which of a sentence's figures counts: its name and its rule text. */
export interface RowWords {
  readonly name: string;
  readonly rule: string;
}

const NO_WORDS: RowWords = { name: '', rule: '' };

interface Figure {
  readonly value: Extract<NormalizedValue, { kind: 'number' }>;
  /** Its clause says it totals the others (`合计39.7公里`). */
  readonly total: boolean;
  /** An aside (`其中…0.5万亩`, `较上年增加1,200户`), or a list going on after one. */
  readonly aside: boolean;
  readonly clause: string;
  /** Only nearly so much (`近2000户`): short of the figure by an amount not said. */
  readonly nearly: boolean;
  /** Which run of clauses joined by 、 it is in (`省级5项、市级13项` is one run). */
  readonly run: number;
  /** The limit restated (`均在3个工作日内完成`): the sentence says how the cases kept it. */
  readonly limit: boolean;
  /** So much for each of a count before it (`4个片区各举办1场` is 4场), worked out. */
  readonly each: boolean;
}

/**
 * The figure a sentence reports against a number target: `全年新建高标准农田2.06万亩，其中高效节水灌溉面积
 * 0.5万亩` against `≥2万亩` is 2.06万亩. Figures in another unit, in a bracketed remark, or after words
 * that make them an aside (其中, 较上年, 日均, 最长 …) are left out; of several, a total (合计, 累计) is
 * taken. When none or more than one is left the actual stays as written, for the rule to decline.
 */
export function mainFigure(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  words: RowWords = NO_WORDS,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number') return actual;
  if (!target.percent && target.unit === null) return reachedBare(actual) ?? actual;
  if (!target.percent && !plainUnit(target.unit)) return actual;
  // `活动经费支出52.6万元，共72场` against `≤8000元` or a bare `1.8`: money beside a count may be a cost
  // per item; against an amount to reach (`成交额5.8亿元` against `≥5亿元`) it is that amount
  const toReach = target.op === '>=' || target.op === '>';
  if (target.unit === MONEY_DISPLAY.unit && !toReach && countsBeside(actual.text)) return actual;
  const text = converted(actual.text, target);
  // `全年共培训3批次，共计425人` against `400人次`: a training's persons, when no figure is in person-times
  const own = figures(text, target);
  const kin = own.length === 0 ? trainingKin(target, actual.text, words) : [];
  const found = kin.length > 0 ? figures(text, target, kin) : own;
  // `均在3个工作日内完成`, `43次在1小时内上报，3次超过1小时`: about the cases and the limit, for the rule
  if (found.some((f) => f.limit)) return actual;
  const main = found.filter((f) => !f.aside);
  // `提交提案5件，其中1件被评为优秀提案` against `优秀提案≥3件`: the aside the target names
  const label = labelOf(target.text);
  const asideNamed = (words: string): Figure[] =>
    words && !main.some((f) => f.clause.includes(words)) ? found.filter((f) => f.clause.includes(words)) : [];
  // `其中2篇获县领导肯定性批示` against `获县级以上领导批示≥3篇`: the aside naming what the label ends in
  const byLabel = asideNamed(label);
  const named = byLabel.length > 0 ? byLabel : asideNamed([...label].slice(-2).join(''));
  const totals = main.filter((f) => f.total);
  // `送审金额4.36亿元，审减金额0.187亿元` for the indicator 政府投资项目审计审减金额, `平均12个工作日，最长18个
  // 工作日` under `平均办理时限在15个工作日内得满分`: the figure the name or the rule names, aside or not
  // `鼠害防治30万亩、虫害防治18万亩` for 草原鼠虫害防治面积: a list the name covers part by part is its sum,
  // though the name holds one part's words whole
  if (named.length === 0 && totals.length === 0 && coversEach(main, words.name)) {
    const sum = listTotal(main, actual, target);
    if (sum !== actual) return sum;
  }
  const byName = main.length !== 1 && totals.length === 0 ? found.filter((f) => namedBy(f, words)) : [];
  // `新建泵站10座、改造泵站4座，合计14座` for the indicator 新建泵站数量 (hunt92: the 合计 taken): the part
  // the name itself names, before a total of it and others
  const partNamed =
    totals.length > 0 ? main.filter((f) => !f.total && namedBy(f, { name: words.name, rule: '' })) : [];
  const pick = [named, main, partNamed, totals, byName].find((l) => l.length === 1)?.[0];
  if (!pick) return named.length === 0 && totals.length === 0 ? listTotal(main, actual, target) : actual;
  if (pick.nearly) return actual;
  // `全年发放2,811人（年内死亡停发35人）` against `2,846人`: a remark counting in the target's unit may
  // explain a shortfall, which a reviewer weighs and the rule cannot
  if (misses(pick.value, target) && remarkCounts(converted(actual.text, target), target, pick.value.value))
    return actual;
  // a figure picked by the name is shown, as a worked-out one is
  const shown =
    (byName.length === 1 && pick === byName[0]) ||
    (partNamed.length === 1 && pick === partNamed[0]) ||
    pick.each
      ? ` = ${pick.value.text}`
      : '';
  return { ...pick.value, text: `${actual.text.trim()}${shown}` };
}

/**
 * `培训1,386人，考核合格取证1,302人` under `以取证人数计`: the one figure in the target's unit whose
 * clause holds the words the rule counts by, shown after `=`; the actual as it is otherwise.
 */
export function countedAs(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  ruleText: string,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number' || !plainUnit(target.unit)) return actual;
  const word = COUNTED_AS.exec(ruleText)?.[1];
  if (!word) return actual;
  const named = figures(actual.text, target).filter((f) => labelOf(f.clause).includes(word));
  if (named.length !== 1) return actual;
  return { ...named[0]!.value, text: `${actual.text.trim()} = ${named[0]!.value.text}` };
}

/**
 * `省级5项、市级13项` against `15项`: the parts of one list joined by 、, one figure each in one unit,
 * add up to what was done (18项, shown so). Not a list of rates or of figures only nearly so much
 * (a part not done, `在建2个`, is an aside already); anything else stays as written.
 */
function listTotal(
  main: readonly Figure[],
  actual: Extract<NormalizedValue, { kind: 'text' }>,
  target: Extract<NormalizedValue, { kind: 'number' }>,
): NormalizedValue {
  const [first] = main;
  // rates and costs per item (`一般200元/件`) do not add up
  if (!first || main.length < 2 || target.percent || first.value.unit?.includes('/') !== false) return actual;
  const one = main.every(
    (f) =>
      f.run === first.run &&
      f.value.unit === first.value.unit &&
      !f.nearly &&
      main.filter((g) => g.clause === f.clause).length === 1,
  );
  if (!one) return actual;
  const value = Math.round(main.reduce((n, f) => n + f.value.value, 0) * 1e6) / 1e6;
  const shown = `${value}${namedUnits(target)?.written ?? first.value.unit ?? ''}`;
  return { ...first.value, value, op: null, text: `${actual.text.trim()} = ${shown}` };
}

const CONVERTED = new RegExp(
  `(\\d[\\d,]*(?:\\.\\d+)?)([^\\d（(，,、；;。]{1,4})[（(](?:${CONVERTED_LEADS.join('|')})?(\\d[\\d,]*(?:\\.\\d+)?)([^\\d（()）]{1,4})[）)]`,
  'gu',
);

/**
 * `草鱼苗1.2万公斤（约8万尾）` against `≥50万尾`: a bracket giving a figure in another unit in the
 * target's unit stands in its place (`草鱼苗8万尾`); any other bracket is left as it is.
 */
function converted(text: string, target: Extract<NormalizedValue, { kind: 'number' }>): string {
  return text.replace(CONVERTED, (all: string, digits: string, tail: string, inner: string, unit: string) => {
    const inside = inTargetUnit(inner, unit, target);
    const outside = inTargetUnit(digits, tail, target);
    return inside !== null && inside === inner + unit && outside === null ? inside : all;
  });
}

/** The figure falls short of the target (past it, for a `≤` target). */
function misses(
  value: Extract<NormalizedValue, { kind: 'number' }>,
  target: Extract<NormalizedValue, { kind: 'number' }>,
): boolean {
  const below =
    target.op === '<=' || target.op === '<' ? value.value > target.value : value.value < target.value;
  return below && Math.abs(value.value - target.value) > 1e-9;
}

/**
 * A bracketed remark holds a figure in the target's unit (`（年内死亡停发35人）`); last year's figure
 * (`（上年2,415人）`) or a breakdown (`（其中直播课程12场）`) explains nothing.
 */
function remarkCounts(
  text: string,
  target: Extract<NormalizedValue, { kind: 'number' }>,
  figure: number,
): boolean {
  // the plan restated (`（计划8000亩）`, hunt90) explains nothing either; nor, against a rate, another
  // rate that gives no cause (`（回访率82.5%）` beside 满意度92.32%, hunt90)
  const explainsNothing = (remark: string): boolean =>
    [...LAST_YEAR.periods, ...PART_OF_WHOLE.breakdown, ...INCLUDED_REMARK_LEADS, ...PLAN_REMARK_LEADS].some(
      (w) => remark.slice(1).startsWith(w),
    ) ||
    (target.percent && !CAUSE_WORDS.some((w) => remark.includes(w)));
  return [...text.matchAll(BRACKETED_REMARK)].some((remark) => {
    const inUnit = [...remark[0].matchAll(NUMBER)].flatMap((m) => {
      const written = inTargetUnit(m[0], remark[0].slice(m.index + m[0].length), target);
      const read = written === null ? null : normalizeValue(written);
      return read?.kind === 'number' ? [read.value] : [];
    });
    // `112.4公里（新建38.2公里、改建74.2公里）`: parts that make up the figure explain nothing (hunt92)
    const parts = inUnit.length > 1 && Math.abs(inUnit.reduce((a, b) => a + b, 0) - figure) < 1e-6;
    return !explainsNothing(remark[0]) && inUnit.length > 0 && !parts;
  });
}

/** The words just before the figure in its clause (two or more) are in the indicator's name or rule. */
function namedBy(f: Figure, { name, rule }: RowWords): boolean {
  const lead = labelOf(f.clause);
  if (lead === '') return false;
  // `全县农村网络零售额2.16亿元` for the indicator 农村网络零售额: the name within the words
  return name.includes(lead) || rule.includes(lead) || ([...name].length >= 4 && lead.endsWith(name));
}

/** Two or more figures, each led by words (two or more) whose every character the name holds. */
function coversEach(main: readonly Figure[], name: string): boolean {
  const leads = main.map((f) => labelOf(f.clause));
  return main.length >= 2 && leads.every((l) => l !== '' && [...l].every((ch) => name.includes(ch)));
}

/** The words a target names its count by (`优秀提案≥3件` → 优秀提案); '' for fewer than two. */
function labelOf(text: string): string {
  const words = (/^\D*/u.exec(text)?.[0] ?? '').replace(/[^\u4e00-\u9fff]/gu, '');
  return [...words].length >= 2 ? words : '';
}

function figures(
  text: string,
  target: Extract<NormalizedValue, { kind: 'number' }>,
  kin: readonly string[] = [],
): Figure[] {
  const out: Figure[] = [];
  // clauses at even places, the break before each at the odd place before it
  // a date's figures (`4月8日`) are no amounts
  const pieces = text.replace(BRACKETED_REMARK, '').replace(DATE_IN_TEXT, '').split(CLAUSE_BREAK);
  let asideList = false;
  let breakdown = false;
  let run = 0;
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i]!;
    if (i > 0 && pieces[i - 1] !== LIST_BREAK) run++;
    // `…一百六十八项，其中新报监工程73项，竣工验收监督52项`: the parts a 其中 lists, to the sentence's end
    breakdown &&= IN_SENTENCE_BREAKS.includes(pieces[i - 1] ?? '');
    // `其中文书档案86.3万页、会计档案26.3万页`: a list after an aside goes on with it
    let aside: boolean = breakdown || (asideList && pieces[i - 1] === LIST_BREAK);
    let from = 0;
    for (const m of clause.matchAll(FIGURE)) {
      // `一千零八十六家`: a count in Chinese numerals, which must read as one
      if (!/^\d/u.test(m[0]) && countNumeral(m[0]) === null) continue;
      const lead = clause.slice(0, m.index);
      // `由上年的16.8%降至12.9%`: what a change came to is the figure, whatever went before
      const reached = LAST_YEAR.to.some((w) => clause.slice(from, m.index).includes(w));
      // `其中…`, `较上年…` before it, or a clause about work not done (`1座…延至次年`)
      const undone = UNDONE_CLAUSE_WORDS.some((w) => clause.includes(w));
      aside = !reached && (aside || undone || FIGURE_ASIDES.some((w) => lead.includes(w)));
      from = m.index + m[0].length;
      const written = inTargetUnit(m[0], clause.slice(from), target, kin);
      const read = written === null ? null : normalizeValue(written);
      if (read?.kind !== 'number') continue;
      // `1.2万丛` against `≥3万株（丛）`: counted as the target counts
      const inUnit =
        read.unit !== target.unit && [...otherUnits(target), ...kin].includes(read.unit ?? '')
          ? { ...read, unit: target.unit }
          : read;
      const times = eachOf(lead);
      const value =
        times === 1 ? inUnit : { ...inUnit, value: inUnit.value * times, text: `${times}×${written}` };
      const total = FIGURE_TOTALS.some((w) => lead.includes(w));
      const nearly = NEARLY_WORDS.some((w) => lead.endsWith(w));
      // `均在3个工作日内完成`: the limit restated
      const limit = WITHIN_MARKS.some((w) => clause.startsWith(w, m.index + written!.length));
      out.push({ value, total, aside, clause, nearly, run, limit, each: times !== 1 });
      // a part in the target's unit (`其中差评31条，好评率99.75%` goes on to the rate itself)
      breakdown ||= PART_OF_WHOLE.breakdown.some((w) => lead.includes(w));
    }
    asideList = aside;
  }
  return out;
}

const EACH_COUNT = new RegExp(
  `(\\d+)(?:${[...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|')})\\D{0,6}${EACH_OF}\\D{0,4}$`,
  'u',
);

/** `在城区、工业园、城南、城北4个片区各举办`: the count of places the figure after it is for each of; 1 for none. */
function eachOf(lead: string): number {
  const m = EACH_COUNT.exec(lead);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? n : 1;
}

/**
 * The number with its scale word and unit, when the unit is the target's or one of its kind
 * (`2.06` + `万亩，其中…` against 亩 → `2.06万亩`); null for any other unit (`58所` against 人, and
 * `1.2万人次` against 人: person-times are not persons).
 */
function inTargetUnit(
  digits: string,
  tail: string,
  target: Extract<NormalizedValue, { kind: 'number' }>,
  kin: readonly string[] = [],
): string | null {
  if (target.percent) {
    const sign = PERCENT_SIGNS.find((s) => tail.startsWith(s));
    return sign === undefined ? null : digits + sign;
  }
  const unit = target.unit!;
  const kind = UNIT_KINDS.find((k) => unit in k);
  const words = [...(kind ? Object.keys(kind) : [unit, ...otherUnits(target)]), ...kin];
  // `合计1,150㎡` against 平方米: a unit's symbol as typed (hunt119)
  const symbols = UNIT_SYMBOLS.filter(([, w]) => words.includes(w)).map(([symbol]) => symbol);
  const units = [...words, ...symbols].sort((a, b) => b.length - a.length);
  const scale = SCALE_WORDS.find(([w]) => tail.startsWith(w))?.[0] ?? '';
  // 千米 is a unit, not 千 × 米: the tail is tried as written before its scale word is taken off
  for (const rest of [tail, tail.slice(scale.length)]) {
    const u = units.find((x) => rest.startsWith(x));
    if (u === undefined) continue;
    if (distinctCounts(u, rest.slice(0, u.length + 1))) return null;
    return digits + tail.slice(0, tail.length - rest.length) + u;
  }
  return null;
}

/**
 * `≥3万株（丛）`, `≥9.5万头（只）`: a second unit the target names in brackets after its own, which
 * counts the same, and the two as written; null for a target naming one.
 */
function namedUnits(
  target: Extract<NormalizedValue, { kind: 'number' }>,
): { readonly other: string; readonly written: string } | null {
  const unit = target.unit;
  if (unit === null || target.percent) return null;
  const at = target.text.indexOf(unit);
  const m = at < 0 ? null : /^[（(]([\u4e00-\u9fff]{1,2})[）)]/u.exec(target.text.slice(at + unit.length));
  return m ? { other: m[1]!, written: unit + m[0] } : null;
}

/**
 * The units besides its own a target counts in: the one it names in brackets (`≥3万株（丛）`: 丛), and for
 * two units of pieces (`≥10件（套）`) any unit of pieces (台 too).
 */
function otherUnits(target: Extract<NormalizedValue, { kind: 'number' }>): readonly string[] {
  const other = namedUnits(target)?.other;
  if (other === undefined) return [];
  const pieces = PIECE_UNITS.includes(other) && PIECE_UNITS.includes(target.unit ?? '');
  return pieces ? PIECE_UNITS.filter((u) => u !== target.unit) : [other];
}

/**
 * A unit the target states as a unit (`户`, `万吨`, `平方公里`), not words the reader took along
 * (`作业结束后1小时内上报` gives 小时内上报: the limit each case must keep, restated in the actual).
 */
function plainUnit(unit: string | null): boolean {
  if (unit === null) return false;
  // `批次/千人`, `万元/公里`: a rate of two plain units (hunt90: 4.38批次/千人 was left as words)
  const per = unit.split('/');
  if (per.length === 2) return per.every((u) => u !== '' && plainUnit(u));
  return [...unit].length <= 3 || UNIT_KINDS.some((k) => unit in k) || unit in UNITS;
}

/** A count in the text (`共72场`, `4座`): a number followed by a unit of things counted. */
function countsBeside(text: string): boolean {
  const plain = text.replace(BRACKETED_REMARK, '');
  return [...plain.matchAll(NUMBER)].some((m) => {
    const tail = plain.slice(m.index + m[0].length);
    return [...COUNT_UNITS].some((u) => tail.startsWith(u));
  });
}
