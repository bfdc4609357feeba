/**
 * 决算 amounts, percents and params as both languages print them (no words of either): shared by
 * budget.zh-CN.ts and budget.en.ts, so the English chunk does not carry the Chinese words.
 */
import { fill, type Params, type Template } from './format';

/**
 * Amounts as the seed prints them: 794.36, 222.50, 500 (never 500.00, never -0). Five digits or
 * more before the point are grouped by thousands, as GB/T 15835 allows and 元 tables need:
 * 3,355,676.42; four digits stay as the seed prints them (1021.35).
 */
export function amountText(v: string | number | null | undefined): string {
  if (typeof v !== 'number') return v ?? '';
  const fixed = v.toFixed(2);
  if (fixed === '-0.00') return '0';
  const s = fixed.endsWith('.00') ? fixed.slice(0, -3) : fixed;
  const m = /^(-?)(\d{5,})(\.\d+)?$/.exec(s);
  return m ? `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+$)/g, ',')}${m[3] ?? ''}` : s;
}

/**
 * A fraction as a percent number: 0.926 → 92.60, 1 → 100. A share too small to show at two
 * decimals is not 0: 0.00001 → <0.01 (and -0.00001 → >-0.01), in either language.
 */
export function percentText(v: string | number | null | undefined): string {
  if (typeof v !== 'number') return v ?? '';
  const s = amountText(v * 100);
  if (s !== '0' || v === 0 || Number.isNaN(v)) return s;
  return v > 0 ? '<0.01' : '>-0.01';
}

const AMOUNT_KEYS: ReadonlySet<string> = new Set([
  'budget',
  'final',
  'basic',
  'project',
  'previous',
  'changeAmount',
  'expected',
  'actual',
  'difference',
  'value',
]);
const PERCENT_KEYS: ReadonlySet<string> = new Set([
  'rate',
  'excess',
  'share',
  'basicShare',
  'projectShare',
  'changeRate',
  'computed',
]);

/** Params with amounts and percents formatted for display. */
export function displayParams(p: Params): Params {
  const out: Record<string, string | number | null> = {};
  for (const k in p) {
    const v = p[k]!;
    out[k] =
      typeof v !== 'number'
        ? v
        : AMOUNT_KEYS.has(k)
          ? amountText(v)
          : PERCENT_KEYS.has(k)
            ? percentText(v)
            : v;
  }
  return out;
}

/** A table of income by subject (收入决算表), whose line names are spending subjects. */
export const incomeDetail = (p: Params): boolean => p.kind === 'detail' && p.panel === 'income';

/** The words of what a sentence left out (its `held` param: rate, share, split, change), in order. */
export const heldWhat = (p: Params, words: Readonly<Record<string, string>>): string[] =>
  String(p.held ?? '')
    .split(',')
    .flatMap((k) => (words[k] ? [words[k]] : []));

/**
 * A `budget.line`'s clause `key` (`execution.within`) rendered by its template in `clauses`. A
 * template function is called directly, not through `fill`: `fill` copies each clause flat, and
 * the line's join copies it again (a sentence per line of a 100k-line table).
 */
export function clauseText(clauses: Readonly<Record<string, Template>>, key: string, p: Params): string {
  const template = byClauseKey(clauses).get(key) ?? key;
  return typeof template === 'function' ? template(p) : fill(template, p);
}

const CLAUSE_PREFIX = 'budget.clause.';

/** Per language's clause templates, the same by clause key (`execution.within`). */
const clauseKeys = new WeakMap<object, ReadonlyMap<string, Template>>();

/**
 * `clauses` by clause key, made once per language: not a full key (`budget.clause.…`) made and
 * looked up for each clause of every line.
 */
function byClauseKey(clauses: Readonly<Record<string, Template>>): ReadonlyMap<string, Template> {
  let map = clauseKeys.get(clauses);
  if (!map) {
    const byKey = new Map<string, Template>();
    for (const [k, t] of Object.entries(clauses))
      if (k.startsWith(CLAUSE_PREFIX)) byKey.set(k.slice(CLAUSE_PREFIX.length), t);
    map = byKey;
    clauseKeys.set(clauses, map);
  }
  return map;
}
