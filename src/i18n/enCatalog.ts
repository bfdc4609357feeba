import * as en from './en';
import { explanations as ruleExplanationsEn } from './explanations.en';
import type { Catalog } from './index';
import * as officeEn from './office.en';

/**
 * The English catalog: loaded on demand (`loadLocale('en')`), so the zh-CN pane does not ship it.
 * Its 决算 words (budget.en.ts) are a chunk of their own, loaded with the 决算 part.
 */
export const enCatalog: Catalog = {
  findings: { ...en.findings },
  labels: { ...en.labels, ...officeEn.labels },
  explanations: { ...ruleExplanationsEn, ...en.explanations },
};
