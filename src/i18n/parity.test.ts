import { cli as cliEn } from './cli.en';
import { cli as cliZh } from './cli.zh-CN';
import { cliMessages } from './cliMessages';
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

describe('the command line’s words', () => {
  it('have the same keys and placeholders in zh-CN and en, and none of the page catalog’s', () => {
    expect(Object.keys(cliEn).sort()).toEqual(Object.keys(cliZh).sort());
    for (const key of Object.keys(cliZh))
      expect([key, placeholders(cliEn[key])]).toEqual([key, placeholders(cliZh[key])]);
    expect(Object.keys(cliZh).filter((k) => k in catalog('zh-CN').labels)).toEqual([]);
  });

  it('reach the command line through cliMessages, the engine’s words too', () => {
    expect(cliMessages('zh-CN').label('cli.counts', { errors: 1, warnings: 2, infos: 3 })).toBe(
      '错误 1 · 警告 2 · 提示 3',
    );
    expect(cliMessages('en').label('cli.noTables')).toBe('no indicator or budget table found');
    expect(cliMessages('zh-CN').label('grade.excellent')).toBe(catalog('zh-CN').labels['grade.excellent']);
  });
});
