/**
 * What an actual written in words says: a verdict (`达标`, `基本完成`, `未完成`), everything done
 * (`全部公开`), nothing happened (`无`, `未发生安全事故`), something happened (`有`), or the target's own
 * words again. Compared after NFKC folding, without spaces.
 */
import {
  ASKS_NONE_WORDS,
  FAULT_WORDS,
  TOTAL_PREFIXES,
  ALL_DONE_AFTER_SUBJECT,
  ALL_DONE_FILLERS,
  ALL_DONE_PREFIXES,
  DOUBT_MARK,
  DONE_OPENING,
  INSTITUTED,
  OPPOSITES,
  COMPARED_WITH_PREFIXES,
  NONE_WORDS,
  PERIOD_LEADS,
  YEAR_LEAD,
  PRESENCE_WORDS,
  REMARK_SEPARATOR,
  VERDICT_MET_WORDS,
  VERDICT_NOT_PREFIXES,
  VERDICT_NOUN_SUFFIXES,
  VERDICT_PARTIAL_NOUNS,
  VERDICT_PARTIAL_PREFIXES,
  VERDICT_PARTIAL_WORDS,
  WITHIN_LIMIT_PREFIXES,
} from './actualWords';
import { WORDS } from './lexicon';

export type Verdict = 'met' | 'partial' | 'notMet';

/** NFKC, without spaces: how actual and target words are compared. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * `全部公开`, `均已按期拨付`: all of it done (no number, nothing negated after the 全部); a remark with a
 * number after a comma may say how many there were (`全部审核，共87件`), not that some were not
 * (`其中2件未审核`).
 */
export function statesAllDone(text: string): boolean {
  const [head = '', ...rest] = fold(text).split(REMARK_SEPARATOR);
  // `区县配套资金已全部落实到位`: what is said of first, in words alone
  const at = ALL_DONE_AFTER_SUBJECT.map((w) => head.indexOf(w)).find((i) => i > 0);
  const subject = at === undefined ? '' : head.slice(0, at);
  const plain =
    !/\d/u.test(subject) &&
    ![...VERDICT_NOT_PREFIXES, ...VERDICT_PARTIAL_PREFIXES].some((w) => subject.includes(w));
  const t = at !== undefined && plain ? head.slice(at) : head;
  const p = ALL_DONE_PREFIXES.find((w) => t.startsWith(w) && t.length > w.length);
  if (p === undefined || /\d/.test(t) || VERDICT_NOT_PREFIXES.some((n) => t.startsWith(n, p.length)))
    return false;
  const remark = rest.join('');
  return (
    !/\d/.test(remark) ||
    (TOTAL_PREFIXES.some((w) => remark.startsWith(w)) && !FAULT_WORDS.some((w) => remark.includes(w)))
  );
}

/**
 * `全部在60日内办结` against `60日内办结`: all of it, in the target's own words (a number there is the
 * target's, not a count). Returns the remark after the first comma (`平均办结时长42日`), '' without
 * one, or null when the text does not say so.
 */
export function allWithinTarget(text: string, target: string): string | null {
  const [head = '', ...rest] = fold(text).split(REMARK_SEPARATOR);
  const word = fold(target);
  const p = ALL_DONE_PREFIXES.find((w) => head.startsWith(w));
  if (p === undefined || word === '') return null;
  const filler = ALL_DONE_FILLERS.find((w) => head.startsWith(w, p.length)) ?? '';
  return head.slice(p.length + filler.length) === word ? rest.join('，') : null;
}

/** 达标 → met, 基本达标 → partial, 未达标 / 不规范 → notMet; null when the words say nothing. */
export function readVerdictText(text: string): Verdict | null {
  const t = fold(text);
  if (t === '' || COMPARED_WITH_PREFIXES.some((p) => t.startsWith(p))) return null;
  if (statesAllDone(t)) return 'met';
  const [head = ''] = t.split(REMARK_SEPARATOR);
  const noun = VERDICT_PARTIAL_NOUNS.some((n) => t.startsWith(n));
  if (
    (VERDICT_PARTIAL_PREFIXES.some((p) => t.startsWith(p)) && !noun) ||
    VERDICT_PARTIAL_WORDS.includes(head)
  )
    return 'partial';
  if (WITHIN_LIMIT_PREFIXES.some((p) => head.startsWith(p))) return 'met';
  if (VERDICT_NOT_PREFIXES.some((p) => t.startsWith(p))) return 'notMet';
  const met = (w: string): boolean =>
    w.length === 1
      ? t === w
      : t.startsWith(w) && !VERDICT_NOUN_SUFFIXES.some((n) => t.startsWith(n, w.length));
  if (VERDICT_MET_WORDS.some(met)) return 'met';
  return null;
}

export function isNoneText(text: string): boolean {
  return NONE_WORDS.includes(fold(text));
}

/** `有`, `是`, `存在`: something happened, without a count. */
export function isPresenceText(text: string): boolean {
  return PRESENCE_WORDS.includes(fold(text));
}

/** `验收合格` against `合格`: the target's words at the end, not negated just before them. */
export function endsAffirmed(text: string, target: string): boolean {
  const f = fold(text);
  const word = fold(target);
  if (word === '' || f === word || !f.endsWith(word)) return false;
  const head = f.slice(0, f.length - word.length);
  return !VERDICT_NOT_PREFIXES.some((p) => head.endsWith(p));
}

/**
 * `已开通“档案查询”微信小程序，网上办理查档1,240件` against `开通`, `已建立场所安全管理员制度…` against `建立`:
 * 已 and the target's own words (a short target in words) open the text, and nothing after them
 * doubts it (`已建立，但尚未运行` does not meet it).
 */
export function opensDone(text: string, target: string): boolean {
  const word = fold(target);
  if (word.length < 2 || word.length > 6 || /\d/u.test(word)) return false;
  const f = fold(text);
  // `已出台《…办法》` against `建立`: a document issued for the rules asked for
  const verbs: readonly string[] = (INSTITUTED.targets as readonly string[]).includes(word)
    ? INSTITUTED.verbs.map((v) => v + INSTITUTED.document)
    : [];
  const opening = [word, ...verbs]
    .flatMap((w) => DONE_OPENING.prefixes.map((p) => p + w))
    .find((o) => f.startsWith(o));
  if (opening === undefined) return false;
  const rest = f.slice(opening.length);
  return !DONE_OPENING.doubts.some((w) => rest.includes(w));
}

/**
 * `无挤占挪用`, `未发生安全事故`: words that say something did not happen; `periodFirst`: after the
 * period too (`全年无安全责任事故`).
 */
export function statesAbsence(text: string, periodFirst = true): boolean {
  const folded = fold(text);
  // `全年无安全责任事故`, `2023年未发现问题` (hunt92): the period first
  const f = periodFirst ? withoutPeriod(folded) : folded;
  // 全年未发生: the words anywhere, with no count beside them; `专款专用，无截留挪用`: a later clause
  // opening with one (hunt86)
  const opens = (c: string): boolean => NONE_WORDS.some((w) => c.length > w.length && c.startsWith(w));
  const countless = !/\d/.test(f);
  const inside = countless && NONE_WORDS.some((w) => w.length > 1 && f.includes(w));
  return inside || opens(f) || (countless && f.split(CLAUSE_BREAKS).some(opens));
}

/**
 * What a clause says none of: `全年无安全责任事故` → 安全责任事故, `未发生重伤及死亡事故` → 重伤及死亡事故;
 * null for a clause that does not open with a word of none (after the period) or names nothing after it.
 */
export function absentThing(text: string): string | null {
  const f = withoutPeriod(fold(text));
  // the longest word of none first: 未发生 before 无
  const none = NONE_WORDS.filter((w) => f.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  const thing = none === undefined || /\d/u.test(f) ? '' : f.slice(none.length);
  return thing.length >= 2 ? thing : null;
}

const CLAUSE_BREAKS = /[，,；;。]/u;

/**
 * `春运期间日均发送旅客1.1万人次，未发生旅客滞留` against `零滞留`, or under `无滞留得满分`: a clause opening
 * with a word of none names the thing asked none of (滞留, the end of 旅客滞留), and no other clause counts
 * it. What is asked none of ends its clause of `asking`, or comes just before the award (得满分).
 */
export function noneAsked(actual: string, asking: readonly string[]): boolean {
  const clauses = fold(actual).split(CLAUSE_BREAKS);
  const asked = asking.flatMap((text) => fold(text).split(CLAUSE_BREAKS));
  const noneWords = [...NONE_WORDS, ...ASKS_NONE_WORDS];
  const asksFor = (thing: string): boolean =>
    asked.some((c) =>
      noneWords.some((w) => {
        const at = c.indexOf(w + thing);
        const after = at < 0 ? null : c.slice(at + w.length + thing.length);
        return after === '' || (after !== null && WORDS.award.some((x) => after.startsWith(x)));
      }),
    );
  return clauses.some((clause, i) => {
    const thing = absentThing(clause);
    if (thing === null) return false;
    const tails = [...thing].map((_, k) => thing.slice(k)).filter((t) => t.length >= 2);
    const counted = (tail: string): boolean =>
      clauses.some((c, j) => j !== i && c.includes(tail) && /\d/u.test(c));
    return tails.some((tail) => asksFor(tail) && !counted(tail));
  });
}

/** `不发生`, `杜绝…`, `无…`: a target asking for none, with no count. */
export function asksNone(target: string): boolean {
  const f = fold(target);
  return !/\d/.test(f) && [...ASKS_NONE_WORDS, ...NONE_WORDS].some((w) => f.startsWith(w));
}

/**
 * `未下降` against `不下降`: the actual denies what the target denies; `无违规` against `合规`,
 * `未发生违规处置情况` against `规范`: it denies the opposite of what the target asks. A 但 after it
 * doubts it.
 */
export function deniesAsTarget(text: string, target: string): boolean {
  const f = fold(text);
  if (f.includes(DOUBT_MARK)) return false;
  const asked = denied(fold(target));
  const stated = denied(f);
  if (asked !== null && stated !== null) return stated.startsWith(asked);
  const thing = absentThing(text);
  return thing !== null && (OPPOSITES[fold(target)] ?? []).some((o) => thing.startsWith(o));
}

/** Words of denial, longest first (没有 before 没). */
const DENIALS = [...VERDICT_NOT_PREFIXES].sort((a, b) => b.length - a.length);

/** What a text denies (`未下降` → 下降); null when it denies nothing or a count. */
function denied(s: string): string | null {
  const word = DENIALS.find((w) => s.startsWith(w));
  const thing = word === undefined ? '' : s.slice(word.length);
  return thing.length >= 2 && !/\d/u.test(thing) ? thing : null;
}

export function sameText(a: string, b: string): boolean {
  return fold(a) !== '' && fold(a) === fold(b);
}

/** The text after a leading year and period word (`2023年全年未发生…` → `未发生…`). */
function withoutPeriod(folded: string): string {
  const afterYear = folded.replace(YEAR_LEAD, '');
  const lead = PERIOD_LEADS.find((w) => afterYear.startsWith(w));
  return lead ? afterYear.slice(lead.length) : afterYear;
}
