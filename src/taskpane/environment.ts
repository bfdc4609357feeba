import type { Lang } from '../engine/settings';

export type ThemeKind = 'light' | 'dark';

/** The part of `Office.context.officeTheme` the pane reads (absent on some platforms). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/**
 * Light or dark, following Office: `isDarkTheme` where the platform has it, otherwise the
 * relative luminance of the body background (`#1f1f1f` is dark, `#ffffff` light).
 */
export function themeKind(theme: OfficeThemeLike | undefined | null): ThemeKind {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
}

/** The pane's language before the workbook says otherwise: zh-CN unless Office runs in English. */
export function defaultLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'zh-CN';
}
