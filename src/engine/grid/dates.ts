/**
 * Dates in cells: Date objects, Excel serials under a date format, and time targets written as text
 * (`2021年12月底前`, `2021年6月30日`, `2021-06`, `2021.12`). A month without a day means its last
 * day, a year alone its 31 December: time targets are deadlines. Nothing is invented: a phrase
 * without a year (`12月底前`) is reported as `undated` and the caller keeps it as text.
 *
 * dateText = year ( '年' [month '月' [day ('日' | '号') [clock] [range] | range | tenDays]
 *                   | ['第'] quarter '季度' | half] | sep month [sep day] ) ['底' | '末'] [dir] [verb]
 * tenDays = '上旬' | '中旬' | '下旬' (the 1st–10th, 11th–20th, 21st–the month's end)
 * half = '上半年' | '下半年' | '年中' (by 30 June, 31 December, 30 June)
 * range = ('-' | '至' | …) [month '月'] day '日'; days range = day ('-' | '至' | …) [month '月'] day '日'
 * dir = '前' | '后' | '起' | '前后' (about that day: no deadline, and no day after it is judged)
 * A quarter or a half stands for its last day, as a month does: `三季度前` is by 30 September, as
 * `6月前` is by 30 June. A span of days (`中旬`, `9月16日-22日`) is read by its last day, the
 * cautious reading of a deadline, and keeps its first (`from`) so a check that depends on which day
 * it was can decline.
 */
import type { Comparator, NormalizedValue } from './value';
import { CHINESE_DIGIT_CLASS, CHINESE_NUMERAL_CLASS, parseChineseNumeral } from './chineseNumerals';
import { anyOf } from './regexWords';
import {
  DATE_AROUND_WORDS,
  DATE_LEADS,
  DATE_CLOCK,
  DATE_DAY_MARKS,
  DATE_HALVES,
  DATE_ON_TIME_WORDS,
  DATE_RANGE_MARKS,
  DATE_YEAR_END_WORDS,
  DATE_DEADLINE_WORDS,
  DATE_MONTH_MARK,
  DATE_NEXT_YEAR_WORDS,
  DATE_QUARTER,
  DATE_TEN_DAYS,
  DATE_YEAR_MARK,
  DATE_END_WORDS,
  DATE_FORMAT_MARKERS,
  DATE_START_WORDS,
  DATE_TRAILING_VERBS,
  DATE_VERB_PREFIXES,
} from './valueLexicon';

export type DateReading =
  | {
      readonly kind: 'date';
      readonly iso: string;
      readonly op: Comparator | null;
      /** A span of days (`10月中旬`): its first day; `iso` is its last. */
      readonly from?: string;
      /** `4月23日前后`: about that day. */
      readonly around?: true;
    }
  /** Looks like a date phrase but lacks a year, or has one but cannot be read: keep as text. */
  | { readonly kind: 'undated' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug is ignored: no indicator predates 1900-03). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, Excel's last serial. */
const MAX_SERIAL = 2_958_465;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when the parts do not make a real day. */
export function isoDate(year: number, month: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const last = lastDayOfMonth(year, month);
  const d = day ?? last;
  if (!Number.isInteger(d) || d < 1 || d > last) return null;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** A Date's calendar day in UTC (hosts build dates at UTC midnight); null for an invalid Date. */
export function isoFromDate(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Formats already judged, bounded so a host sending endless distinct formats cannot grow it. */
const dateFormats = new Map<string, boolean>();
const MAX_KNOWN_FORMATS = 1000;

/** True for number formats that display a date (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`). */
export function isDateFormat(numFmt: string): boolean {
  let known = dateFormats.get(numFmt);
  if (known === undefined) {
    const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    known = DATE_FORMAT_MARKERS.test(bare);
    // a sheet has a handful of formats, asked once per number cell read: the regexes run once each
    if (dateFormats.size >= MAX_KNOWN_FORMATS) dateFormats.clear();
    dateFormats.set(numFmt, known);
  }
  return known;
}

/** The Excel serial of a date (days since 1899-12-30, the time of day as a fraction): what formulas compute with. */
export function serialFromDate(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** An Excel serial day number as an ISO date; null outside Excel's calendar. */
export function isoFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  return isoFromDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

const NUM = `(\\d{1,2}|${CHINESE_NUMERAL_CLASS}{1,3})`;
const [Y, M, D] = [DATE_YEAR_MARK, DATE_MONTH_MARK, `[${DATE_DAY_MARKS}]`];
const QUARTER = `${DATE_QUARTER.ordinal}?${NUM}${DATE_QUARTER.mark}`;
const HALF = `(${anyOf(Object.keys(DATE_HALVES))})`;
const CHINESE_DATE = new RegExp(
  `^(\\d{4}|${CHINESE_DIGIT_CLASS}{4})${Y}(?:${NUM}${M}(?:${NUM}${D})?|${QUARTER}|${HALF})?(.*)$`,
);
/** `2021-06-30`, `2021/6`, `2021.12`; the dotted form needs a two-digit month so `2021.5` stays a number. */
const NUMERIC_DATE = /^(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?|\.(\d{2})(?:\.(\d{1,2}))?)(.*)$/;
/** Starts like a date but has no year: `12月底前`, `6月30日`, `年底前`. */
const YEARLESS_DATE = new RegExp(`^(?:${NUM}${M}|${QUARTER}|${Y}(?:${DATE_END_WORDS.join('|')}))`);
const RANGE_SEP = `(?:${anyOf(DATE_RANGE_MARKS)})`;
/** After a day: `-22日`, `至10月3日`. */
const RANGE_AFTER_DAY = new RegExp(`^${RANGE_SEP}(?:${NUM}${M})?${NUM}${D}`);
/** After a month: `16-22日`, `16日` being implied. */
const RANGE_OF_DAYS = new RegExp(`^${NUM}${RANGE_SEP}(?:${NUM}${M})?${NUM}${D}`);

function readPart(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return /^\d+$/.test(s) ? Number(s) : (parseChineseNumeral(s) ?? NaN);
}

/** Reads the words after a date: an end marker, a direction, then an optional verb. */
function readTail(tail: string): { op: Comparator | null; around: boolean } | null {
  let s = tail;
  const end = DATE_END_WORDS.find((w) => s.startsWith(w));
  if (end) s = s.slice(end.length);
  let op: Comparator | null = null;
  // `4月23日前后启动`: about that day, neither before nor after it
  const around = DATE_AROUND_WORDS.find((w) => s.startsWith(w));
  const deadline = around ? undefined : DATE_DEADLINE_WORDS.find((w) => s.startsWith(w));
  const start = around || deadline ? undefined : DATE_START_WORDS.find((w) => s.startsWith(w));
  if (around) s = s.slice(around.length);
  else if (deadline) [op, s] = ['<=', s.slice(deadline.length)];
  else if (start) [op, s] = ['>=', s.slice(start.length)];
  // `按时试鸣`: done on the day as planned, whatever the verb, while no number follows
  const onTime = DATE_ON_TIME_WORDS.find((w) => s.startsWith(w));
  if (onTime && !/\d/.test(s)) return { op, around: around !== undefined };
  // `完成`, `全部建成`, or `完成安装调试` (a verb and what was done, no number of its own)
  const prefix = DATE_VERB_PREFIXES.find((w) => s.startsWith(w) && s.length > w.length);
  const done = prefix ? s.slice(prefix.length) : s;
  if (s !== '' && !DATE_TRAILING_VERBS.some((v) => done === v || (done.startsWith(v) && !/\d/.test(done))))
    return null;
  return { op, around: around !== undefined };
}

/** `上旬` / `中旬` / `下旬` at the start of a month's tail, with its first and last day (null: the month's). */
function tenDaysOf(tail: string): { word: string; first: number; last: number | null } | undefined {
  const word = Object.keys(DATE_TEN_DAYS).find((w) => tail.startsWith(w));
  if (word === undefined) return undefined;
  const [first, last] = DATE_TEN_DAYS[word]!;
  return { word, first, last };
}

/** A month (and day), a quarter or a half without a year: `6月30日前`, `9月底`, `三季度末`, `上半年`. */
const MONTH_FIRST = new RegExp(`^(?:${NUM}${M}|${QUARTER}|${HALF})`);
/** The year's end without the year: `年底前`, `年末`. */
const YEAR_END = new RegExp(`^${Y}(?:${DATE_END_WORDS.join('|')})`);

/** `次年4月底前` → `4月底前`, a month (or a quarter, a half) of the next year; null for anything else. */
function inNextYear(compact: string): string | null {
  const word = DATE_NEXT_YEAR_WORDS.find((w) => compact.startsWith(w));
  const rest = word === undefined ? null : compact.slice(word.length);
  return rest !== null && MONTH_FIRST.test(rest) ? rest : null;
}

/**
 * A yearless date read as if in `year`: `6月30日前` in 2023 is 2023-06-30, at most; `年底前` is
 * 2023-12-31, at most; `次年4月底前` 2024-04-30, at most. Null when the text is none of them.
 */
export function dateInYear(compact: string, year: number): DateReading | null {
  const next = inNextYear(compact);
  if (next !== null) return readInYear(next, year + 1);
  return yearlessKind(compact) === null ? null : readInYear(compact, year);
}

/**
 * What a yearless date names: a month (and day), the year's end, a month of the next year
 * (`次年4月底前`, which only the report's year places), or neither (null).
 */
export function yearlessKind(compact: string): 'month' | 'yearEnd' | 'nextYear' | null {
  if (inNextYear(compact) !== null) return 'nextYear';
  return MONTH_FIRST.test(compact) ? 'month' : YEAR_END.test(compact) ? 'yearEnd' : null;
}

function readInYear(compact: string, year: number): DateReading | null {
  const text = MONTH_FIRST.test(compact)
    ? `${DATE_YEAR_MARK}${compact}`
    : YEAR_END.test(compact)
      ? compact
      : null;
  const read = text === null ? null : parseDateText(`${year}${text}`);
  return read?.kind === 'date' ? read : null;
}

/** A date reading as a cell's value, with the cell's text. */
export function dateValue(read: Extract<DateReading, { kind: 'date' }>, text: string): NormalizedValue {
  return { ...read, text };
}

interface Span {
  /** The first day, when the text names a span of days. */
  readonly first?: number;
  /** The last day's month and day (day undefined: the month's last). */
  readonly month: number | undefined;
  readonly day: number | undefined;
  readonly tail: string;
}

/**
 * What follows a month or a day: a time of day (`10时`), a range (`-22日`, `16-22日`), a third of the
 * month (`中旬`); the span's last day, and its first when it has one. Null: a range that runs backwards.
 */
function readSpan(
  month: number | undefined,
  day: number | undefined,
  tail: string,
  quarter: boolean,
): Span | null {
  if (month === undefined || quarter) return { month, day, tail };
  if (day !== undefined) {
    const rest = tail.replace(DATE_CLOCK, '');
    const range = RANGE_AFTER_DAY.exec(rest);
    if (!range) return { month, day, tail: rest };
    const [endMonth, endDay] = [readPart(range[1]) ?? month, readPart(range[2])];
    const later = endDay !== undefined && (endMonth > month || (endMonth === month && endDay > day));
    return later ? { first: day, month: endMonth, day: endDay, tail: rest.slice(range[0].length) } : null;
  }
  const days = RANGE_OF_DAYS.exec(tail);
  if (days) {
    const [first, endMonth, endDay] = [readPart(days[1]), readPart(days[2]) ?? month, readPart(days[3])];
    if (first === undefined || endDay === undefined) return null;
    const later = endMonth > month || (endMonth === month && endDay > first);
    return later ? { first, month: endMonth, day: endDay, tail: tail.slice(days[0].length) } : null;
  }
  // `12月下旬完成`: a third of the month, read by its last day
  const tenDays = tenDaysOf(tail);
  if (!tenDays) return { month, day, tail };
  return {
    first: tenDays.first,
    month,
    day: tenDays.last ?? undefined,
    tail: tail.slice(tenDays.word.length),
  };
}

/**
 * Reads a time target from compact text (width-folded, no inner spaces). Null when the text is not
 * date-like at all, so the caller can try a number next.
 * @example parseDateText('2021年12月底前') → { kind: 'date', iso: '2021-12-31', op: '<=' }
 * @example parseDateText('2023年10月中旬') → { kind: 'date', iso: '2023-10-20', op: null, from: '2023-10-11' }
 */
export function parseDateText(text: string): DateReading | null {
  // `2024.1.8`: two dots make a date whatever the month's digits (`2024.5` stays a number)
  const lead = DATE_LEADS.find((w) => text.startsWith(w) && /^\d{4}/.test(text.slice(w.length)));
  const dated = lead ? text.slice(lead.length) : text;
  const compact = dated.replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/, '$1/$2/$3');
  const zh = CHINESE_DATE.exec(compact);
  const num = zh ? null : NUMERIC_DATE.exec(compact);
  if (!zh && !num) return YEARLESS_DATE.test(compact) ? { kind: 'undated' } : null;
  const [yearText, monthText, dayText, tailText] = zh
    ? [zh[1], zh[2], zh[3], zh[6]]
    : [num?.[1], num?.[3] ?? num?.[5], num?.[4] ?? num?.[6], num?.[7]];
  const year = readPart(yearText) ?? NaN;
  const quarter = readPart(zh?.[4]);
  const half = zh?.[5] === undefined ? undefined : DATE_HALVES[zh[5]];
  const month = half ?? (quarter === undefined ? readPart(monthText) : quarter <= 4 ? quarter * 3 : NaN);
  // `2023年年底`: the year's end, as `2023年底` is
  const yearEnd = month === undefined ? DATE_YEAR_END_WORDS.find((w) => tailText?.startsWith(w)) : undefined;
  const rest = yearEnd ? (tailText ?? '').slice(DATE_YEAR_MARK.length) : (tailText ?? '');
  const span = readSpan(month, readPart(dayText), rest, quarter !== undefined || half !== undefined);
  // A numeric form followed by words (`2021-06项目`) is not a date; a 年 form is still date-like.
  const tail = span ? readTail(span.tail) : null;
  if (!span || !tail) return zh ? { kind: 'undated' } : null;
  const iso = span.month === undefined ? isoDate(year, 12, 31) : isoDate(year, span.month, span.day);
  const from = span.first === undefined || month === undefined ? null : isoDate(year, month, span.first);
  if (iso === null || (span.first !== undefined && from === null)) return zh ? { kind: 'undated' } : null;
  return {
    kind: 'date',
    iso,
    op: tail.op,
    ...(from === null ? {} : { from }),
    ...(tail.around ? { around: true as const } : {}),
  };
}
