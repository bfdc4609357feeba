/**
 * Just enough SpreadsheetML to see what exceljs 4.4 cannot: internal hyperlinks stored as a bare
 * `location` (exceljs#920), notes on cells with no value (exceljs attaches a note only to a cell it
 * read), and each sheet's declared `<dimension>` (checked before exceljs builds the whole sheet).
 * Regex scanning is enough here: the parts are machine-written and we read a handful of elements.
 */
import { fromA1 } from '../../engine/grid/address';
import type { ZipArchive } from './zip';

/** What reading relationships and the sheet list needs: the text of a part (a zip, or parts in memory). */
export interface PartText {
  text(name: string): string | null;
}

/** Attributes of one start tag, unescaped; `r:id` keeps its prefix, other prefixes are dropped. */
export function parseAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const raw = m[1] ?? '';
    const key = raw.startsWith('r:') || !raw.includes(':') ? raw : raw.slice(raw.indexOf(':') + 1);
    out[key] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** Start tags (`<x:name …>` or `<name …/>`) of one element name, with their attributes. */
export function findTags(xml: string, name: string): { tag: string; attrs: Record<string, string> }[] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ tag: m[0], attrs: parseAttributes(m[0]) }));
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function readRelationships(zip: PartText, partPath: string): Relationship[] {
  const xml = zip.text(relsPathOf(partPath));
  if (xml === null) return [];
  return findTags(xml, 'Relationship').map(({ attrs }) => ({
    id: attrs.Id ?? '',
    type: attrs.Type ?? '',
    target: attrs.Target ?? '',
    external: attrs.TargetMode === 'External',
  }));
}

/** Resolves a relationship target against the part that owns it. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

/** Worksheets of the package in workbook order, with the path of their XML part. */
export function worksheetParts(zip: PartText): SheetPart[] {
  const workbookXml = zip.text('xl/workbook.xml');
  if (workbookXml === null) return [];
  const rels = new Map(readRelationships(zip, 'xl/workbook.xml').map((r) => [r.id, r]));
  const out: SheetPart[] = [];
  for (const { attrs } of findTags(workbookXml, 'sheet')) {
    const rel = rels.get(attrs['r:id'] ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    out.push({ name: attrs.name ?? '', path: resolvePartPath('xl/workbook.xml', rel.target) });
  }
  return out;
}

/** Cells of the declared `<dimension ref="A1:I42">`, or null when the sheet declares none. */
export function declaredCellCount(zip: ZipArchive, sheetPath: string): number | null {
  const head = zip.head(sheetPath, 8192);
  if (head === null) return null;
  const ref = findTags(head, 'dimension')[0]?.attrs.ref;
  if (ref === undefined) return null;
  const [from, to] = ref.split(':');
  const a = fromA1(from ?? '');
  const b = fromA1(to ?? from ?? '');
  if (!a || !b) return null;
  return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
}

/** Internal links written as `<hyperlink ref location>` with no relationship: A1 → `Sheet!A1`. */
export function locationOnlyLinks(zip: ZipArchive, sheetPath: string): Map<string, string> {
  const out = new Map<string, string>();
  const xml = zip.text(sheetPath);
  if (xml === null) return out;
  for (const { attrs } of findTags(xml, 'hyperlink')) {
    if (attrs['r:id'] !== undefined || !attrs.location || !attrs.ref) continue;
    out.set(attrs.ref.split(':')[0] ?? attrs.ref, attrs.location);
  }
  return out;
}

/** Every note of a sheet as plain text (runs concatenated, phonetic guides dropped). */
export function sheetNotes(zip: ZipArchive, sheetPath: string): Map<string, string> {
  const out = new Map<string, string>();
  const rel = readRelationships(zip, sheetPath).find((r) => r.type.endsWith('/comments'));
  if (!rel) return out;
  const xml = zip.text(resolvePartPath(sheetPath, rel.target));
  if (xml === null) return out;
  const re = /<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g;
  for (const m of xml.matchAll(re)) {
    const ref = parseAttributes(m[1] ?? '').ref;
    if (!ref) continue;
    const body = (m[2] ?? '').replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
    const texts = [...body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/(?:\w+:)?t>/g)];
    out.set(ref, texts.map((t) => unescapeXml(t[1] ?? '')).join(''));
  }
  return out;
}
