/**
 * A target of several labelled parts (`小学≤0.50、初中≤0.45`, `6月底≥45%，9月底≥75%`,
 * `乡镇客运站12个、招呼站80个`) against an actual of the same parts (`小学0.42，初中0.47`, or
 * `12个、76个` in the target's order): each part judged on its own, as a rule of `每有1项未达标扣1分`
 * or `两项均达标得满分` asks.
 */
import { foldWidth, parseQuantity, type Quantity } from '../grid/numberText';
import { PART_LINKS } from './actualWords';
import { snap } from './explain';

export interface PartsJudged {
  readonly parts: number;
  /** The parts that miss their target, by the target's labels. */
  readonly missed: readonly string[];
}

interface LabelledPart {
  readonly label: string;
  readonly quantity: Quantity;
}

const PART_BREAKS = /[、，,；;]/u;

/** Null unless both say the same two or more parts, each a figure of one kind. */
export function judgeParts(actual: string, target: string): PartsJudged | null {
  const asked = partsOf(target);
  const stated = partsOf(actual);
  if (asked === null || stated === null || asked.length !== stated.length) return null;
  // `12个、76个`: no labels, so in the target's order
  const positional = stated.every((p) => p.label === '');
  const missed: string[] = [];
  for (const [i, want] of asked.entries()) {
    const got = positional ? stated[i] : stated.find((p) => p.label !== '' && sameLabel(p.label, want.label));
    if (!got || !comparable(got.quantity, want.quantity)) return null;
    if (!meets(got.quantity.value, want.quantity)) missed.push(want.label);
  }
  return { parts: asked.length, missed };
}

function partsOf(text: string): LabelledPart[] | null {
  const pieces = foldWidth(text).replace(/\s+/gu, '').split(PART_BREAKS);
  if (pieces.length < 2) return null;
  const parts = pieces.map(labelled);
  return parts.every((p): p is LabelledPart => p !== null) ? parts : null;
}

/** `6月底≥45%` → 6月底 and ≥45%; `平原区达到100%` → 平原区 and 100%: the longest tail that is a figure. */
function labelled(piece: string): LabelledPart | null {
  for (let i = 0; i < piece.length; i++) {
    const quantity = parseQuantity(piece.slice(i));
    if (quantity === null) continue;
    const label = PART_LINKS.reduce((l, w) => (l.endsWith(w) ? l.slice(0, -w.length) : l), piece.slice(0, i));
    return { label, quantity };
  }
  return null;
}

/** `综合差异系数小学` and `小学`: one ends the other. */
function sameLabel(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

function comparable(a: Quantity, t: Quantity): boolean {
  return a.percent === t.percent && (a.unit === t.unit || a.unit === null || t.unit === null);
}

/** A part with no sign asks at least its figure, as a count or a rate planned does. */
function meets(value: number, t: Quantity): boolean {
  const gap = snap(value - t.value);
  if (t.op === '<=') return gap <= 0;
  if (t.op === '<') return gap < 0;
  if (t.op === '>') return gap > 0;
  if (t.op === '=') return gap === 0;
  return gap >= 0;
}
