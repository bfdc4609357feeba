/**
 * Serialises an exceljs workbook the way Excel and WPS expect. exceljs 4.4 writes an internal link
 * (`#Sheet!A1`) as an *external* relationship plus a `location`, which Excel opens as
 * `#Sheet!A1##Sheet!A1` and WPS not at all (exceljs#3027); we rewrite those to the standard form,
 * a bare `location` with no relationship. The package is re-zipped with fixed timestamps, so the
 * same workbook always gives the same bytes.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { describeThrown, WorkbookWriteError } from './errors';
import { escapeXml, findTags, parseAttributes, readRelationships, relsPathOf, worksheetParts } from './ooxml';
import { writeZip, ZipArchive, type ZipFile } from './zip';

/** The workbook as .xlsx bytes, internal links in standard form. */
export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return fixInternalLinks(ZipArchive.open(raw));
}

/** Writes to a temporary file beside `path`, then renames: a failed write leaves no half file. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = await workbookToBuffer(wb);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new WorkbookWriteError('unwritable', path, (e as NodeJS.ErrnoException).code ?? describeThrown(e));
  }
}

/** Rewrites every hyperlink whose relationship target starts with `#` into `location="…"`. */
export function fixInternalLinks(zip: ZipArchive): Buffer {
  const replaced = new Map<string, string>();
  for (const part of worksheetParts(zip)) {
    const internal = new Map(
      readRelationships(zip, part.path)
        .filter((r) => r.type.endsWith('/hyperlink') && r.target.startsWith('#'))
        .map((r) => [r.id, r.target.slice(1)]),
    );
    const sheetXml = zip.text(part.path);
    if (internal.size === 0 || sheetXml === null) continue;
    // One pass over the part: replacing tag by tag in the whole text was quadratic, minutes for
    // a results sheet with tens of thousands of links.
    const xml = sheetXml.replace(/<(?:\w+:)?hyperlink\b[^>]*>/g, (tag) => {
      const location = internal.get(parseAttributes(tag)['r:id'] ?? '');
      if (location === undefined) return tag;
      return tag
        .replace(/\s(?:r:id|location)\s*=\s*(?:"[^"]*"|'[^']*')/g, '')
        .replace(/\s*(\/?)>$/, (_end, slash: string) => ` location="${escapeXml(location)}"${slash}>`);
    });
    replaced.set(part.path, xml);
    const relsPath = relsPathOf(part.path);
    const relsXml = zip.text(relsPath) ?? '';
    replaced.set(
      relsPath,
      relsXml.replace(/<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g, (rel) =>
        internal.has(findTags(rel, 'Relationship')[0]?.attrs.Id ?? '') ? '' : rel,
      ),
    );
  }
  const files: ZipFile[] = zip.names().map((name) => {
    const text = replaced.get(name);
    return {
      name,
      data: text !== undefined ? Buffer.from(text, 'utf8') : (zip.read(name) ?? Buffer.alloc(0)),
    };
  });
  return writeZip(files);
}
