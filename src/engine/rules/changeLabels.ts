/**
 * A band named by a change's direction alone, in a rule scored on a change: `上升不得分`,
 * `未下降不得分`, `下降或持平得4分`, `持平得3分`, beside bands with figures (`下降8%及以上得10分`).
 */
import type { Measure, TiersRule } from './ast';
import { snap } from './explain';
import type { BoundSpec } from './conditions';
import { anyOf } from '../grid/regexWords';
import { CHANGE_WORDS } from './changeWords';

export type Way = -1 | 0 | 1;

/** The ways one part names (`未下降`: not a fall), as signs of a fall; null for other words. */
function waysOf(part: string): Way[] | null {
  const not = CHANGE_WORDS.not.find((w) => part.startsWith(w) && part.length > w.length);
  const word = not ? part.slice(not.length) : part;
  const named: Way | null = (CHANGE_WORDS.fall as readonly string[]).includes(word)
    ? 1
    : (CHANGE_WORDS.rise as readonly string[]).includes(word)
      ? -1
      : (CHANGE_WORDS.flat as readonly string[]).includes(word)
        ? 0
        : null;
  if (named === null) return null;
  const all: Way[] = [-1, 0, 1];
  return not ? all.filter((w) => w !== named) : [named];
}

/**
 * The signs of a change (1 a rise, 0 flat, −1 a fall) that `label` names (`下降或持平` → −1, 0;
 * `未下降` → 0, 1); null when it says something else.
 */
export function changeSigns(label: string): ReadonlySet<Way> | null {
  let text = label;
  for (const w of CHANGE_WORDS.filler) text = text.split(w).join('');
  const signs = new Set<Way>();
  for (const part of text.split(new RegExp(anyOf(CHANGE_WORDS.or)))) {
    const named = waysOf(part);
    if (!named) return null;
    for (const w of named) signs.add((-w || 0) as Way);
  }
  return signs;
}

/**
 * The bounds on the change that `label` names, on the rule's scale (`measure` growth: a rise is
 * above 0; fall: a fall is above 0). null when the label says something else, or every way.
 */
export function changeBounds(
  label: string,
  measure: Measure,
  percent: boolean,
): { lower: BoundSpec | null; upper: BoundSpec | null } | null {
  if (measure !== 'growth' && measure !== 'fall') return null;
  const signs = changeSigns(label);
  if (!signs) return null;
  const ways = new Set([...signs].map((w) => (measure === 'fall' ? ((-w || 0) as Way) : w)));
  const zero = (inclusive: boolean): BoundSpec => ({
    level: { value: 0, percent, unit: null },
    inclusive,
  });
  const [up, flat, down] = [ways.has(1), ways.has(0), ways.has(-1)];
  if (up && down) return null;
  if (up) return { lower: zero(flat), upper: null };
  if (down) return { lower: null, upper: zero(flat) };
  return { lower: zero(true), upper: zero(true) };
}

/**
 * The one tier whose label names the way `change` went (`投诉量较上年下降` by its words after 较上年);
 * undefined for none or several.
 */
export function tierOfChange(rule: TiersRule, change: number): TiersRule['tiers'][number] | undefined {
  const sign = Math.sign(snap(change)) as Way;
  const named = rule.tiers.filter(
    (t) => t.label !== null && (changeSigns(t.label) ?? changeSigns(afterFiller(t.label)))?.has(sign),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** A label's words after its last 较上年 / 同比 …: the way it names, without its subject. */
function afterFiller(label: string): string {
  const ends = CHANGE_WORDS.filler.map((f) => {
    const i = label.lastIndexOf(f);
    return i < 0 ? 0 : i + f.length;
  });
  return label.slice(Math.max(...ends));
}

/** `下降35%`, `较上年持平`: the way a change in words went, as a sign; null when it names none. */
function wayInWords(text: string): Way | null {
  let t = text;
  for (const f of CHANGE_WORDS.filler) if (t.startsWith(f)) t = t.slice(f.length);
  const starts = (words: readonly string[]): boolean => words.some((w) => t.startsWith(w));
  return starts(CHANGE_WORDS.fall)
    ? -1
    : starts(CHANGE_WORDS.rise)
      ? 1
      : starts(CHANGE_WORDS.flat)
        ? 0
        : null;
}

/** `下降35%（上年20件，本年13件）` under `较上年下降得满分，持平得1.5分，上升不得分`: the tier its way names. */
export function wayTier(rule: TiersRule, text: string): TiersRule['tiers'][number] | undefined {
  const way = wayInWords(text);
  return way === null ? undefined : tierOfChange(rule, way);
}
