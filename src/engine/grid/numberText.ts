/**
 * Numbers written as text: full-width forms, thousands separators, Chinese numerals, 万/亿 scales,
 * percent signs, comparison words and a trailing unit. Pure functions; nothing here throws.
 *
 * quantity   = [prefixOp] ( '百分之' numeral | numeral [levelList] [scale] ['%' | '‰'] ) [unit] [suffixOp]
 * numeral    = arabic | chinese
 * levelList  = ( '/' | '、' | ',' ) arabic { … }            (`3/4/5级`: the lowest level, op >=)
 */
import type { Comparator } from './value';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chineseNumerals';
import {
  CHINESE_NUMERAL_UNITS,
  INCLUSIVE_MARKS,
  LEVEL_LIST_SEPARATOR,
  PERCENT_PREFIX,
  PERCENT_SIGN,
  PER_MILLE_SIGN,
  PREFIX_OPS,
  TENTH_SIGN,
  SCALE_LOOKALIKE_UNITS,
  SCALE_WORDS,
  SUFFIX_OPS,
  WITHIN_TIME,
} from './valueLexicon';

export interface Quantity {
  readonly value: number;
  readonly percent: boolean;
  readonly unit: string | null;
  readonly op: Comparator | null;
}

/** Whitespace Excel users leave around text, incl. NBSP, U+3000 and zero-width spaces. */
const EDGE_SPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;

export function trimCell(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/** Folds full-width ASCII (`９２％` → `92%`) and the ideographic space to their half-width forms. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\ufe6a]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code === 0xfe6a) return '%';
    return String.fromCharCode(code - 0xfee0);
  });
}

/** `1,234.50`, `-3`, `.5`, `1e+21`: an Arabic number at the start of `s`, with what follows. */
const ARABIC_HEAD = /^[+-]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?/i;

function readArabic(s: string): { value: number; rest: string } | null {
  const head = ARABIC_HEAD.exec(s)?.[0] ?? '';
  if (!/\d/.test(head.replace(/e.*$/i, ''))) return null;
  const value = Number(head.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, rest: s.slice(head.length) } : null;
}

function readChinese(s: string): { value: number; rest: string } | null {
  let end = 0;
  for (const ch of s) {
    if (!CHINESE_NUMERAL_CHARS.has(ch)) break;
    end += ch.length;
  }
  const value = end === 0 ? null : parseChineseNumeral(s.slice(0, end));
  return value === null ? null : { value, rest: s.slice(end) };
}

/** Removes float noise from scaling (0.07 × 10000 is 700.0000000000001 in binary). */
export function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

function takePrefix<T>(s: string, table: readonly (readonly [string, T])[]): [T, string] | null {
  const hit = table.find(([word]) => s.startsWith(word));
  return hit ? [hit[1], s.slice(hit[0].length)] : null;
}

function takeSuffix<T>(s: string, table: readonly (readonly [string, T])[]): [T, string] | null {
  const hit = table.find(([word]) => s.endsWith(word));
  return hit ? [hit[1], s.slice(0, s.length - hit[0].length)] : null;
}

/** A unit is a short run of letters (元, 人次, 微克/立方米, km) with no digits or punctuation. */
const UNIT_PATTERN = /^[\p{Script=Han}A-Za-z/·²³μ]{1,8}$/u;

/**
 * Reads a quantity from compact text (already width-folded, inner spaces removed).
 * @example parseQuantity('≥1.2万人次') → { value: 12000, percent: false, unit: '人次', op: '>=' }
 */
export function parseQuantity(compact: string): Quantity | null {
  let s = INCLUSIVE_MARKS.reduce((acc, mark) => acc.split(mark).join(''), compact);
  const prefix = takePrefix(s, PREFIX_OPS);
  let op: Comparator | null = prefix ? prefix[0] : null;
  if (prefix) s = prefix[1];
  const percentPrefix = s.startsWith(PERCENT_PREFIX);
  if (percentPrefix) s = s.slice(PERCENT_PREFIX.length);

  const arabic = readArabic(s);
  const numeral = arabic ?? readChinese(s);
  if (!numeral) return null;
  let { value, rest } = numeral;

  // `3/4/5级`: a list of acceptable levels; the lowest one is the bar.
  let isLevelList = false;
  while (arabic && LEVEL_LIST_SEPARATOR.test(rest.charAt(0))) {
    const next = readArabic(rest.slice(1));
    if (!next) break;
    value = Math.min(value, next.value);
    rest = next.rest;
    isLevelList = true;
  }

  let percent = percentPrefix;
  if (arabic && !percentPrefix && !isLevelList && !SCALE_LOOKALIKE_UNITS.some((u) => rest.startsWith(u))) {
    const scale = takePrefix(rest, SCALE_WORDS);
    if (scale) [value, rest] = [tidy(value * scale[0]), scale[1]];
  }
  // 九成 is 90 %, 九成五 95 %, 九成以上 at least 90 %
  const tenths = !arabic && !percentPrefix && rest.startsWith(TENTH_SIGN) ? hundredths(rest.slice(1)) : null;
  if (tenths !== null) [percent, value, rest] = [true, tidy(value * 10 + tenths.digit), tenths.rest];
  else if (!percentPrefix && rest.startsWith(PERCENT_SIGN)) [percent, rest] = [true, rest.slice(1)];
  else if (!percentPrefix && rest.startsWith(PER_MILLE_SIGN))
    [percent, value, rest] = [true, tidy(value / 10), rest.slice(1)];

  const suffix = takeSuffix(rest, SUFFIX_OPS);
  if (suffix) {
    rest = suffix[1];
    if (suffix[0] !== 'none') op ??= suffix[0];
  }
  // 20日内, 15个工作日内, 15个工作日内上架 (no figure after): a span of time, at most that long
  const within = WITHIN_TIME.exec(rest);
  if (within?.[1]) [rest, op] = [within[1], op ?? '<='];

  if (!Number.isFinite(value)) return null;
  if (rest !== '' && (percent || !UNIT_PATTERN.test(rest))) return null;
  if (!arabic && rest !== '' && !CHINESE_NUMERAL_UNITS.has(rest)) return null;
  if (isLevelList && rest === '') return null;
  if (isLevelList) op ??= '>=';
  return { value, percent, unit: rest === '' ? null : rest, op };
}

/**
 * A bare number in Arabic or Chinese form, optionally scaled by 万/亿. Null for anything else
 * (units, percent signs and comparison words belong to `normalizeValue`).
 * @example parseNumberText('1,234.50') === 1234.5
 * @example parseNumberText('一百零五') === 105
 */
export function parseNumberText(text: string): number | null {
  const compact = foldWidth(trimCell(text)).replace(/\s+/g, '');
  const q = compact === '' ? null : parseQuantity(compact);
  return q && !q.percent && q.unit === null && q.op === null ? q.value : null;
}

/**
 * The digit after 成 (`九成五`: 5 more per cent; 0 for none) and what follows it, which may only be
 * a comparison word (`九成以上`); null for anything else (`九成多`).
 */
function hundredths(rest: string): { digit: number; rest: string } | null {
  const n = rest === '' ? null : parseChineseNumeral(rest.charAt(0));
  const digit = n !== null && n !== undefined && Number.isInteger(n) && n >= 1 && n <= 9 ? n : 0;
  const after = digit === 0 ? rest : rest.slice(1);
  return after === '' || takeSuffix(after, SUFFIX_OPS)?.[1] === '' ? { digit, rest: after } : null;
}
