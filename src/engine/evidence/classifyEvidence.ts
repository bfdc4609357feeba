/**
 * How much a 评分依据 / 佐证材料 cell proves (domain.md, "Evidence"). Three levels:
 *   missing: nothing (blank, `—`, `/`, `无`, an Excel error) or `见附件` with no hyperlink;
 *   weak:    something a reviewer cannot ask to see: a generic frame (`按照…要求`), a restated
 *            target (`省下达指标`, `PM2.5浓度`), a measured statement (`满意度达 88%`), or a
 *            document noun with only generic qualifiers (`工作方案`, `中长期规划`, `单位管理制度`);
 *   ok:      an identifiable document: a hyperlink, a sheet/range reference, a document number,
 *            a title in 《》 or quotes, or a concrete evidence noun with a real qualifier
 *            (`单位成立批复文件`, `年度培训计划`, `满意度调查问卷`).
 * Checks run strongest first, so a cell mixing a title and a generic frame is ok.
 */
import { anyOf } from '../grid/regexWords';
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import { foldWidth, trimCell } from '../grid/numberText';
import { ERROR_LITERALS } from '../grid/valueLexicon';
import {
  ATTACHMENT_NUMBERING,
  ATTACHMENT_ONLY_PHRASES,
  DOC_NUMBER_CLOSE,
  DOC_NUMBER_MARK,
  DOC_NUMBER_OPEN,
  DOC_NUMBER_ORDINAL,
  DOC_NUMBER_YEAR,
  DOC_TITLE_LEAD,
  DOC_TITLE_SUFFIXES,
  EVIDENCE_HEAD_NOUNS,
  EVIDENCE_PLACEHOLDERS,
  EVIDENCE_SEGMENT_SEPARATOR,
  GENERIC_FRAME_ENDS,
  GENERIC_FRAME_LEADS,
  GENERIC_QUALIFIERS,
  MEASURE_VERBS,
  MIN_QUOTED_TITLE_LENGTH,
  SHEET_REFERENCE_NUMBERING,
  SHEET_REFERENCE_WORDS,
  TITLE_BRACKETS,
  TITLE_QUOTES,
  URL_PATTERN,
} from './evidenceLexicon';

export type EvidenceLevel = 'missing' | 'weak' | 'ok';

export type EvidenceReason =
  | 'blank'
  | 'placeholder'
  | 'error'
  | 'attachmentOnly'
  | 'generic'
  | 'measurement'
  | 'namedDocument'
  | 'documentNumber'
  | 'hyperlink'
  | 'sheetReference'
  | 'specific';

export interface EvidenceClass {
  readonly level: EvidenceLevel;
  readonly reason: EvidenceReason;
}

export interface EvidenceOptions {
  /** The cell's hyperlink target (URL or `#Sheet!A1`), if any. */
  readonly hyperlink?: string | null;
  /** Sheets of the workbook: naming one (two characters or more) counts as a sheet reference. */
  readonly sheetNames?: readonly string[];
}

/** A text taken literally inside a character class too (`[${inClass('〔[')}]`). */
const inClass = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const longestFirst = (words: readonly string[]): readonly string[] =>
  [...words].sort((a, b) => b.length - a.length);

const RANGE_REFERENCE =
  /(?:'[^']+'|[^\s!'"，,；;：:()（）《》]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/;
const NUMBERED_TABLE = new RegExp(`(?:${anyOf(SHEET_REFERENCE_WORDS)})\\s*${SHEET_REFERENCE_NUMBERING}`);
const DOC_NUMBER = new RegExp(
  `[${inClass(DOC_NUMBER_OPEN)}]\\s*(?:19|20)\\d{2}\\s*[${inClass(DOC_NUMBER_CLOSE)}]\\s*${DOC_NUMBER_ORDINAL}?\\s*\\d+\\s*${DOC_NUMBER_MARK}` +
    `|(?:19|20)\\d{2}\\s*${DOC_NUMBER_YEAR}\\s*${DOC_NUMBER_ORDINAL}\\s*\\d+\\s*${DOC_NUMBER_MARK}`,
);
const BRACKETED_TITLE = new RegExp(
  TITLE_BRACKETS.map(([o, c]) => `${inClass(o)}[^${inClass(c)}]+${inClass(c)}`).join('|'),
);
const QUOTED_TITLES = TITLE_QUOTES.map(
  ([o, c]) => new RegExp(`${inClass(o)}([^${inClass(c)}]+)${inClass(c)}`, 'g'),
);
const TITLE_SUFFIX = new RegExp(`(?:${anyOf(DOC_TITLE_SUFFIXES)})$`);
const UNQUOTED_TITLE = new RegExp(`${DOC_TITLE_LEAD}.{2,}(?:${anyOf(DOC_TITLE_SUFFIXES)})`);
const GENERIC_FRAME = new RegExp(`^(?:${anyOf(GENERIC_FRAME_LEADS)}).*(?:${anyOf(GENERIC_FRAME_ENDS)})$`);
const MEASUREMENT = new RegExp(`(?:${anyOf(MEASURE_VERBS)})\\s*[+-]?\\d|\\d\\s*[%‰]`);
const HEAD_NOUNS = longestFirst(EVIDENCE_HEAD_NOUNS);
const QUALIFIERS = longestFirst(GENERIC_QUALIFIERS);

function isQuotedTitle(text: string): boolean {
  return QUOTED_TITLES.some((re) =>
    [...text.matchAll(re)].some(([, inner = '']) => {
      const title = inner.trim();
      return (
        title.length >= MIN_QUOTED_TITLE_LENGTH &&
        (TITLE_SUFFIX.test(title) || title.startsWith(DOC_TITLE_LEAD))
      );
    }),
  );
}

function namesSheet(text: string, sheetNames: readonly string[]): boolean {
  return sheetNames.some((name) => name.trim().length >= 2 && text.includes(name.trim()));
}

/** A segment names concrete evidence when a head noun keeps a qualifier after generic words go. */
function isSpecificSegment(segment: string): boolean {
  if (GENERIC_FRAME.test(segment)) return false;
  const head = HEAD_NOUNS.find((noun) => segment.includes(noun));
  if (head === undefined) return false;
  const qualifier = QUALIFIERS.reduce((acc, word) => acc.split(word).join(''), segment.split(head).join(''));
  return /[\p{L}\p{N}]/u.test(qualifier);
}

function classifyText(raw: string, opts: EvidenceOptions): EvidenceClass {
  const text = foldWidth(trimCell(raw));
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { level: 'missing', reason: 'blank' };
  if (EVIDENCE_PLACEHOLDERS.has(compact.toUpperCase())) return { level: 'missing', reason: 'placeholder' };
  if (ERROR_LITERALS.has(compact.toUpperCase())) return { level: 'missing', reason: 'error' };
  if (URL_PATTERN.test(text)) return { level: 'ok', reason: 'hyperlink' };
  if (RANGE_REFERENCE.test(text) || NUMBERED_TABLE.test(compact) || namesSheet(text, opts.sheetNames ?? [])) {
    return { level: 'ok', reason: 'sheetReference' };
  }
  const bare = compact.replace(/[。.!！;；:：]+$/, '');
  if (
    ATTACHMENT_ONLY_PHRASES.has(bare) ||
    ATTACHMENT_ONLY_PHRASES.has(bare.replace(ATTACHMENT_NUMBERING, ''))
  ) {
    return { level: 'missing', reason: 'attachmentOnly' };
  }
  if (DOC_NUMBER.test(text)) return { level: 'ok', reason: 'documentNumber' };
  if (BRACKETED_TITLE.test(text) || isQuotedTitle(text) || UNQUOTED_TITLE.test(compact)) {
    return { level: 'ok', reason: 'namedDocument' };
  }
  const segments = text
    .split(EVIDENCE_SEGMENT_SEPARATOR)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s !== '');
  if (segments.some(isSpecificSegment)) return { level: 'ok', reason: 'specific' };
  if (MEASUREMENT.test(compact)) return { level: 'weak', reason: 'measurement' };
  return { level: 'weak', reason: 'generic' };
}

/**
 * Grades one evidence cell. Never throws.
 * @example classifyEvidence('苏环委办〔2016〕26 号') → { level: 'ok', reason: 'documentNumber' }
 * @example classifyEvidence('按照档案管理要求') → { level: 'weak', reason: 'generic' }
 * @example classifyEvidence('见附件') → { level: 'missing', reason: 'attachmentOnly' }
 */
export function classifyEvidence(text: CellValue, opts: EvidenceOptions = {}): EvidenceClass {
  // A link proves something is attached, whatever the cell says (`见附件` with a link is fine).
  if (typeof opts.hyperlink === 'string' && opts.hyperlink.trim() !== '')
    return { level: 'ok', reason: 'hyperlink' };
  if (text === null || text === undefined) return { level: 'missing', reason: 'blank' };
  if (typeof text === 'string') return classifyText(text, opts);
  if (isCellError(text)) return { level: 'missing', reason: 'error' };
  // A bare number or date names no document; TRUE/FALSE is a tick box, not evidence.
  if (typeof text === 'number') return { level: 'weak', reason: 'measurement' };
  return { level: 'weak', reason: 'generic' };
}
