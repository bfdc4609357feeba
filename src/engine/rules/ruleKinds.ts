/**
 * Rules with a rate for each kind of thing, told apart in the actual by the word that names it (what
 * is left of each kind's thing without the words all of them share):
 * - deductions per occurrence (`发生一般火灾事故每起扣1分，较大火灾事故每起扣3分，扣完为止`: 一般, 较大);
 * - points per item (`县级演练每场得2分，乡镇演练每场得1分，最高6分`: 县级, 乡镇).
 */
import type { OccurrenceRule, PerItemRule, RuleKindRate } from './ast';
import {
  ITEM_KIND_CAP_CLAUSE,
  ITEM_KIND_CLAUSES,
  KIND_CAP_CLAUSE,
  KIND_CLAUSES,
  KIND_FULL_CLAUSE,
  RULE_CLAUSE_BREAKS,
} from './sentenceWords';
import { fold } from './verdictWords';

/** The rule, when the text is only kinds of event with a deduction each (two at least) and a cap. */
export function occurrenceKindsRule(text: string): OccurrenceRule | null {
  const read = readKinds(text, KIND_CLAUSES, KIND_CAP_CLAUSE, KIND_FULL_CLAUSE);
  if (!read) return null;
  const { kinds, unit, cap } = read;
  return {
    kind: 'perOccurrence',
    points: null,
    event: 'incident',
    per: 1,
    unit,
    deduction: { amount: kinds[0]!.amount, ofWeight: false },
    maxDeduction: cap,
    stepMode: null,
    zeroFrom: null,
    kinds,
  };
}

/**
 * The rule, when the text is only kinds of item with points each (two at least, not all the same:
 * one rate is a plain per-item rule) and a cap.
 */
export function itemKindsRule(text: string): PerItemRule | null {
  const read = readKinds(text, ITEM_KIND_CLAUSES, ITEM_KIND_CAP_CLAUSE);
  if (!read || new Set(read.kinds.map((k) => k.amount)).size === 1) return null;
  const { kinds, unit, cap } = read;
  return {
    kind: 'perItem',
    pointsPerItem: kinds[0]!.amount,
    total: cap,
    items: null,
    kinds: { unit, each: kinds },
  };
}

/**
 * Each clause one kind's rate (`<thing>每<unit>扣|得<n>分`, or `每…1<unit><thing>…<n>分`: groups thing,
 * unit, rate by name), the cap (its figure in the first group that matched, or none: 扣完为止), or
 * a clause saying what gets full points (`按时报送得满分`), which adds nothing to deductions from it.
 */
function readKinds(
  text: string,
  clauses: readonly RegExp[],
  capClause: RegExp,
  fullClause?: RegExp,
): { kinds: RuleKindRate[]; unit: string; cap: number | null } | null {
  const found: { thing: string; unit: string; amount: number }[] = [];
  let cap: number | null = null;
  for (const clause of fold(text).split(RULE_CLAUSE_BREAKS)) {
    if (clause === '' || fullClause?.test(clause)) continue;
    const capped = capClause.exec(clause);
    if (capped) {
      const most = capped.slice(1).find((g) => g !== undefined);
      cap = most === undefined ? cap : Number(most);
      continue;
    }
    const m = clauses.map((re) => re.exec(clause)?.groups).find((g) => g !== undefined);
    if (!m) return null;
    found.push({ thing: m.thing!, unit: m.unit!, amount: Number(m.rate) });
  }
  if (found.length < 2 || new Set(found.map((f) => f.unit)).size !== 1) return null;
  const shared = sharedEnd(found.map((f) => f.thing));
  const own = shortestApart(found.map((f) => f.thing.slice(0, f.thing.length - shared)));
  const kinds = found.map((f, i) => ({ word: own[i]!, amount: f.amount }));
  // each word its own, none inside another (一般 / 较大, not 事故 / 重大事故)
  const words = kinds.map((k) => k.word);
  if (words.some((w, i) => w === '' || words.some((v, j) => i !== j && v.includes(w)))) return null;
  return { kinds, unit: found[0]!.unit, cap };
}

/**
 * How many characters the texts share at their end (`一般火灾事故`, `较大火灾事故` → 4), leaving two
 * of each at least (`迟报`, `漏报` → 0: 迟 alone would be found in any text that has it).
 */
function sharedEnd(texts: readonly string[]): number {
  const shortest = Math.min(...texts.map((t) => t.length)) - 2;
  let n = 0;
  while (n < shortest && texts.every((t) => t[t.length - 1 - n] === texts[0]![texts[0]!.length - 1 - n])) n++;
  return n;
}

/**
 * Each word cut to its shortest beginning (two characters at least) no other word begins with: an
 * actual names the kind by it (`一般安全生产` is 一般 beside 较大: `发生一般事故2起`).
 */
function shortestApart(words: readonly string[]): string[] {
  return words.map((w, i) => {
    for (let n = 2; n < w.length; n++) {
      const head = w.slice(0, n);
      if (words.every((v, j) => j === i || !v.startsWith(head))) return head;
    }
    return w;
  });
}
