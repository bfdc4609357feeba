import type { Lang } from '../engine/settings';
import type { UsageProblem } from '../i18n/cliUsage';

export interface CliArgs {
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly json: string | null;
  readonly strict: boolean;
  /** `--lang`; null when not given: each workbook then speaks the language stored in it. */
  readonly lang: Lang | null;
  readonly help: boolean;
}

/** Arguments the scorer cannot run with; worded by src/i18n/cliUsage.ts in the run's language. */
export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.kind);
  }
}

/** The language to complain in: the last readable `--lang`, else zh-CN (the parse may have failed before it). */
export function usageLang(argv: readonly string[]): Lang {
  let lang: Lang = 'zh-CN';
  argv.forEach((a, i) => {
    const v = a.startsWith('--lang=') ? a.slice('--lang='.length) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'zh-CN' || v === 'en') lang = v;
  });
  return lang;
}

/**
 * `score <file.xlsx|folder>... [--out FILE|DIR] [--json FILE] [--strict] [--lang zh-CN|en]`
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const inputs: string[] = [];
  let out: string | null = null;
  let json: string | null = null;
  let strict = false;
  let lang: Lang | null = null;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError({ kind: 'needsValue', option: a });
      return v;
    };
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, null];
    switch (flag) {
      case '--out':
        out = inline ?? value();
        break;
      case '--json':
        json = inline ?? value();
        break;
      case '--strict':
        strict = true;
        break;
      case '--lang': {
        const l = inline ?? value();
        if (l !== 'zh-CN' && l !== 'en') throw new UsageError({ kind: 'badLang', value: l });
        lang = l;
        break;
      }
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (a.startsWith('-')) throw new UsageError({ kind: 'unknownOption', option: a });
        inputs.push(a);
    }
  }
  if (!help && inputs.length === 0) throw new UsageError({ kind: 'noInput' });
  return { inputs, out, json, strict, lang, help };
}
