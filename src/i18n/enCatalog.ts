import * as budgetEn from './budget.en';
import * as en from './en';
import { explanations as ruleExplanationsEn } from './explanations.en';
import type { Catalog } from './index';
import * as officeEn from './office.en';

/** The English catalog: loaded on demand (`loadLocale('en')`), so the zh-CN pane does not ship it. */
export const enCatalog: Catalog = {
  findings: { ...en.findings, ...budgetEn.findings },
  labels: { ...en.labels, ...budgetEn.labels, ...officeEn.labels },
  explanations: { ...ruleExplanationsEn, ...en.explanations, ...budgetEn.explanations },
};
