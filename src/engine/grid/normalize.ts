/**
 * One function turns any cell into what a careful reader takes it to say: a number (with percent,
 * unit and comparator), a date, a qualitative verdict, empty, or an Excel error. The original text
 * is kept for display. Word lists live in valueLexicon.ts.
 *
 * Order of readings for text (first match wins):
 *   error literal → empty marker → whole-cell verdict (达标, 不合格) → date (`2021年12月底前`)
 *   → quantity (`≥1.2万人次`) → leading verdict (`达标，优良率 81%`) → free text.
 */
import type { CellValue } from './types';
import { isCellError } from './types';
import type { Achievement, NormalizedValue } from './value';
import { dateValue, isDateFormat, isoFromDate, isoFromSerial, parseDateText } from './dates';
import { CHINESE_NUMBER_CLASS, CHINESE_NUMERAL_CHARS, CHINESE_NUMERAL_CLASS } from './chineseNumerals';
import { foldWidth, parseQuantity, tidy, trimCell, type Quantity } from './numberText';
import {
  ACHIEVEMENT_WORDS,
  DATE_MONTH_MARK,
  DATE_YEAR_MARK,
  EMPTY_MARKERS,
  ERROR_LITERALS,
  LABEL_LINKS,
  LABEL_NEGATIONS,
  LABEL_RISES,
  ORDINAL,
  RANK_ENTRY_WORDS,
  RANK_UNITS,
  PER_PERIOD_LABELS,
  RANK_WITHIN,
  REMARK_AFTER,
  BRACKETED_LIMIT,
  BRACKETED_WHOLE,
  PERIOD_LEAD,
  TENTH_SIGN,
  UNIT_SYMBOL_CHARS,
  UNIT_SYMBOLS,
  VERDICT_SEPARATOR,
} from './valueLexicon';

export { parseNumberText } from './numberText';

/** Shown for numbers Excel itself cannot hold (NaN, ±Infinity). */
const NON_FINITE_ERROR = '#NUM!';
const INVALID_DATE_ERROR = '#VALUE!';

/** Closing punctuation that does not change a verdict (`已完成。`). */
const TRAILING_PUNCTUATION = /[。.!！;；,，]+$/;

const WHOLE_VERDICTS: ReadonlyMap<string, Achievement> = new Map(ACHIEVEMENT_WORDS);
/** Leading verdicts need two characters at least: `有，但…` or `是，…` say too little to be read. */
const LEADING_VERDICTS = ACHIEVEMENT_WORDS.filter(([word]) => word.length >= 2);

/**
 * The quantity after a label (`满意度61.2%` → 61.2 %, `满意度不低于90%` → ≥ 90 %): the longest tail
 * that reads as a quantity, its comparison word included; null when the label before it negates or
 * compares (`未达到90%`, `低于目标80%`).
 */
function labelledQuantity(compact: string): Quantity | null {
  return plainLabelled(compact) ?? signedTail(compact) ?? bracketedLimit(compact) ?? bracketedWhole(compact);
}

/**
 * `全覆盖（246个行政村）`: the whole the words cover is the count in the brackets; null when words before
 * them negate or hedge (`未全覆盖`, `基本全覆盖`) or the brackets hold no count.
 */
function bracketedWhole(compact: string): Quantity | null {
  const m = /^([\u4e00-\u9fff]*)[（(]([^（()）]+)[）)]$/u.exec(compact);
  const word = m ? BRACKETED_WHOLE.words.find((w) => m[1]!.endsWith(w)) : undefined;
  if (!m || word === undefined) return null;
  const label = m[1]!.slice(0, -word.length);
  if ([...LABEL_NEGATIONS, ...BRACKETED_WHOLE.hedges].some((w) => label.includes(w))) return null;
  const q = parseQuantity(m[2]!);
  return q && q.op === null && q.unit !== null && !q.percent ? q : null;
}

/** `控制在批复概算（2,000万元）内`: at most the amount in the brackets. */
function bracketedLimit(compact: string): Quantity | null {
  if (!BRACKETED_LIMIT.leads.some((w) => compact.startsWith(w))) return null;
  const m = /^[^（()）]*[（(]([^（()）]+)[）)]([^（()）]*)$/u.exec(compact);
  if (!m || !(m[2] === '' || (BRACKETED_LIMIT.closes as readonly string[]).includes(m[2]!))) return null;
  const q = parseQuantity(m[1]!);
  return q && q.op === null && (q.unit !== null || q.percent) ? { ...q, op: '<=' } : null;
}

/**
 * `近3年出版图书占比≥60%`, `服务留守儿童、残疾人等≥2000人次`: a comparison sign makes all before it a
 * name, digits and lists included, when what follows it is the whole quantity.
 */
function signedTail(compact: string): Quantity | null {
  const at = compact.search(/[≥≤<>]/u);
  // `平原区100%，丘陵区≥90%`: a label holding a clause break or a figure of its own is two targets
  if (at <= 0 || at > MAX_SIGNED_LABEL || /[，,；;。%]/u.test(compact.slice(0, at))) return null;
  const q = parseQuantity(compact.slice(at));
  return q?.op ? q : null;
}

const MAX_SIGNED_LABEL = 24;

function plainLabelled(compact: string): Quantity | null {
  // `PQI均值82.6`: Latin letters may lead the label, not end it (`PM2.5` is a name, not PM then 2.5)
  const m = /^(?:[A-Za-z]{1,8})?[\u4e00-\u9fff]{1,16}?(?=[\d≥≤<>])/u.exec(compact);
  // `举办培训六场`: a count in Chinese numerals ending the text, after a label
  if (!m) return numeralTail(compact) ?? tenthsTail(compact);
  for (let i = 1; i <= m[0].length; i++) {
    const q = parseQuantity(compact.slice(i));
    if (!q || namesAMonth(q)) continue;
    let label = compact.slice(0, i);
    const link = LABEL_LINKS.find((w) => label.endsWith(w) && label.length > w.length);
    if (link) label = label.slice(0, -link.length);
    // a comparison sign of its own (`高级职称人员占比≥30%`) makes the label a name, whatever it holds
    const signed = /^[≥≤<>=]/.test(compact.slice(i));
    const plain = LABEL_RISES.reduce((l, w) => l.replaceAll(w, ''), label);
    if (!signed && LABEL_NEGATIONS.some((w) => plain.includes(w))) return null;
    // `全省前5名`: within the first five places, a lower place being better
    const rank = label.endsWith(RANK_WITHIN) && q.unit !== null && RANK_UNITS.has(q.unit) && q.op === null;
    if (rank) return { ...q, op: '<=' };
    // `进入全市前10`: no 名, but the words say a place
    const entered = label.endsWith(RANK_WITHIN) && RANK_ENTRY_WORDS.some((w) => label.includes(w));
    if (entered && q.unit === null && q.op === null && !q.percent)
      return { ...q, op: '<=', unit: [...RANK_UNITS][0] ?? null };
    const period = PER_PERIOD_LABELS[label];
    return period && q.unit !== null && !q.percent ? { ...q, unit: `${q.unit}/${period}` } : q;
  }
  return null;
}

// 万 and 亿 belong to the numeral: `咨询一万二千人次` is 12,000, not 咨询一万 then 二千
const NUMERAL_TAIL = new RegExp(
  `^([\u4e00-\u9fff]{2,16}?)(${CHINESE_NUMBER_CLASS}+[\u4e00-\u9fff]{1,2})$`,
  'u',
);

/**
 * `举办培训六场` → 6 场, `共计一百零六场` → 106 场: a label, then a count in Chinese numerals and its
 * measure word ending the text; null when the label negates or compares, or the tail is no count
 * (`统一组织`, `第三方评估`).
 */
function numeralTail(compact: string): Quantity | null {
  const m = NUMERAL_TAIL.exec(compact);
  if (!m) return null;
  const q = parseQuantity(m[2]!);
  if (!q || q.unit === null || q.percent || q.op !== null || namesAMonth(q)) return null;
  // `全省前十位`, `第七名`: places, which the rank readers take (in digits) or leave
  if (RANK_UNITS.has(q.unit) || [RANK_WITHIN, ORDINAL].some((w) => m[1]!.endsWith(w))) return null;
  const plain = LABEL_RISES.reduce((l, w) => l.replaceAll(w, ''), m[1]!);
  return LABEL_NEGATIONS.some((w) => plain.includes(w)) ? null : q;
}

// one numeral before 成, and at most a comparison word after it (`九成五`, `九成以上`)
const TENTHS_TAIL = new RegExp(
  `^([\u4e00-\u9fff]{2,16}?)(${CHINESE_NUMERAL_CLASS}${TENTH_SIGN}[\u4e00-\u9fff]{0,3})$`,
  'u',
);

/**
 * `满意度九成以上` → ≥ 90 %, `满意度达九成` → 90 %: a label, then a share in tenths ending the text;
 * null when the label negates or compares (`满意度近九成`, `未达九成`) or ends in a numeral (`八九成`).
 */
function tenthsTail(compact: string): Quantity | null {
  const m = TENTHS_TAIL.exec(compact);
  if (!m || CHINESE_NUMERAL_CHARS.has(m[1]!.slice(-1))) return null;
  const q = parseQuantity(m[2]!);
  if (!q?.percent || q.unit !== null || q.value > 100) return null;
  const plain = LABEL_RISES.reduce((l, w) => l.replaceAll(w, ''), m[1]!);
  return LABEL_NEGATIONS.some((w) => plain.includes(w)) ? null : q;
}

/** `6月底前≥50%` → ≥ 50 %, `6月底支付进度41.2%` → 41.2 %: a figure after the period it is stated at. */
function periodLed(compact: string): Quantity | null {
  const lead = PERIOD_LEAD.exec(compact)?.[0];
  if (!lead || lead.length === compact.length) return null;
  const rest = compact.slice(lead.length);
  return parseQuantity(rest) ?? labelledQuantity(rest);
}

/**
 * `城东站9月投入使用`: a month inside a sentence (9 then 月 and more words), not 9 of anything; so is a
 * year (`已应用于2024年预算安排`, hunt97: read as 2024 of 年预算安排, then no verdict).
 */
function namesAMonth(q: Quantity): boolean {
  const u = q.unit ?? '';
  if (u.length <= 1 || q.percent || !Number.isInteger(q.value)) return false;
  if (u.startsWith(DATE_YEAR_MARK)) return q.value >= 1900 && q.value <= 2099;
  return u.startsWith(DATE_MONTH_MARK) && q.value >= 1 && q.value <= 12;
}

/** `100%（全部完成）`, `发生2起，已整改`: the date or quantity before a remark that states none. */
function withoutRemark(compact: string): NormalizedValue | null {
  for (const pattern of REMARK_AFTER) {
    const head = pattern.exec(compact)?.[1];
    if (!head) continue;
    // `举办培训班9期，培训二百六十人次`: a remark counting in Chinese numerals states an amount too
    const remark = compact.slice(head.length).replace(/^[，,；;（(]+|[）)]+$/gu, '');
    if (numeralTail(remark) !== null) continue;
    const date = parseDateText(head);
    if (date?.kind === 'date') return dateValue(date, head);
    const q = parseQuantity(head) ?? labelledQuantity(head);
    if (q) return { kind: 'number', ...q, text: head };
  }
  return null;
}

function leadingVerdict(text: string): Achievement | null {
  const hit = LEADING_VERDICTS.find(
    ([word]) => text.startsWith(word) && VERDICT_SEPARATOR.test(text.slice(word.length)),
  );
  return hit ? hit[1] : null;
}

function normalizeNumber(v: number, numFmt: string | undefined): NormalizedValue {
  if (!Number.isFinite(v)) return { kind: 'error', text: NON_FINITE_ERROR };
  if (numFmt !== undefined && isDateFormat(numFmt)) {
    const iso = isoFromSerial(v);
    if (iso !== null) return { kind: 'date', iso, op: null, text: iso };
  }
  if (numFmt?.includes('%')) {
    const value = tidy(v * 100);
    return { kind: 'number', value, percent: true, unit: null, op: null, text: `${value}%` };
  }
  return { kind: 'number', value: v, percent: false, unit: null, op: null, text: String(v) };
}

/** `24,350㎡` → `24,350平方米`: symbols typed for units, in the words units are read by. */
function foldUnitSymbols(text: string): string {
  if (!UNIT_SYMBOL_CHARS.test(text)) return text;
  return UNIT_SYMBOLS.reduce((t, [symbol, words]) => t.replaceAll(symbol, words), text);
}

function normalizeText(raw: string): NormalizedValue {
  const text = trimCell(raw);
  if (text === '') return { kind: 'empty', text };
  const folded = foldUnitSymbols(foldWidth(text));
  const compact = folded.replace(/\s+/g, '');
  if (ERROR_LITERALS.has(compact.toUpperCase())) return { kind: 'error', text };
  if (EMPTY_MARKERS.has(compact.toUpperCase())) return { kind: 'empty', text };

  const whole = WHOLE_VERDICTS.get(compact.replace(TRAILING_PUNCTUATION, ''));
  if (whole) return { kind: 'text', achievement: whole, text };

  const led = periodLed(compact);
  if (led) return { kind: 'number', ...led, text };

  const date = parseDateText(compact);
  if (date?.kind === 'date') return dateValue(date, text);
  if (date?.kind === 'undated') {
    const dated = withoutRemark(compact);
    return dated ? { ...dated, text } : { kind: 'text', achievement: null, text };
  }

  const q = parseQuantity(compact) ?? labelledQuantity(compact);
  if (q) return { kind: 'number', ...q, text };
  const valued = withoutRemark(compact);
  if (valued) return { ...valued, text };

  return { kind: 'text', achievement: leadingVerdict(folded), text };
}

/**
 * Normalises one cell. Never throws: whatever the input, the result is one of the five kinds.
 * `numFmt` (the cell's number format) turns 0.92 under `0%` into 92 percent and a serial under a
 * date format into a date.
 * @example normalizeValue('≥1.2万人次') → { kind: 'number', value: 12000, percent: false, unit: '人次', op: '>=', text: '≥1.2万人次' }
 * @example normalizeValue('不合格') → { kind: 'text', achievement: 'notMet', text: '不合格' }
 * @example normalizeValue(0.92, '0.00%') → { kind: 'number', value: 92, percent: true, unit: null, op: null, text: '92%' }
 */
export function normalizeValue(v: CellValue, numFmt?: string): NormalizedValue {
  if (v === null || v === undefined) return { kind: 'empty', text: '' };
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return normalizeNumber(v, numFmt);
  if (typeof v === 'boolean')
    return { kind: 'text', achievement: v ? 'met' : 'notMet', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) {
    const iso = isoFromDate(v);
    return iso === null
      ? { kind: 'error', text: INVALID_DATE_ERROR }
      : { kind: 'date', iso, op: null, text: iso };
  }
  if (isCellError(v)) return { kind: 'error', text: String(v.error) };
  return { kind: 'text', achievement: null, text: String(v) };
}
