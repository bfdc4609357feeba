/**
 * Tiers of verdict words (`健全得5分，基本健全得3分，不健全不得分`): the labels, the word they share, and
 * when labels with nothing in common still make levels of one thing.
 */
import { tier, tiers } from './ast';
import type { Fact } from './clauses';
import { GRADE_PREFIXES, GRADE_WORDS, VERDICT_OBJECTS } from './gradeWords';
import { PARTICLE } from './lexicon';
import { fail, ok, type ParseResult, type Pick } from './parseParts';
import { readVerdictText } from './verdictWords';

function core(label: string): string {
  const prefix = [...GRADE_PREFIXES].sort((a, b) => b.length - a.length).find((p) => label.startsWith(p));
  const word = prefix && label.length > prefix.length ? label.slice(prefix.length) : label;
  const object = VERDICT_OBJECTS.find((o) => word.endsWith(o) && word.length > o.length);
  return object ? word.slice(0, -object.length) : word;
}

/** `作用明显的` → `作用明显`. */
function withoutParticle(label: string): string {
  return label.endsWith(PARTICLE) ? label.slice(0, -PARTICLE.length) : label;
}

/**
 * The verdict word tiers share (健全 in 健全/基本健全/不健全), or null. The first label may carry the
 * subject (`财务管理制度健全`, `一次性验收通过`), and a grade word (一般, 较好) fits any tier list.
 */
function sharedWord(labels: readonly string[]): string | null {
  const cores = labels.map(core);
  const fits = (word: string): boolean =>
    labels.every((l, i) => cores[i] === word || cores[i]!.endsWith(word) || GRADE_WORDS.includes(l));
  const candidates = [...new Set(cores)];
  return candidates.sort((a, b) => a.length - b.length).find(fits) ?? null;
}

export function buildTiers(read: readonly Fact[]): ParseResult | null {
  const facts = withTargetLabelled(read);
  const verdicts = facts.filter(
    (x): x is Pick<'award'> | Pick<'zero'> => (x.f === 'award' || x.f === 'zero') && x.cond.c !== 'none',
  );
  const labelled = verdicts.filter((x) => x.cond.c === 'label');
  const positive = labelled.filter((x) => x.f === 'award');
  if (labelled.length < 2 || verdicts.some((x) => x.cond.c !== 'label' && x.cond.c !== 'else')) return null;
  // `作用明显的得满分，一般的得60%`: the 的 closing a label is not part of it
  const labels = labelled.map((x) => (x.cond.c === 'label' ? withoutParticle(x.cond.label) : ''));
  const shared = sharedWord(labels) !== null && new Set(labels).size === labels.length;
  const graded = labels.every((l) => GRADE_WORDS.includes(l));
  // `11月30日前完成 / 12月31日前完成 / 未完成`, `20日内公开 / 超过20日公开`: dates and spans, not verdict words
  if (positive.length >= 2 && labels.some((l) => /\d/.test(l))) return fail('ambiguous');
  // labels with nothing in common: levels of one thing only when they step down to a 不得分
  // (`有效提升得10分，有所提升得6分，无明显变化不得分`), and then only an actual written as one of them
  // says which; `有制度记1分，有记录记1分` adds up
  const exactOnly = !shared && !(graded && positive.length >= 2);
  const worth = positive.map((x) => x.points ?? `${x.share ?? 1}`);
  const levels =
    positive.length >= 2 &&
    verdicts.some((x) => x.f === 'zero') &&
    new Set(worth).size === worth.length &&
    new Set(labels).size === labels.length;
  if (exactOnly && !levels) return positive.length >= 2 ? fail('ambiguous') : null;
  // `完成得满分，未完成不得分`: one verdict worth the full weight and its negation is pass/fail.
  if (positive.length === 1 && positive[0]!.points === null && positive[0]!.share === undefined) return null;
  const rule = tiers(
    verdicts.map((x) =>
      tier(
        x.cond.c === 'label' ? withoutParticle(x.cond.label) : null,
        x.f === 'award' ? x.points : 0,
        x.f === 'award' ? x.share : undefined,
      ),
    ),
  );
  return ok(exactOnly ? { ...rule, exactOnly: true } : rule);
}

/**
 * `达到目标得满分，基本达到得3分，未达到不得分` (hunt105: ambiguous): the target's words, beside labels
 * that grade them (one at least short of a miss), are the top tier's label.
 */
function withTargetLabelled(facts: readonly Fact[]): readonly Fact[] {
  const labels: string[] = [];
  for (const x of facts)
    if ((x.f === 'award' || x.f === 'zero') && x.cond.c === 'label') labels.push(x.cond.label);
  const top = facts.find((x) => x.f === 'award' && x.cond.c === 'target');
  if (labels.length === 0 || top?.f !== 'award' || top.cond.c !== 'target' || !top.cond.words) return facts;
  const words = top.cond.words;
  const word = core(words);
  if (word === words || !labels.every((l) => core(withoutParticle(l)).endsWith(word))) return facts;
  // `…，未达到得3分` alone is a pass/fail rule whose miss earns points (parser.ts, consolation)
  if (labels.every((l) => readVerdictText(l) === 'notMet')) return facts;
  return facts.map((x) => (x === top ? { ...top, cond: { c: 'label', label: words, direction: null } } : x));
}
