/**
 * A rate the rule defines (`在职人员控制率=在职人数/编制数×100%`) worked out from an actual that gives
 * both figures by name (`编制数215人，在职211人` → 211 / 215 = 98.14 %; hunt84: left to the reviewer).
 * Both names must be found, each once, in the same unit or none.
 */
import { parseQuantity } from '../grid/numberText';
import type { PresentValue } from './measure';

const DEFINITION =
  /[=＝]\s*([\u4e00-\u9fff（）()]{2,16}?)\s*[/÷]\s*([\u4e00-\u9fff（）()]{2,16}?)\s*[×*xX]\s*100\s*[%％]/u;
/** What a name may end in and still be the same figure: 在职人数 is 在职, 编制数 is 编制. */
const NAME_TAIL = /(人数|数量|数|额|金额)$/u;
const CLAUSE = /[，,；;。、]/u;
/** The rest of the name after its stem, and a verb before the figure (`在职人数为211人`). */
const BEFORE_FIGURE = /^(?:人数|数量|数|额|金额)?(?:为|是|达|:|：)?/u;

export function definedRate(ruleText: string, actual: PresentValue): PresentValue | null {
  if (actual.kind !== 'text') return null;
  const m = DEFINITION.exec(ruleText);
  if (!m) return null;
  const top = figureNamed(actual.text, m[1]!);
  const bottom = figureNamed(actual.text, m[2]!);
  if (!top || !bottom || bottom.value === 0 || top.unit !== bottom.unit) return null;
  const value = Math.round((top.value / bottom.value) * 1e6) / 1e4;
  return { kind: 'number', value, percent: true, unit: null, op: null, text: actual.text };
}

/** The one clause's figure whose words name `name` (or its stem), or null. */
function figureNamed(text: string, name: string): { value: number; unit: string | null } | null {
  const stem = name.replace(/[（(].*?[）)]/gu, '').replace(NAME_TAIL, '');
  if (stem.length < 2) return null;
  const hits = text
    .split(CLAUSE)
    .map((c) => c.replace(/\s+/gu, ''))
    .filter((c) => c.includes(stem))
    .map((c) => parseQuantity(c.slice(c.indexOf(stem) + stem.length).replace(BEFORE_FIGURE, '')));
  const [only] = hits;
  return hits.length === 1 && only && !only.percent && only.op === null
    ? { value: only.value, unit: only.unit }
    : null;
}
