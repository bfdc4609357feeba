import { defaultLang, themeKind } from './environment';

describe('themeKind', () => {
  it('uses isDarkTheme where Office has it', () => {
    expect(themeKind({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' })).toBe('dark');
    expect(themeKind({ isDarkTheme: false })).toBe('light');
  });

  it('falls back to the body background luminance', () => {
    expect(themeKind({ bodyBackgroundColor: '#1f1f1f' })).toBe('dark');
    expect(themeKind({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeKind({ bodyBackgroundColor: '#ffffff' })).toBe('light');
    expect(themeKind({ bodyBackgroundColor: '#e6e6e6' })).toBe('light');
  });

  it('is light when Office says nothing', () => {
    expect(themeKind(undefined)).toBe('light');
    expect(themeKind({ bodyBackgroundColor: 'transparent' })).toBe('light');
  });
});

describe('defaultLang', () => {
  it('is zh-CN first, English only for an English Office', () => {
    expect(defaultLang('zh-CN')).toBe('zh-CN');
    expect(defaultLang('fr-FR')).toBe('zh-CN');
    expect(defaultLang(undefined)).toBe('zh-CN');
    expect(defaultLang('en-US')).toBe('en');
  });
});
