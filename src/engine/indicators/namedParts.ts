import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import { NAMED_PARTS, PART_OF_WHOLE } from '../rules/surveyWords';
import { LIST_BREAK } from '../rules/sentenceWords';
import { COUNT_UNITS } from '../rules/units';
import { shareOf } from './surveyCounts';

const UNIT = [...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|');
const NUMBER = '\\d[\\d,]*';
/** A part of the list: its label, its count and unit (`优秀48件`), the first after the whole (`46座中一类18座`). */
const PART = new RegExp(
  `^(?:(${NUMBER})(${UNIT})${PART_OF_WHOLE.among})?([\\u4e00-\\u9fff]+?)(${NUMBER})(${UNIT})$`,
  'u',
);
/** A clause that is one count (`评查案卷200件`): the whole the list after it breaks down. */
const WHOLE = new RegExp(`^\\D*?(${NUMBER})(${UNIT})$`, 'u');

interface Part {
  readonly label: string;
  readonly count: number;
}

const num = (s: string): number => Number(s.replace(/,/g, ''));

/**
 * A rate whose name names a run of a list's parts by their first characters: `评查案卷200件，优秀48件、
 * 良好126件、合格22件、不合格4件` for 案件质量评查优良率 is (48 + 126) / 200 = 87 %; `46座中一类18座、二类23座、
 * 三类5座` for 一、二类桥梁占比 is 41 / 46. The whole is the count before the list (or before 中), else the
 * parts' sum; anything else (no such run, all the parts, parts past the whole) is left as it is.
 */
export function namedPartsRate(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  name: string,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number' || !target.percent) return actual;
  const rateAt = Math.max(...NAMED_PARTS.rate.map((w) => name.lastIndexOf(w)));
  if (rateAt <= 0) return actual;
  const stem = name.slice(0, rateAt).replace(NAMED_PARTS.nameBreaks, '');
  const clauses = actual.text
    .replace(BRACKETED_REMARK, '')
    .trim()
    .split(/[，；;。]|,(?!\d{3})/u);
  for (let i = 0; i < clauses.length; i++) {
    const pieces = clauses[i]!.split(LIST_BREAK);
    if (pieces.length < 2) continue;
    const read = pieces.map((p) => PART.exec(p.trim()));
    const unit = read[0]?.[5];
    if (read.some((m, k) => !m || m[5] !== unit || (k > 0 && m[1] !== undefined))) continue;
    const parts: Part[] = read.map((m) => ({ label: m![3]!, count: num(m![4]!) }));
    const named = namedRun(parts, stem);
    if (!named) return actual;
    const before = i > 0 ? WHOLE.exec(clauses[i - 1]!.trim()) : null;
    const among = read[0]![1] !== undefined && read[0]![2] === unit ? num(read[0]![1]) : null;
    const sum = parts.reduce((n, p) => n + p.count, 0);
    const whole = among ?? (before && before[2] === unit ? num(before[1]!) : sum);
    if (whole <= 0 || sum > whole) return actual;
    return shareOf(
      actual.text,
      named.reduce((n, p) => n + p.count, 0),
      whole,
    );
  }
  return actual;
}

/**
 * The run of two or more parts, not all of them, whose labels' first characters the stem holds in
 * order (优秀、良好 in 优良; 一类、二类 in 一二类, with the labels' shared ending); null for none or several.
 */
function namedRun(parts: readonly Part[], stem: string): readonly Part[] | null {
  const found: Part[][] = [];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 2; to <= parts.length; to++) {
      if (to - from === parts.length) continue;
      const run = parts.slice(from, to);
      const heads = run.map((p) => p.label[0]).join('');
      const ending = sharedEnding(run.map((p) => p.label.slice(1)));
      if (stem.includes(heads + ending)) found.push(run);
    }
  }
  return found.length === 1 ? found[0]! : null;
}

function sharedEnding(rests: readonly string[]): string {
  const [first] = rests;
  if (first === undefined || rests.some((r) => r !== first)) return '';
  return first;
}
