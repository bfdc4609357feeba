/// <reference types="office-js" />
/**
 * Settings live in the workbook three times over: in the very hidden state sheet (what the engine
 * and the CLI read; the source of truth), in a custom XML part (ExcelApi 1.5, namespace
 * `urn:perf-eval:settings:v1`), and in `Office.context.document.settings` (keyed to the add-in's
 * id). Loading prefers the state sheet, then the XML part, then document settings.
 */
import type { SheetInput } from '../../engine/grid/types';
import { STATE_SHEET } from '../../engine/plan/names';
import { storedSettings } from '../../engine/plan/ledger';
import type { Settings } from '../../engine/settings';
import { writePart } from './engineParts';
import type { OfficeEnvironment } from './environment';
import type { WorkbookRead } from './readSheets';
import type { Session } from './session';
import { SheetBuilder, type Visibility } from './sheetBuilder';

export const SETTINGS_NAMESPACE = 'urn:perf-eval:settings:v1';
export const DOCUMENT_SETTINGS_KEY = 'perfEvalSettings';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** `<settings xmlns="urn:perf-eval:settings:v1"><json>{…}</json></settings>` */
export function settingsXml(settings: Partial<Settings>): string {
  return `<settings xmlns="${SETTINGS_NAMESPACE}" version="1"><json>${escapeXml(JSON.stringify(settings))}</json></settings>`;
}

export function parseSettingsXml(xml: string): Partial<Settings> | null {
  const m = /<json>([\s\S]*)<\/json>/.exec(xml);
  if (!m) return null;
  return parseJson(unescapeXml(m[1] ?? ''));
}

function parseJson(text: string): Partial<Settings> | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

/** `next` over `current`; header-row overrides merge per sheet, and a row ≤ 0 removes one. */
export function mergeSettings(current: Partial<Settings>, next: Partial<Settings>): Partial<Settings> {
  if (!next.headerRows) return { ...current, ...next };
  const rows: Record<string, number> = { ...(current.headerRows ?? {}), ...next.headerRows };
  for (const [k, v] of Object.entries(rows)) if (!(v > 0)) delete rows[k];
  return { ...current, ...next, headerRows: rows };
}

interface StoredState {
  readonly sheet: SheetInput | null;
  readonly visibility: Visibility | null;
  readonly workbookProtected: boolean;
  readonly parts: readonly Excel.CustomXmlPart[];
  readonly xml: string | null;
}

/** Two syncs: the state sheet and the XML parts, then their contents. */
async function readStored(session: Session): Promise<StoredState> {
  const { ctx, caps } = session;
  const ws = ctx.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  ws.load('visibility');
  ctx.workbook.protection.load('protected');
  const parts = caps.customXml ? ctx.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE) : null;
  parts?.load('items/id');
  await session.sync();
  const used = ws.isNullObject ? null : ws.getUsedRange(true);
  used?.load('values');
  const first = parts?.items[0];
  const xml = first ? first.getXml() : null;
  await session.sync();
  const values = (used?.values ?? null) as unknown[][] | null;
  return {
    sheet: values
      ? {
          name: STATE_SHEET,
          rows: values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? v : null))),
        }
      : null,
    visibility: ws.isNullObject ? null : ws.visibility,
    workbookProtected: ctx.workbook.protection.protected,
    parts: parts?.items ?? [],
    xml: xml?.value ?? null,
  };
}

export async function loadSettings(session: Session, env: OfficeEnvironment): Promise<Partial<Settings>> {
  const stored = await readStored(session);
  const fromSheet = stored.sheet ? storedSettings([stored.sheet]) : {};
  if (Object.keys(fromSheet).length > 0) return fromSheet;
  const fromXml = stored.xml !== null ? parseSettingsXml(stored.xml) : null;
  if (fromXml && Object.keys(fromXml).length > 0) return fromXml;
  const fromDoc: unknown = env.documentSettings?.get(DOCUMENT_SETTINGS_KEY);
  return (typeof fromDoc === 'string' ? parseJson(fromDoc) : null) ?? {};
}

/** Stores the settings (merged over the stored ones) in all three places; the ledger is kept. */
export async function saveSettings(
  session: Session,
  env: OfficeEnvironment,
  settings: Partial<Settings>,
): Promise<Partial<Settings>> {
  const [stored, { applyPlan, checkWritable, planSettings }] = await Promise.all([
    readStored(session),
    writePart(),
  ]);
  const current = stored.sheet ? storedSettings([stored.sheet]) : {};
  const next = mergeSettings(current, settings);
  const sheets: SheetInput[] = stored.sheet ? [stored.sheet] : [];
  const plan = planSettings(sheets, next);
  const builders =
    stored.sheet && stored.visibility ? [new SheetBuilder(STATE_SHEET, stored.visibility, false)] : [];
  const read: WorkbookRead = {
    sheets: builders,
    workbookProtected: stored.workbookProtected,
    worksheets: new Map(),
  };
  checkWritable(plan, read);
  for (const part of stored.parts) part.delete();
  if (session.caps.customXml) session.ctx.workbook.customXmlParts.add(settingsXml(next));
  await applyPlan(session, plan, read, { activate: false, sleep: env.sleep });
  const doc = env.documentSettings;
  if (doc) {
    doc.set(DOCUMENT_SETTINGS_KEY, JSON.stringify(next));
    await new Promise<void>((resolve) => doc.saveAsync(() => resolve()));
  }
  return next;
}
