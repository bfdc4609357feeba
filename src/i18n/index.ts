import type { Finding } from '../engine/findings/types';
import type { Explanation, Messages } from '../engine/messages';
import type { Lang } from '../engine/settings';
import * as officeZh from './office.zh-CN';
import { explanations as ruleExplanationsZh } from './explanations.zh-CN';
import { fill, type Template } from './format';
import * as zh from './zh-CN';

export interface Catalog {
  readonly findings: Readonly<Record<string, Template>>;
  readonly labels: Readonly<Record<string, Template>>;
  readonly explanations: Readonly<Record<string, Template>>;
}

/** zh-CN's words; the 决算 part joins them when `loadLocale` brings it (see below). */
const ZH_CN: Words = {
  findings: { ...zh.findings },
  labels: { ...zh.labels, ...officeZh.labels },
  explanations: { ...ruleExplanationsZh, ...zh.explanations },
};

type Words = { readonly [P in keyof Catalog]: Record<string, Template> };

const CATALOGS: Partial<Record<Lang, Words>> = { 'zh-CN': ZH_CN };

/** Each language's 决算 words, once loaded (or loading). */
const budgetWords: Partial<Record<Lang, Promise<void>>> = {};

/** The parts of a language's words to load: the 决算 words matter only to workbooks with 决算 tables. */
export interface WordParts {
  readonly budget?: boolean;
}

/**
 * Makes a locale's words available to `createMessages`: zh-CN's core words are always there; the
 * English catalog and zh-CN's 决算 words are separate chunks in the add-in, fetched from the page's
 * origin when first needed (English when someone chooses it, 决算 when a workbook has such tables).
 * Node callers (the CLI, scripts, tests) load everything, the default.
 */
export async function loadLocale(lang: Lang, parts: WordParts = { budget: true }): Promise<void> {
  if (!CATALOGS[lang]) {
    const { enCatalog } = await import(/* webpackChunkName: "locale-en" */ './enCatalog');
    CATALOGS.en = {
      findings: { ...enCatalog.findings },
      labels: { ...enCatalog.labels },
      explanations: { ...enCatalog.explanations },
    };
  }
  if (parts.budget === false) return;
  // zh-CN's are the fallback of every language's, so they come first
  await loadBudgetWords('zh-CN');
  if (lang !== 'zh-CN') await loadBudgetWords(lang);
}

function loadBudgetWords(lang: Lang): Promise<void> {
  // zh-CN's: the same chunk as the engine's 决算 part (adapters/office/budgetPart.ts), one fetch
  budgetWords[lang] ??= (
    lang === 'zh-CN'
      ? import(/* webpackChunkName: "budget" */ './budget.zh-CN')
      : import(/* webpackChunkName: "budget-en" */ './budget.en')
  ).then((part) => {
    const into = CATALOGS[lang]!;
    Object.assign(into.findings, part.findings);
    Object.assign(into.labels, part.labels);
    Object.assign(into.explanations, part.explanations);
  });
  return budgetWords[lang];
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
  const explain = (e: Explanation): string => {
    const text = fill(
      pick('explanations', e.key),
      e.cause ? Object.assign({}, e.params, { cause: explain(e.cause) }) : e.params,
    );
    // a rule read from the note under the table says where (indicators/noteRules.ts)
    const note = e.params.ruleNote;
    return typeof note === 'string' ? text + fill(pick('labels', 'rule.fromNote'), { note }) : text;
  };
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
