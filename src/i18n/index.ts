import type { Finding } from '../engine/findings/types';
import type { Explanation, Messages } from '../engine/messages';
import type { Lang } from '../engine/settings';
import * as budgetEn from './budget.en';
import * as budgetZh from './budget.zh-CN';
import * as en from './en';
import * as officeEn from './office.en';
import * as officeZh from './office.zh-CN';
import { explanations as ruleExplanationsEn } from './explanations.en';
import { explanations as ruleExplanationsZh } from './explanations.zh-CN';
import { fill, type Template } from './format';
import * as zh from './zh-CN';

interface Catalog {
  readonly findings: Readonly<Record<string, Template>>;
  readonly labels: Readonly<Record<string, Template>>;
  readonly explanations: Readonly<Record<string, Template>>;
}

const CATALOGS: Record<Lang, Catalog> = {
  'zh-CN': {
    findings: { ...zh.findings, ...budgetZh.findings },
    labels: { ...zh.labels, ...zh.cli, ...budgetZh.labels, ...officeZh.labels },
    explanations: { ...ruleExplanationsZh, ...zh.explanations, ...budgetZh.explanations },
  },
  en: {
    findings: { ...en.findings, ...budgetEn.findings },
    labels: { ...en.labels, ...en.cli, ...budgetEn.labels, ...officeEn.labels },
    explanations: { ...ruleExplanationsEn, ...en.explanations, ...budgetEn.explanations },
  },
};

/** The catalogs, for parity tests. */
export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/**
 * Words for the engine's findings, explanations and labels. zh-CN is primary; a key missing in
 * a locale falls back to zh-CN, then shows the key itself (never an empty cell).
 */
export function createMessages(lang: Lang = 'zh-CN'): Messages {
  const primary = CATALOGS[lang];
  const fallback = CATALOGS['zh-CN'];
  const pick = (part: keyof Catalog, key: string): Template =>
    primary[part][key] ?? fallback[part][key] ?? key;
  const explain = (e: Explanation): string =>
    fill(pick('explanations', e.key), e.cause ? { ...e.params, cause: explain(e.cause) } : e.params);
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
