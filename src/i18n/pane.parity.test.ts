import { pane as en } from './pane.en';
import { pane as zh } from './pane.zh-CN';

const placeholders = (t: string): string[] => [...t.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]!).sort();

describe('task-pane strings', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[])
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  });

  it('have no empty text', () => {
    for (const table of [zh, en]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });
});
