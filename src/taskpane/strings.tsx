import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../engine/settings';
import { fill, type Params } from '../i18n/format';
import { pane as en } from '../i18n/pane.en';
import { pane as zh, type PaneKey } from '../i18n/pane.zh-CN';

export type Translate = (key: PaneKey, params?: Params) => string;

const TABLES: Record<Lang, Readonly<Record<PaneKey, string>>> = { 'zh-CN': zh, en };

export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => fill(table[key], params);
}

const StringsContext = createContext<{ lang: Lang; t: Translate }>({ lang: 'zh-CN', t: translator('zh-CN') });

export function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }): JSX.Element {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}

/** The pane's words in the current language: `const { t } = useStrings(); t('compute.button')`. */
export function useStrings(): { lang: Lang; t: Translate } {
  return useContext(StringsContext);
}
