/**
 * Normalises 评分标准 text and cuts it into tokens: numbers with their units, lexicon words (by id),
 * clause separators, and free text. Never throws.
 */
import {
  ENUMERATOR_RANGES,
  EVENT_AFTER_OCCUR,
  INCLUSION_NOTE,
  PLAIN_WORDS,
  WORDS,
  type WordId,
} from './lexicon';
import {
  BARE_BELOW,
  BARE_BELOW_AS,
  dateTiersAsDelays,
  PROGRESS_SCORED,
  PROGRESS_SCORED_AS,
  QUOTIENT_SCORED,
  RATIO_OF_VALUES,
} from './rewriteWords';
import { HALF_OF, HALF_UNIT, LATE_WORDS } from './timeWords';
import { rankLevels } from './ranks';
import {
  CHINESE_DIGITS,
  CHINESE_MULTIPLIERS,
  LATE_DAY,
  NOT_QUANTITY_SUFFIXES,
  PERCENT_PREFIX,
  UNITS,
} from './units';

export interface NumToken {
  readonly t: 'num';
  readonly value: number;
  readonly percent: boolean;
  /** 百分点: a gap in percentage points rather than a level. */
  readonly pp: boolean;
  /** 分: the number is a score. */
  readonly points: boolean;
  readonly unit: string | null;
  readonly text: string;
}
export interface WordToken {
  readonly t: 'word';
  readonly id: WordId;
  readonly text: string;
}
export interface SepToken {
  readonly t: 'sep';
  readonly text: string;
}
export interface TextToken {
  readonly t: 'text';
  readonly text: string;
}
export type Token = NumToken | WordToken | SepToken | TextToken;

export interface Lexed {
  readonly tokens: readonly Token[];
  /** How many ①②③-style enumerators the text lists. */
  readonly enumerators: number;
  readonly normalized: string;
}

const SEPARATORS = new Set([',', ';', '。', '.', '!', '?', ':', '(', ')', '[', ']', '【', '】', '\n']);

/** Items by their first character, each list longest first: a lookup tries only those that can match. */
function byFirstChar<T>(items: readonly T[], text: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => text(b).length - text(a).length)) {
    const first = text(item).charAt(0);
    const list = out.get(first);
    if (list) list.push(item);
    else out.set(first, [item]);
  }
  return out;
}

/** Lexicon words with their ids. */
const WORD_INDEX = byFirstChar(
  Object.entries(WORDS).flatMap(([id, words]) => words.map((w) => [w, id as WordId] as const)),
  ([w]) => w,
);
const UNIT_INDEX = byFirstChar(Object.keys(UNITS), (u) => u);

function isEnumerator(code: number): boolean {
  return ENUMERATOR_RANGES.some(([lo, hi]) => code >= lo && code <= hi);
}

/** Full-width forms, brackets, dashes, comparison signs and spaces folded to one spelling. */
export function normalizeRuleText(raw: string): { text: string; enumerators: number } {
  const seen = new Set<number>();
  let marked = '';
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (isEnumerator(code)) {
      seen.add(code);
      marked += ';';
    } else marked += ch;
  }
  const text = marked
    .normalize('NFKC')
    .replace(/[\r\n]+/g, '\n')
    .replace(/[^\S\n]+/g, '')
    .replace(/[—–‐‑−]/g, '-')
    .replace(/[≧]|>=/g, '≥')
    .replace(/[≦]|<=/g, '≤')
    .replace(/[〈《]/g, '《')
    .replace(/[“”"'‘’]/g, '')
    // brackets inside a formula (`下降率=(上年数-本年数)/上年数×100%`) group terms; they end no clause
    .replace(/=[^,;。]*/g, (formula) => formula.replace(/[()[\]【】]/g, ''))
    // and so in one scored by 按 (`按(实际值-90%)÷(95%-90%)×分值计分`)
    .replace(/按\([^,;。]*[×*][^,;。]*/g, (formula) => formula.replace(/[()[\]【】]/g, ''))
    // `90%以上(不含90%)`: the marker, without the level it repeats
    .replace(INCLUSION_NOTE, (_, mark: string) => `(${mark})`)
    .replace(HALF_UNIT, (half, unit: string) => HALF_OF[unit] ?? half)
    // `按实际值/目标值计分` scores that share of the points, as `按实际值/目标值×分值计分` says
    .replace(RATIO_OF_VALUES, '$1/$2')
    .replace(QUOTIENT_SCORED, '$1×分值$2')
    .replace(BARE_BELOW, BARE_BELOW_AS)
    .replace(PROGRESS_SCORED, PROGRESS_SCORED_AS);
  return { text: dateTiersAsDelays(rankLevels(text)), enumerators: seen.size };
}

function readChineseNumeral(s: string, i: number): { value: number; end: number } | null {
  let j = i;
  let total = 0;
  let current = -1;
  while (j < s.length) {
    const ch = s[j] ?? '';
    const d = CHINESE_DIGITS[ch];
    const m = CHINESE_MULTIPLIERS[ch];
    if (d !== undefined) current = d;
    else if (m !== undefined) {
      total += (current < 0 ? 1 : current) * m;
      current = -1;
    } else break;
    j++;
  }
  if (j === i) return null;
  // 零点五 → 0.5: digits after 点
  let fraction = '';
  if (s[j] === '点' && current >= 0) {
    let k = j + 1;
    while (k < s.length && CHINESE_DIGITS[s[k] ?? ''] !== undefined)
      fraction += String(CHINESE_DIGITS[s[k++] ?? '']);
    if (fraction) j = k;
  }
  return { value: total + Math.max(current, 0) + (fraction ? Number(`0.${fraction}`) : 0), end: j };
}

/** Sticky: matches at `lastIndex` only, so reading a number never copies the rest of the text. */
const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y;

function readArabic(s: string, i: number): { value: number; end: number } | null {
  const c = s.charCodeAt(i);
  if (!(c >= 0x30 && c <= 0x39)) return null;
  ARABIC.lastIndex = i;
  const m = ARABIC.exec(s);
  if (!m) return null;
  return { value: Number(m[0].replace(/,/g, '')), end: i + m[0].length };
}

function readUnit(s: string, i: number): string | null {
  // 百分点 must not be read as 百 (a numeral); 分钟 is not 分.
  if (s.startsWith('分钟', i)) return null;
  return UNIT_INDEX.get(s.charAt(i))?.find((u) => s.startsWith(u, i)) ?? null;
}

/** The number at `i`..`end`, followed by 日, counts days (see LATE_DAY). */
function spanOfDays(s: string, i: number, end: number): boolean {
  if ([...LATE_WORDS, ...LATE_DAY.after].some((w) => s.endsWith(w, i))) return true;
  const after = end + LATE_DAY.text.length;
  const prev = s.charAt(i - 1);
  return (
    LATE_DAY.before.some((w) => s.startsWith(w, after)) && prev !== LATE_DAY.notAfter && !/\d/.test(prev)
  );
}

function readNumber(s: string, i: number): { token: Token; end: number } | null {
  let percentPrefix = false;
  let start = i;
  if (s.startsWith(PERCENT_PREFIX, i)) {
    percentPrefix = true;
    start = i + PERCENT_PREFIX.length;
  }
  const arabic = readArabic(s, start);
  const chinese = arabic ? null : readChineseNumeral(s, start);
  const num = arabic ?? chinese;
  if (!num) return null;
  const unitText = percentPrefix ? null : readUnit(s, num.end);
  if (unitText === null && s.startsWith(LATE_DAY.text, num.end) && spanOfDays(s, i, num.end)) {
    const end = num.end + LATE_DAY.text.length;
    const days: NumToken = {
      t: 'num',
      value: num.value,
      percent: false,
      pp: false,
      points: false,
      unit: LATE_DAY.unit,
      text: s.slice(i, end),
    };
    return { token: days, end };
  }
  // A Chinese numeral is only a number when a unit follows (一般, 三同时 are words).
  if (chinese && !percentPrefix && unitText === null) return null;
  if (!percentPrefix && unitText === null && NOT_QUANTITY_SUFFIXES.some((x) => s.startsWith(x, num.end))) {
    return { token: { t: 'text', text: s.slice(i, num.end) }, end: num.end };
  }
  const entry = unitText === null ? null : (UNITS[unitText] ?? null);
  const end = num.end + (unitText?.length ?? 0);
  const percent = percentPrefix || entry?.percent === true;
  const token: NumToken = {
    t: 'num',
    value: num.value * (entry?.scale ?? 1),
    percent,
    pp: entry?.pp === true,
    points: entry?.points === true,
    unit: percent ? null : (entry?.unit ?? null),
    text: s.slice(i, end),
  };
  return { token, end };
}

const PLAIN_INDEX = byFirstChar(PLAIN_WORDS, (w) => w);

function readWord(s: string, i: number): WordToken | TextToken | null {
  const hit = WORD_INDEX.get(s.charAt(i))?.find(([w]) => s.startsWith(w, i));
  const plain = PLAIN_INDEX.get(s.charAt(i))?.find((w) => s.startsWith(w, i));
  if (plain !== undefined && (!hit || plain.length >= hit[0].length)) return { t: 'text', text: plain };
  return hit ? { t: 'word', id: hit[1], text: hit[0] } : null;
}

/** @example lex('达标记3分') → word(met) word(award) num(3, points) */
export function lex(raw: string): Lexed {
  const { text, enumerators } = normalizeRuleText(raw);
  const tokens: Token[] = [];
  const pushText = (ch: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.t === 'text') tokens[tokens.length - 1] = { t: 'text', text: last.text + ch };
    else tokens.push({ t: 'text', text: ch });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const word = readWord(text, i);
    const number = readNumber(text, i);
    // A numeral wins over a word only when it is a real quantity (百分之九十 over 百, 两项 over 两).
    if (number && (!word || number.end - i > word.text.length)) {
      if (number.token.t === 'text') number.token.text.split('').forEach(pushText);
      else tokens.push(number.token);
      i = number.end;
    } else if (word?.t === 'text') {
      word.text.split('').forEach(pushText);
      i += word.text.length;
    } else if (word) {
      const last = tokens[tokens.length - 1];
      if (last?.t === 'word' && last.id === 'occur' && EVENT_AFTER_OCCUR.has(word.text)) {
        word.text.split('').forEach(pushText);
      } else tokens.push(word);
      i += word.text.length;
    } else if (SEPARATORS.has(ch)) {
      tokens.push({ t: 'sep', text: ch });
      i++;
    } else {
      pushText(ch);
      i++;
    }
  }
  return { tokens, enumerators, normalized: text };
}
