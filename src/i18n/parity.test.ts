import { catalog, loadLocale } from './index';

const placeholders = (t: unknown): string[] =>
  typeof t === 'string' ? [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort() : [];

describe('zh-CN and en catalogs', () => {
  beforeAll(async () => {
    await loadLocale('en');
  });
  for (const part of ['findings', 'labels', 'explanations'] as const) {
    it(`have the same ${part} keys`, () => {
      expect(Object.keys(catalog('en')[part]).sort()).toEqual(Object.keys(catalog('zh-CN')[part]).sort());
    });
    it(`use the same placeholders in every ${part} entry`, () => {
      const zh = catalog('zh-CN')[part];
      const en = catalog('en')[part];
      for (const key of Object.keys(zh))
        expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
    });
  }
});
