/**
 * The fingerprint of a run's outputs, enough to tell "same outputs as last time": FNV-1a over the
 * ledger's text (every value, formula, note, fill and format written to the user's sheets) and over
 * the results sheet, walked op by op. The ops are hashed field by field, not as their JSON text:
 * for 100k rows that text is tens of megabytes made only to be hashed and dropped, and its keys
 * and punctuation were most of what was hashed.
 *
 * @example outputFingerprint(resultsSheet, ledger.pieces()) === outputFingerprint(resultsSheet, ledger.pieces())
 */
import type { CellOp, OwnedSheet } from './types';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Part of a text: `text.slice(from, to)`, without the copy (a sliced string reads slower). */
export interface TextPiece {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export function outputFingerprint(results: OwnedSheet, ledger: readonly TextPiece[]): string {
  let h = FNV_OFFSET | 0;
  for (const p of ledger) h = feedRange(h, p.text, p.from, p.to);
  // the sheet's own fields (name, widths, merges, charts: short) as their JSON text
  h = feedText(h, JSON.stringify({ ...results, ops: undefined }));
  for (const op of results.ops) h = feedOp(h, op);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a of a text. */
export function fnv1a(text: string): string {
  return (feedText(FNV_OFFSET | 0, text) >>> 0).toString(16).padStart(8, '0');
}

/**
 * Part of a text into the hash. The hash goes in and out as a signed 32-bit integer (unsigned only
 * in the final text): an unsigned one past 2^31 is a double to V8, and the optimized loop was
 * dropped for it ("lost precision") on most calls.
 */
function feedRange(h: number, text: string, from: number, to: number): number {
  let x = h | 0;
  for (let i = from; i < to; i++) x = Math.imul(x ^ text.charCodeAt(i), FNV_PRIME);
  return x;
}

function feedText(h: number, text: string): number {
  return feedRange(h, text, 0, text.length);
}

function feedWord(h: number, word: number): number {
  return Math.imul(h ^ word, FNV_PRIME);
}

/** A number's 64 bits, so 0.1 + 0.2 and 0.3 differ as their JSON texts do. */
const float = new Float64Array(1);
const words = new Int32Array(float.buffer);

/**
 * Tags of what follows: which field, or which kind of value. Each field is its tag then its value,
 * and a text is its length then its characters, so no two different ops feed the same words.
 */
const Tag = {
  Op: 1,
  Value: 2,
  NumFmt: 3,
  Fill: 4,
  Note: 5,
  Link: 6,
  Bold: 7,
  Wrap: 8,
  Null: 9,
  Text: 10,
  Number: 11,
  True: 12,
  False: 13,
  Formula: 14,
} as const;

function feedScalar(h: number, v: string | number | boolean | null): number {
  // as a cell shows them, and as JSON writes them: -0 is 0, and what is not finite is no number
  if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return feedWord(h, Tag.Null);
  if (typeof v === 'string') return feedText(feedWord(feedWord(h, Tag.Text), v.length), v);
  if (typeof v === 'number') {
    float[0] = v === 0 ? 0 : v;
    return feedWord(feedWord(feedWord(h, Tag.Number), words[0]!), words[1]!);
  }
  return feedWord(h, v ? Tag.True : Tag.False);
}

function feedOp(h: number, op: CellOp): number {
  h = feedWord(feedWord(feedWord(h, Tag.Op), op.row), op.col);
  const { value } = op;
  if (value !== undefined) {
    h = feedWord(h, Tag.Value);
    if (typeof value === 'object' && value !== null) {
      h = feedScalar(feedScalar(feedWord(h, Tag.Formula), value.formula), value.result);
    } else h = feedScalar(h, value);
  }
  if (op.numFmt !== undefined) h = feedScalar(feedWord(h, Tag.NumFmt), op.numFmt);
  if (op.fill !== undefined) h = feedScalar(feedWord(h, Tag.Fill), op.fill);
  if (op.note !== undefined) h = feedScalar(feedWord(h, Tag.Note), op.note);
  if (op.link !== undefined) h = feedScalar(feedWord(h, Tag.Link), op.link);
  if (op.bold !== undefined) h = feedScalar(feedWord(h, Tag.Bold), op.bold);
  if (op.wrap !== undefined) h = feedScalar(feedWord(h, Tag.Wrap), op.wrap);
  return h;
}

/**
 * A 53-bit hash of a text (FNV-1a from two offsets: 21 bits of one, 32 of the other) as a
 * JSON-safe integer: the ledger keeps it instead of a long text the add-in wrote, enough to tell
 * whether a cell still holds exactly that text.
 *
 * @example textHash('abc') === textHash('abc') && textHash('abc') !== textHash('abd')
 */
export function textHash(text: string): number {
  // both hashes in one pass over the text (every long text the add-in writes is hashed)
  let a = (text.length ^ 0x5bd1e995) | 0;
  let b = FNV_OFFSET | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME);
  }
  return ((a >>> 0) & 0x1fffff) * 0x100000000 + (b >>> 0);
}
