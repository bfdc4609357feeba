/**
 * Serialises an exceljs workbook the way Excel and WPS expect. exceljs 4.4 writes an internal link
 * (`#Sheet!A1`) as an *external* relationship plus a `location`, which Excel opens as
 * `#Sheet!A1##Sheet!A1` and WPS not at all (exceljs#3027); we rewrite those to the standard form,
 * a bare `location` with no relationship. The package is zipped here, natively and with fixed
 * timestamps, so the same workbook always gives the same bytes.
 */
import { rmSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { systemCode, WorkbookWriteError } from './errors';
import { escapeXml, findTags, parseAttributes, readRelationships, relsPathOf, worksheetParts } from './ooxml';
import { renderParts, type PackageParts } from './renderParts';
import { writeZip } from './zip';

/**
 * The workbook as .xlsx bytes, internal links in standard form. The parts exceljs renders are
 * zipped once, natively (renderParts): exceljs's own zip step deflates in JavaScript and copies
 * the package several times.
 */
export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const parts = await renderParts(wb, { compressAhead: true });
  fixInternalLinks(parts);
  return writeZip(await parts.zipFiles());
}

/**
 * Writes to a temporary file beside `path`, then renames: a failed write leaves no half file. The
 * temporary name is short, so that any name the file system allows for `path` can be written.
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = await workbookToBuffer(wb);
  const temp = join(dirname(path), `.score-${process.pid}.tmp`);
  inFlight.add(temp);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new WorkbookWriteError('unwritable', path, systemCode(e));
  } finally {
    inFlight.delete(temp);
  }
}

/** Temporary files being written now. */
const inFlight = new Set<string>();

/** Removes the temporary files of writes under way, for a process that must stop at once. */
export function removeTemporaryFiles(): void {
  for (const temp of inFlight) rmSync(temp, { force: true });
}

/** Rewrites every hyperlink whose relationship target starts with `#` into `location="…"`. */
export function fixInternalLinks(parts: PackageParts): void {
  for (const part of worksheetParts(parts)) {
    const internal = new Map(
      readRelationships(parts, part.path)
        .filter((r) => r.type.endsWith('/hyperlink') && r.target.startsWith('#'))
        .map((r) => [r.id, r.target.slice(1)]),
    );
    if (internal.size === 0) continue;
    const sheetXml = parts.text(part.path);
    if (sheetXml === null) continue;
    // One pass over the part's <hyperlinks> element (replacing tag by tag in the whole text was
    // quadratic, minutes for a results sheet with tens of thousands of links; scanning all of a
    // large sheet for them, tens of milliseconds).
    const [from, to] = hyperlinksSpan(sheetXml);
    const links = sheetXml.slice(from, to).replace(/<(?:\w+:)?hyperlink\b[^>]*>/g, (tag) => {
      const location = internal.get(parseAttributes(tag)['r:id'] ?? '');
      if (location === undefined) return tag;
      return tag
        .replace(/\s(?:r:id|location)\s*=\s*(?:"[^"]*"|'[^']*')/g, '')
        .replace(/\s*(\/?)>$/, (_end, slash: string) => ` location="${escapeXml(location)}"${slash}>`);
    });
    parts.set(part.path, sheetXml.slice(0, from) + links + sheetXml.slice(to));
    const relsPath = relsPathOf(part.path);
    const relsXml = parts.text(relsPath) ?? '';
    parts.set(
      relsPath,
      relsXml.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (rel) =>
        internal.has(findTags(rel, 'Relationship')[0]?.attrs.Id ?? '') ? '' : rel,
      ),
    );
  }
}

/** Where a sheet's `<hyperlinks>` element starts and ends; the whole text when it has none or a prefix. */
function hyperlinksSpan(xml: string): [number, number] {
  const from = xml.indexOf('<hyperlinks>');
  const to = from < 0 ? -1 : xml.indexOf('</hyperlinks>', from);
  return to < 0 ? [0, xml.length] : [from, to];
}
