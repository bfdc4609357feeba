/**
 * Every test runs with all of zh-CN's words, as the CLI does: the add-in fetches the 决算 part on
 * demand, Node callers load it up front (`loadLocale`'s default).
 */
import { loadLocale } from '../../src/i18n';

beforeAll(async () => {
  await loadLocale('zh-CN');
});
