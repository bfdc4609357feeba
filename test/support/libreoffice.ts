/**
 * LibreOffice as an independent spreadsheet engine, headless: converts workbooks to one UTF-8 CSV
 * per sheet after recalculating every formula. Recalculation is forced by a throwaway user
 * profile with OOXMLRecalcMode = 0 ("always"): by default LibreOffice keeps the cached values it
 * finds in an .xlsx, which would only echo what we wrote.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** All sheets, UTF-8, comma-separated, values not "as shown" (percent cells keep a trailing %). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const candidate of [process.env.SOFFICE, 'soffice', 'libreoffice'].filter(Boolean) as string[]) {
    const r = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0 && /LibreOffice/i.test(r.stdout)) return candidate;
  }
  return null;
}

/** Sheet name → rows of CSV fields, for one converted workbook. */
export type SheetTexts = Map<string, string[][]>;

/** Workbooks per soffice run: one run over a few hundred files was seen to stop part-way, exit 0. */
const BATCH = 40;

/**
 * Recalculates and converts every workbook, a batch per soffice run; a workbook a batch left
 * without CSV is converted again on its own. Returns, per workbook path, its sheets as CSV fields.
 * Throws with soffice's output when a workbook still produced no CSV.
 */
export function recalculateToCsv(soffice: string, workbooks: readonly string[]): Map<string, SheetTexts> {
  const work = mkdtempSync(join(tmpdir(), 'perf-eval-lo-'));
  const profile = join(work, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = join(work, 'csv');
  mkdirSync(out);
  const convert = (batch: readonly string[]): string => {
    const r = spawnSync(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        out,
        ...batch,
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    return `exit ${r.status}: ${r.stderr || r.stdout}`;
  };
  const csvOf = (wb: string): SheetTexts => {
    const stem = basename(wb).replace(/\.xlsx$/i, '');
    const sheets: SheetTexts = new Map();
    for (const f of readdirSync(out)) {
      if (f.startsWith(`${stem}-`) && f.endsWith('.csv')) {
        sheets.set(f.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, f), 'utf8')));
      }
    }
    return sheets;
  };
  const result = new Map<string, SheetTexts>();
  for (let i = 0; i < workbooks.length; i += BATCH) {
    const batch = workbooks.slice(i, i + BATCH);
    convert(batch);
    for (const wb of batch) {
      let sheets = csvOf(wb);
      if (sheets.size === 0) {
        const why = convert([wb]);
        sheets = csvOf(wb);
        if (sheets.size === 0) throw new Error(`LibreOffice converted nothing for ${wb} (${why})`);
      }
      result.set(wb, sheets);
    }
  }
  return result;
}

/** RFC 4180 fields: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV field as a number: `98.5333333333333%` → 0.985333333333333; null when not numeric. */
export function csvNumber(text: string): number | null {
  const t = text.trim();
  // a date-formatted number comes out as a date: back to its serial (days since 1899-12-30)
  const date = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(t);
  if (date) {
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = date.slice(1).map((x) => Number(x ?? 0));
    return (Date.UTC(y, mo - 1, d, h, mi, s) - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  const percent = t.endsWith('%');
  const body = (percent ? t.slice(0, -1) : t).replace(/,/g, '');
  if (body === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(body)) return null;
  const n = Number(body);
  return percent ? n / 100 : n;
}

/** Same number as far as a 15-significant-digit engine can tell: 1e-9 relative, or equal at 15 digits. */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return true;
  return a.toPrecision(15) === b.toPrecision(15);
}
