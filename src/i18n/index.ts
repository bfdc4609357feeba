import type { Finding } from '../engine/findings/types';
import type { Explanation, Messages } from '../engine/messages';
import type { Lang } from '../engine/settings';
import * as budgetZh from './budget.zh-CN';
import * as officeZh from './office.zh-CN';
import { explanations as ruleExplanationsZh } from './explanations.zh-CN';
import { fill, type Template } from './format';
import * as zh from './zh-CN';

export interface Catalog {
  readonly findings: Readonly<Record<string, Template>>;
  readonly labels: Readonly<Record<string, Template>>;
  readonly explanations: Readonly<Record<string, Template>>;
}

const ZH_CN: Catalog = {
  findings: { ...zh.findings, ...budgetZh.findings },
  labels: { ...zh.labels, ...budgetZh.labels, ...officeZh.labels },
  explanations: { ...ruleExplanationsZh, ...zh.explanations, ...budgetZh.explanations },
};

const CATALOGS: Partial<Record<Lang, Catalog>> = { 'zh-CN': ZH_CN };

/**
 * Makes a locale available to `createMessages`. zh-CN is always there; en is a separate chunk in
 * the add-in, fetched only when someone chooses English.
 */
export async function loadLocale(lang: Lang): Promise<void> {
  if (CATALOGS[lang]) return;
  const { enCatalog } = await import(/* webpackChunkName: "locale-en" */ './enCatalog');
  CATALOGS.en = enCatalog;
}

/** A loaded catalog, for parity tests (zh-CN until `loadLocale` ran for the other). */
export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang] ?? ZH_CN;
}

/**
 * Words for the engine's findings, explanations and labels. zh-CN is primary; a key missing in
 * a locale falls back to zh-CN, then shows the key itself (never an empty cell).
 */
export function createMessages(lang: Lang = 'zh-CN'): Messages {
  // A locale not loaded yet falls back to zh-CN wording rather than failing the run.
  const primary = CATALOGS[lang] ?? ZH_CN;
  const fallback = ZH_CN;
  const pick = (part: keyof Catalog, key: string): Template =>
    primary[part][key] ?? fallback[part][key] ?? key;
  // Object.assign rather than a spread: see withParams in engine/rules/explain.ts
  const explain = (e: Explanation): string =>
    fill(
      pick('explanations', e.key),
      e.cause ? Object.assign({}, e.params, { cause: explain(e.cause) }) : e.params,
    );
  return {
    lang,
    finding: (f: Finding) => fill(pick('findings', f.code), f.params),
    explanation: explain,
    label: (key, params) => fill(pick('labels', key), params ?? {}),
  };
}

/** `自评表!H19：message`, the form used wherever a finding stands alone. */
export function findingWithCell(messages: Messages, f: Finding): string {
  return `${f.sheet}!${f.cell}${messages.lang === 'en' ? ': ' : '：'}${messages.finding(f)}`;
}
