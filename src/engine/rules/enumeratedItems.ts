/**
 * An actual that names the rule's listed items by their enumerators: `符合①③项；②部分指标未细化量化`
 * under `①…②…③…每符合一项得1分` met two of them (hunt88: it was read as 符合, all three).
 */
import { ENUMERATOR_RANGES } from './lexicon';
import { BREAKS } from './clauseCounts';
import { ITEMS_MET_WORDS, ITEMS_NOT_MET_WORDS, LIST_BREAK } from './sentenceWords';

/**
 * `①②符合、③不符合`: a clause of parts joined by 、, each naming items and saying met or not, is read
 * part by part; `①、②、③均符合` (parts without words) stays whole.
 */
function listParts(clause: string): string[] {
  const parts = clause.split(LIST_BREAK);
  const each =
    parts.length > 1 &&
    parts.every((p) => hasItem(p) && (ITEMS_MET_WORDS.test(p) || ITEMS_NOT_MET_WORDS.test(p)));
  return each ? parts : [clause];
}

function hasItem(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (itemOf(text.charCodeAt(i)) !== null) return true;
  return false;
}

/** Which item an enumerator names: ① and ⑴ both the first (0); null for any other character. */
function itemOf(code: number): number | null {
  for (const [lo, hi] of ENUMERATOR_RANGES) if (code >= lo && code <= hi) return code - lo;
  return null;
}

/**
 * How many of `items` listed items the text says were met. Items named as met are the ones met; items
 * named only as not met leave the rest met, when the rule says how many it lists. Undefined when the
 * text names none by enumerator or leaves one unclear: a clause with enumerators and neither kind of
 * word, an item said to be met in one clause and not in another, or only misses of an untold number.
 * @example enumeratedDone('符合①③项；②部分指标未细化量化', 3) === 2
 * @example enumeratedDone('②不符合', 3) === 2
 * @example enumeratedDone('已完成', 3) === undefined
 */
export function enumeratedDone(text: string, items: number | null): number | undefined {
  const met = new Set<number>();
  const notMet = new Set<number>();
  for (const clause of text.split(BREAKS).flatMap(listParts)) {
    const named: number[] = [];
    for (let i = 0; i < clause.length; i++) {
      const item = itemOf(clause.charCodeAt(i));
      if (item !== null) named.push(item);
    }
    if (named.length === 0) continue;
    const into = ITEMS_NOT_MET_WORDS.test(clause) ? notMet : ITEMS_MET_WORDS.test(clause) ? met : null;
    if (!into) return undefined;
    for (const item of named) into.add(item);
  }
  if (met.size + notMet.size === 0 || [...met].some((item) => notMet.has(item))) return undefined;
  if (met.size > 0) return met.size;
  return items !== null && notMet.size <= items ? items - notMet.size : undefined;
}
