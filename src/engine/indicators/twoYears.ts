import { normalizeValue } from '../grid/normalize';
import type { NormalizedValue } from '../grid/value';
import { LAST_YEAR } from '../rules/actualWords';
import { snap } from '../rules/explain';
import { PERCENT_SIGN } from '../grid/valueLexicon';

type Figure = Extract<NormalizedValue, { kind: 'number' }>;

const NUMBER = /\d[\d,]*(?:\.\d+)?/gu;
const YEAR = /^\d{4}/u;
const BRACKETS = /[（(]/gu;
const BRACKET_ENDS = /[）)]/gu;
const SEPARATORS = /^[，,；;\s]+|[，,；;\s]+$/gu;

/**
 * An actual that gives this year's figure and last year's (`2023年合格率92.4%，上年91.1%`,
 * `58.6%（上年57.9%）`, `2023年收集率68.5%，2022年为67.2%`, `由上年的8.6%下降至7.9%`) as the change it
 * states, in the words a change is written in (`较上年增长1.3个百分点`: points between two rates,
 * the unit's amount otherwise; `relative`: two counts' change in per cent of last year's, for a
 * target in per cent). Null when the text is not so, or the two figures differ in kind.
 */
export function statedChange(text: string, relative = false): string | null {
  const pair = fromTo(text) ?? thisThenLast(text);
  if (!pair) return null;
  const [now, before] = pair;
  if (now.percent !== before.percent || now.unit !== before.unit) return null;
  // `4,620人次，上年4,350人次` against `较上年增长10%`: the change in per cent of last year's count
  const inPercent = relative && !now.percent && before.value > 0;
  if (relative && !inPercent) return null;
  const amount = now.value - before.value;
  const change = snap(inPercent ? Math.round((amount / before.value) * 1e6) / 1e4 : amount);
  const { against, flat, points } = LAST_YEAR.written;
  if (change === 0) return flat;
  const way = change > 0 ? LAST_YEAR.up[0] : LAST_YEAR.down[0];
  const unit = inPercent ? PERCENT_SIGN : now.percent ? points : (now.unit ?? '');
  return `${against}${way}${Math.abs(change)}${unit}`;
}

/** `由上年的8.6%下降至7.9%` → [7.9 %, 8.6 %]. */
function fromTo(text: string): [Figure, Figure] | null {
  const from = LAST_YEAR.from.find((w) => text.includes(w));
  if (from === undefined) return null;
  const rest = text.slice(text.indexOf(from) + from.length);
  const period = LAST_YEAR.periods.find((p) => rest.startsWith(p));
  if (period === undefined) return null;
  const to = LAST_YEAR.to.map((w) => rest.lastIndexOf(w)).reduce((a, b) => Math.max(a, b), -1);
  if (to < 0) return null;
  // `8.6%下降`: the figure before the way it went
  const moved = rest.slice(period.length, to);
  const way =
    [...LAST_YEAR.down, ...LAST_YEAR.up, ...LAST_YEAR.shortWays].find((w) => moved.endsWith(w)) ?? '';
  const before = soleFigure(moved.slice(0, moved.length - way.length));
  const now = soleFigure(rest.slice(to + 1));
  return before && now ? [now, before] : null;
}

/** `2023年合格率92.4%，上年91.1%`, `2023年收集率68.5%，2022年为67.2%`. */
function thisThenLast(text: string): [Figure, Figure] | null {
  const flat = text.replace(BRACKETS, '，').replace(BRACKET_ENDS, '');
  const year = leadingYear(flat);
  const lastYear = year ? [`${year.year - 1}${LAST_YEAR.yearSuffixes[1]}`] : [];
  const at = [...LAST_YEAR.periods, ...lastYear]
    .map((m) => [flat.indexOf(m), m] as const)
    .filter(([i]) => i > 0)
    .sort((a, b) => a[0] - b[0])[0];
  if (!at) return null;
  const after = flat.slice(at[0] + at[1].length);
  // `投诉218件，较上年增加23件`: the figure after the period is the change, not last year's
  const ways = [...LAST_YEAR.down, ...LAST_YEAR.up, ...LAST_YEAR.shortWays, ...LAST_YEAR.flat];
  if (ways.some((w) => after.startsWith(w))) return null;
  const now = soleFigure(flat.slice(year?.length ?? 0, at[0]));
  const before = soleFigure(after);
  return now && before ? [now, before] : null;
}

/** `2023年…`, `2023年度…`: the year and how long its words are. */
function leadingYear(text: string): { year: number; length: number } | null {
  const digits = YEAR.exec(text)?.[0];
  const suffix = digits && LAST_YEAR.yearSuffixes.find((s) => text.startsWith(s, digits.length));
  return digits && suffix ? { year: Number(digits), length: digits.length + suffix.length } : null;
}

/** The one figure of a part (`体质健康合格率92.4%`, `为67.2%`); null when none or several. */
function soleFigure(part: string): Figure | null {
  const words = part.replace(SEPARATORS, '');
  const found = [...words.matchAll(NUMBER)];
  if (found.length !== 1) return null;
  // from the digits on: `“三公”经费支出18.6万元` would read 三 as a number
  const figure = normalizeValue(words.slice(found[0]!.index));
  return figure.kind === 'number' && figure.op === null ? figure : null;
}
