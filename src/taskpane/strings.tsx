import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../engine/settings';
import { fill, type Params } from '../i18n/format';
import type { pane as enPane } from '../i18n/pane.en';
import { pane as zh, type PaneKey } from '../i18n/pane.zh-CN';

export type Translate = (key: PaneKey, params?: Params) => string;

/** The pane's English words: a chunk of their own, fetched only when someone reads English. */
let en: typeof enPane | undefined;

/** Makes the pane's words in `lang` available (zh-CN ships with the page). */
export async function loadPaneStrings(lang: Lang): Promise<void> {
  if (lang === 'en' && !en)
    en = (await import(/* webpackChunkName: "locale-en-pane" */ '../i18n/pane.en')).pane;
}

/** Whether `translator(lang)` speaks `lang` yet. */
export function paneStringsLoaded(lang: Lang): boolean {
  return lang !== 'en' || en !== undefined;
}

export function translator(lang: Lang): Translate {
  const table: Readonly<Record<PaneKey, string>> = (lang === 'en' ? en : undefined) ?? zh;
  return (key, params) => fill(table[key], params);
}

/**
 * The language the pane can show now: `lang` once its words are loaded (they are fetched on first
 * use, and the pane re-renders), zh-CN until then.
 */
export function useShownLang(lang: Lang): Lang {
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (paneStringsLoaded(lang)) return;
    let live = true;
    void loadPaneStrings(lang).then(
      () => live && setLoads((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return paneStringsLoaded(lang) ? lang : 'zh-CN';
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
