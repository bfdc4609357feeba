import { labels as en } from '../src/i18n/office.en';
import { labels as zh } from '../src/i18n/office.zh-CN';

const placeholders = (t: string | undefined): string[] =>
  [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('Office host texts', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh))
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  });

  it('are one sentence each (no line breaks), keyed office.*', () => {
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(key).toMatch(/^office\.\w+$/);
      expect(text).not.toMatch(/\n/);
    }
  });
});
