import { cellText, type CellValue } from '../grid/types';
import { WHOLE_HEADER_ALIASES } from './headerLexicon';

/**
 * Header text as compared with aliases: no whitespace, no bracketed unit or note
 * (`权重（分）`, `分值(10)`), full-width letters folded, `*` markers dropped.
 */
export function headerKey(v: CellValue): string {
  // Numbers, booleans and plain text need no folding: most cells of a sheet take this path.
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string' && isPlainKey(v)) return v;
  return cellText(v)
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[*＊:：]/g, '');
}

/**
 * True when `headerKey` would return the text unchanged: every character is printable ASCII or
 * a CJK ideograph or one of a few CJK marks, none of which NFKC changes or composes, with no
 * whitespace, bracket, `*` or `:`.
 */
function isPlainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c > 0x20 && c < 0x7f) {
      // ( ) * : [ ]
      if (c === 0x28 || c === 0x29 || c === 0x2a || c === 0x3a || c === 0x5b || c === 0x5d) return false;
      continue;
    }
    if (!PLAIN_MARKS.has(c)) return false;
  }
  return true;
}

/** 、 。 ‘ ’ “ ” — × ÷ ≤ ≥: no compatibility mapping, never combined with what follows. */
const PLAIN_MARKS: ReadonlySet<number> = new Set([
  0x3001, 0x3002, 0x2018, 0x2019, 0x201c, 0x201d, 0x2014, 0x00d7, 0x00f7, 0x2264, 0x2265,
]);

interface AliasIndex<R extends string> {
  /** Aliases by their first character, in lexicon order (role order, then alias order). */
  readonly byFirst: ReadonlyMap<string, readonly { readonly role: R; readonly alias: string }[]>;
  /** The first UTF-16 units of the aliases: tested without making a one-character string. */
  readonly firstUnits: ReadonlySet<number>;
  /** Whether an alias can start like a number's text (a digit, `-`, `I`nfinity, `N`aN). */
  readonly numberLike: boolean;
  /** A key longer than this matches nothing (exact, or prefix with at most 4 more characters). */
  readonly maxKeyLength: number;
}

const indexes = new WeakMap<object, AliasIndex<string>>();
/**
 * The last lexicon asked for and its index: header scans ask for the same one cell after cell. Two
 * variables, not a pair object: scans alternating between two lexicons made one per cell.
 */
let lastAliases: object | undefined;
let lastIndex: AliasIndex<string> | undefined;

function aliasIndex<R extends string>(aliases: Readonly<Record<R, readonly string[]>>): AliasIndex<R> {
  if (lastAliases === aliases) return lastIndex as AliasIndex<R>;
  const cached = indexes.get(aliases) as AliasIndex<R> | undefined;
  if (cached) {
    lastAliases = aliases;
    lastIndex = cached;
    return cached;
  }
  const byFirst = new Map<string, { role: R; alias: string }[]>();
  let longest = 0;
  for (const role of Object.keys(aliases) as R[]) {
    for (const alias of aliases[role]) {
      longest = Math.max(longest, alias.length);
      const first = alias.charAt(0);
      const list = byFirst.get(first);
      if (list) list.push({ role, alias });
      else byFirst.set(first, [{ role, alias }]);
    }
  }
  const firstUnits = new Set([...byFirst.keys()].map((k) => k.charCodeAt(0)));
  const numberLike = [...'0123456789-IN'].some((c) => byFirst.has(c));
  const index: AliasIndex<R> = { byFirst, firstUnits, numberLike, maxKeyLength: longest + 4 };
  // Lexicons are module constants; an object literal made per call is indexed per call.
  indexes.set(aliases, index);
  lastAliases = aliases;
  lastIndex = index;
  return index;
}

/**
 * The role whose alias matches `key` best: an exact alias first, then the longest alias the key
 * starts with (`得分情况` → 得分). Returns undefined when nothing matches.
 */
export function matchRole<R extends string>(
  key: string,
  aliases: Readonly<Record<R, readonly string[]>>,
): R | undefined {
  return matchKey(key, aliasIndex(aliases));
}

function matchKey<R extends string>(key: string, index: AliasIndex<R>): R | undefined {
  if (key === '') return undefined;
  const role = key.length > index.maxKeyLength ? undefined : matchAlias(key, index);
  return role ?? (JOINED.test(key) ? joinedRole(key, index) : undefined);
}

/**
 * `评分依据/佐证材料`, `佐证材料、评分依据`: one column headed by two names of one role. A 指标解释 beside
 * another name (`指标解释/评分标准`, hunt84) says what the column also explains: the other role.
 */
const JOINED = /[/、]/u;
const EXPLAINS = 'description';

function joinedRole<R extends string>(key: string, index: AliasIndex<R>): R | undefined {
  const roles = new Set(key.split(JOINED).map((part) => (part === '' ? undefined : matchAlias(part, index))));
  if (roles.size === 2 && roles.has(EXPLAINS as R)) roles.delete(EXPLAINS as R);
  const [only] = roles;
  return roles.size === 1 ? only : undefined;
}

function matchAlias<R extends string>(key: string, index: AliasIndex<R>): R | undefined {
  if (key.length > index.maxKeyLength) return undefined;
  // Only aliases sharing the key's first character can equal it or be a prefix of it.
  const candidates = index.byFirst.get(key.charAt(0));
  if (!candidates) return undefined;
  let best: { role: R; len: number } | undefined;
  for (const { role, alias } of candidates) {
    if (key === alias) return role;
    const prefix =
      key.startsWith(alias) && key.length <= alias.length + 4 && !WHOLE_HEADER_ALIASES.has(alias);
    if (prefix && (!best || alias.length > best.len)) {
      best = { role, len: alias.length };
    }
  }
  return best?.role;
}

/**
 * `matchRole(headerKey(v), aliases)`, skipping the folding for text that cannot match: a cell
 * whose first character is a CJK ideograph keeps it as the key's first character, so when no
 * alias starts with it the answer is undefined.
 */
export function matchCellRole<R extends string>(
  v: CellValue,
  aliases: Readonly<Record<R, readonly string[]>>,
): R | undefined {
  return matchCell(v, aliasIndex(aliases));
}

/**
 * `matchCellRole` with the lexicon's index looked up once: a header scan asks it of every cell of
 * the sheet.
 */
export function cellRoleMatcher<R extends string>(
  aliases: Readonly<Record<R, readonly string[]>>,
): (v: CellValue) => R | undefined {
  const index = aliasIndex(aliases);
  return (v) => matchCell(v, index);
}

function matchCell<R extends string>(v: CellValue, index: AliasIndex<R>): R | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') {
    // Most cells of a long table are numbers: the key's first character is a digit or a sign.
    return index.numberLike ? matchKey(String(v), index) : undefined;
  }
  if (typeof v === 'string') {
    let i = 0;
    while (i < v.length && isSpace(v.charCodeAt(i))) i++;
    const c = v.charCodeAt(i);
    if (keepsFirst(c) && !index.firstUnits.has(c)) return undefined;
  }
  return matchKey(headerKey(v), index);
}

/**
 * A first character `headerKey` keeps as the key's first: a CJK ideograph, printable ASCII other
 * than the brackets, `*` and `:` it drops, or one of the marks NFKC leaves alone (≥ starts most
 * targets and many rule texts).
 */
function keepsFirst(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (PLAIN_MARKS.has(c)) return true;
  return (
    c > 0x20 && c < 0x7f && c !== 0x28 && c !== 0x29 && c !== 0x2a && c !== 0x3a && c !== 0x5b && c !== 0x5d
  );
}

/** Characters `String.prototype.trim` removes that can start a cell (the common ones; others fall through). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
}
