/**
 * The fingerprint of a run's outputs: FNV-1a over the UTF-16 code units of their JSON text, enough
 * to tell "same outputs as last time". The text is fed to the hash piece by piece, as
 * JSON.stringify would write it, instead of being built whole: for 100k rows it is tens of
 * megabytes that would be allocated only to be hashed and dropped.
 *
 * @example fingerprintOf([edits, resultsSheet]) === fnv1a(JSON.stringify([edits, resultsSheet]))
 * @example fingerprintOf(resultsSheet, ledger) === fnv1a(ledger + JSON.stringify(resultsSheet))
 * @example fingerprintOf(sheet, [{ text: 'x[1', from: 1, to: 3 }, { text: ',2]', from: 0, to: 3 }]) === fingerprintOf(sheet, '[1,2]')
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** How deep arrays and plain objects are walked before a subtree is stringified whole. */
const WALK_DEPTH = 4;

/** Part of a text: `text.slice(from, to)`, without the copy (a sliced string reads slower). */
export interface TextPiece {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export function fingerprintOf(value: unknown, prefix: string | readonly TextPiece[] = ''): string {
  let h = FNV_OFFSET | 0;
  // a prefix in pieces is hashed as the text they make joined
  if (typeof prefix === 'string') h = feed(h, prefix);
  else for (const p of prefix) h = feedRange(h, p.text, p.from, p.to);
  h = feedValue(h, value, WALK_DEPTH);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a of a text, for comparison: `fingerprintOf(v) === fnv1a(JSON.stringify(v))`. */
export function fnv1a(text: string): string {
  return (feed(FNV_OFFSET | 0, text) >>> 0).toString(16).padStart(8, '0');
}

/** Longer arrays are stringified a batch of elements per call: few native calls, short strings. */
const WALK_LENGTH = 16;
const BATCH = 512;

/** A whole text into the hash. */
function feed(h: number, text: string): number {
  return feedRange(h, text, 0, text.length);
}

/**
 * Part of a text into the hash. The hash goes in and out as a signed 32-bit integer (unsigned only
 * in the final text): an unsigned one past 2^31 is a double to V8, and the optimized loop was
 * dropped for it ("lost precision") on most calls. Always called with every argument, too: a
 * default parameter's branch without type feedback did the same.
 */
function feedRange(h: number, text: string, from: number, to: number): number {
  let x = h | 0;
  for (let i = from; i < to; i++) x = Math.imul(x ^ text.charCodeAt(i), FNV_PRIME);
  return x;
}

/** Values JSON.stringify leaves out of an object and writes as `null` in an array. */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (
    (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function'
  );
}

function feedValue(h: number, v: unknown, depth: number): number {
  if (depth > 0 && Array.isArray(v) && v.length > WALK_LENGTH) {
    // long lists (a sheet's ops) in batches: `[a,b]` then `[c,d]` → feed `[a,b` `,` `c,d]`,
    // the same text as `[a,b,c,d]`
    h = feed(h, '[');
    for (let i = 0; i < v.length; i += BATCH) {
      if (i > 0) h = feed(h, ',');
      const part = JSON.stringify(v.slice(i, i + BATCH));
      h = feedRange(h, part, 1, part.length - 1);
    }
    return feed(h, ']');
  }
  if (depth > 0 && Array.isArray(v)) {
    h = feed(h, '[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) h = feed(h, ',');
      const x: unknown = v[i];
      h = skipped(x) ? feed(h, 'null') : feedValue(h, x, depth - 1);
    }
    return feed(h, ']');
  }
  if (depth > 0 && isPlainObject(v)) {
    h = feed(h, '{');
    let first = true;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (skipped(x)) continue;
      if (!first) h = feed(h, ',');
      first = false;
      h = feed(h, JSON.stringify(key));
      h = feed(h, ':');
      h = feedValue(h, x, depth - 1);
    }
    return feed(h, '}');
  }
  return feed(h, JSON.stringify(v) ?? 'null');
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
