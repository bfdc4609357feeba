/**
 * Dates in cells: Date objects, Excel serials under a date format, and time targets written as text
 * (`2021年12月底前`, `2021年6月30日`, `2021-06`, `2021.12`). A month without a day means its last
 * day, a year alone its 31 December: time targets are deadlines. Nothing is invented: a phrase
 * without a year (`12月底前`) is reported as `undated` and the caller keeps it as text.
 *
 * dateText = year ( '年' [month '月' [day ('日' | '号') | tenDays] | ['第'] quarter '季度']
 *                   | sep month [sep day] ) ['底' | '末'] [dir] [verb]
 * tenDays = '上旬' | '中旬' | '下旬' (by the 10th, the 20th, the month's end)
 * A quarter stands for its last day, as a month does: `三季度前` is by 30 September, as `6月前` is by
 * 30 June.
 */
import type { Comparator } from './value';
import { CHINESE_DIGIT_CLASS, CHINESE_NUMERAL_CLASS, parseChineseNumeral } from './chineseNumerals';
import {
  DATE_DAY_MARKS,
  DATE_DEADLINE_WORDS,
  DATE_MONTH_MARK,
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
  | { readonly kind: 'date'; readonly iso: string; readonly op: Comparator | null }
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
const CHINESE_DATE = new RegExp(
  `^(\\d{4}|${CHINESE_DIGIT_CLASS}{4})${Y}(?:${NUM}${M}(?:${NUM}${D})?|${QUARTER})?(.*)$`,
);
/** `2021-06-30`, `2021/6`, `2021.12`; the dotted form needs a two-digit month so `2021.5` stays a number. */
const NUMERIC_DATE = /^(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?|\.(\d{2})(?:\.(\d{1,2}))?)(.*)$/;
/** Starts like a date but has no year: `12月底前`, `6月30日`, `年底前`. */
const YEARLESS_DATE = new RegExp(`^(?:${NUM}${M}|${QUARTER}|${Y}(?:${DATE_END_WORDS.join('|')}))`);

function readPart(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return /^\d+$/.test(s) ? Number(s) : (parseChineseNumeral(s) ?? NaN);
}

/** Reads the words after a date: an end marker, a direction, then an optional verb. */
function readTail(tail: string): { op: Comparator | null } | null {
  let s = tail;
  const end = DATE_END_WORDS.find((w) => s.startsWith(w));
  if (end) s = s.slice(end.length);
  let op: Comparator | null = null;
  const deadline = DATE_DEADLINE_WORDS.find((w) => s.startsWith(w));
  const start = deadline ? undefined : DATE_START_WORDS.find((w) => s.startsWith(w));
  if (deadline) [op, s] = ['<=', s.slice(deadline.length)];
  else if (start) [op, s] = ['>=', s.slice(start.length)];
  // `完成`, `全部建成`, or `完成安装调试` (a verb and what was done, no number of its own)
  const prefix = DATE_VERB_PREFIXES.find((w) => s.startsWith(w) && s.length > w.length);
  const done = prefix ? s.slice(prefix.length) : s;
  if (s !== '' && !DATE_TRAILING_VERBS.some((v) => done === v || (done.startsWith(v) && !/\d/.test(done))))
    return null;
  return { op };
}

/** `上旬` / `中旬` / `下旬` at the start of a month's tail, with the day it ends on (null: the last). */
function tenDaysOf(tail: string): { word: string; day: number | null } | undefined {
  const word = Object.keys(DATE_TEN_DAYS).find((w) => tail.startsWith(w));
  return word === undefined ? undefined : { word, day: DATE_TEN_DAYS[word]! };
}

/** A month (and day) or a quarter without a year: `6月30日前`, `9月底`, `三季度末`. */
const MONTH_FIRST = new RegExp(`^(?:${NUM}${M}|${QUARTER})`);
/** The year's end without the year: `年底前`, `年末`. */
const YEAR_END = new RegExp(`^${Y}(?:${DATE_END_WORDS.join('|')})`);

/**
 * A yearless date read as if in `year`: `6月30日前` in 2023 is 2023-06-30, at most; `年底前` is
 * 2023-12-31, at most. Null when the text is neither.
 */
export function dateInYear(compact: string, year: number): DateReading | null {
  return yearlessKind(compact) === null ? null : readInYear(compact, year);
}

/** What a yearless date names: a month (and day), the year's end, or neither (null). */
export function yearlessKind(compact: string): 'month' | 'yearEnd' | null {
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

/**
 * Reads a time target from compact text (width-folded, no inner spaces). Null when the text is not
 * date-like at all, so the caller can try a number next.
 * @example parseDateText('2021年12月底前') → { kind: 'date', iso: '2021-12-31', op: '<=' }
 */
export function parseDateText(text: string): DateReading | null {
  // `2024.1.8`: two dots make a date whatever the month's digits (`2024.5` stays a number)
  const compact = text.replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/, '$1/$2/$3');
  const zh = CHINESE_DATE.exec(compact);
  const num = zh ? null : NUMERIC_DATE.exec(compact);
  if (!zh && !num) return YEARLESS_DATE.test(compact) ? { kind: 'undated' } : null;
  const [yearText, monthText, dayText, tailText] = zh
    ? [zh[1], zh[2], zh[3], zh[5]]
    : [num?.[1], num?.[3] ?? num?.[5], num?.[4] ?? num?.[6], num?.[7]];
  const year = readPart(yearText) ?? NaN;
  const quarter = readPart(zh?.[4]);
  const month = quarter === undefined ? readPart(monthText) : quarter <= 4 ? quarter * 3 : NaN;
  // `12月下旬完成`: a third of the month stands for its last day
  const tenDays = dayText === undefined && month !== undefined ? tenDaysOf(tailText ?? '') : undefined;
  const day = tenDays ? (tenDays.day ?? undefined) : readPart(dayText);
  const tail = readTail(tenDays ? (tailText ?? '').slice(tenDays.word.length) : (tailText ?? ''));
  // A numeric form followed by words (`2021-06项目`) is not a date; a 年 form is still date-like.
  if (!tail) return zh ? { kind: 'undated' } : null;
  const iso = month === undefined ? isoDate(year, 12, 31) : isoDate(year, month, day);
  if (iso === null) return zh ? { kind: 'undated' } : null;
  return { kind: 'date', iso, op: tail.op };
}
