/**
 * A per-occurrence rule deducting differently for kinds of event (`发生一般火灾事故每起扣1分，较大火灾事故每起
 * 扣3分，扣完为止`): each kind its own deduction, told apart in the actual by the word that names it
 * (一般, 较大: what is left of each kind's thing without the words all of them share).
 */
import type { OccurrenceRule } from './ast';
import { KIND_CAP_CLAUSE, KIND_CLAUSES, RULE_CLAUSE_BREAKS } from './sentenceWords';
import { fold } from './verdictWords';

export interface OccurrenceKind {
  /** The word telling the kind apart (`一般`, `较大`). */
  readonly word: string;
  /** Points off per occurrence of it. */
  readonly amount: number;
}

/** The rule, when the text is only kinds of event with a deduction each (two at least) and a cap. */
export function occurrenceKindsRule(text: string): OccurrenceRule | null {
  const found: { thing: string; unit: string; amount: number }[] = [];
  let maxDeduction: number | null = null;
  for (const clause of fold(text).split(RULE_CLAUSE_BREAKS)) {
    if (clause === '') continue;
    const cap = KIND_CAP_CLAUSE.exec(clause);
    if (cap) {
      const most = cap[2] ?? cap[3];
      maxDeduction = most === undefined ? maxDeduction : Number(most);
      continue;
    }
    const a = KIND_CLAUSES[0]!.exec(clause);
    const b = a ? null : KIND_CLAUSES[1]!.exec(clause);
    if (a) found.push({ thing: a[1]!, unit: a[2]!, amount: Number(a[3]) });
    else if (b) found.push({ thing: b[2]!, unit: b[1]!, amount: Number(b[3]) });
    else return null;
  }
  if (found.length < 2 || new Set(found.map((f) => f.unit)).size !== 1) return null;
  const shared = sharedEnd(found.map((f) => f.thing));
  const own = shortestApart(found.map((f) => f.thing.slice(0, f.thing.length - shared)));
  const kinds = found.map((f, i) => ({ word: own[i]!, amount: f.amount }));
  // each word its own, none inside another (一般 / 较大, not 事故 / 重大事故)
  const words = kinds.map((k) => k.word);
  if (words.some((w, i) => w === '' || words.some((v, j) => i !== j && v.includes(w)))) return null;
  return {
    kind: 'perOccurrence',
    points: null,
    event: 'incident',
    per: 1,
    unit: found[0]!.unit,
    deduction: { amount: kinds[0]!.amount, ofWeight: false },
    maxDeduction,
    stepMode: null,
    zeroFrom: null,
    kinds,
  };
}

/** How many characters the texts share at their end (`一般火灾事故`, `较大火灾事故` → 4). */
function sharedEnd(texts: readonly string[]): number {
  const shortest = Math.min(...texts.map((t) => t.length));
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
