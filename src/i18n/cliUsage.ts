/**
 * The command line's usage text and its complaints about the arguments, in the language of the
 * run (the words live beside the refusal words, outside the pane's bundle). The problems are typed
 * by the argument parser (src/cli/args.ts); a `--lang` that cannot be read speaks zh-CN.
 */
import type { Lang } from '../engine/settings';
import { cliUsage as en } from './cliUsage.en';
import { cliUsage as zh } from './cliUsage.zh-CN';

export type UsageProblem =
  | { readonly kind: 'needsValue'; readonly option: string }
  | { readonly kind: 'badLang'; readonly value: string }
  | { readonly kind: 'unknownOption'; readonly option: string }
  | { readonly kind: 'noValueExpected'; readonly option: string }
  | { readonly kind: 'noInput' }
  | { readonly kind: 'outFileManyInputs'; readonly out: string }
  | { readonly kind: 'jsonClash'; readonly path: string }
  | { readonly kind: 'jsonIsFolder'; readonly path: string };

export interface CliUsageCatalog {
  /** The whole `--help` text; its first line is the synopsis shown after a complaint. */
  readonly usage: string;
  readonly problem: {
    readonly [K in UsageProblem['kind']]: (p: Extract<UsageProblem, { kind: K }>) => string;
  };
}

const CATALOGS: Readonly<Record<Lang, CliUsageCatalog>> = { 'zh-CN': zh, en };

export function usageText(lang: Lang): string {
  return CATALOGS[lang].usage;
}

export function usageProblemText(lang: Lang, problem: UsageProblem): string {
  const render = CATALOGS[lang].problem[problem.kind] as (p: UsageProblem) => string;
  return render(problem);
}
