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
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!options || a === '-' || !a.startsWith('-')) {
      inputs.push(a);
      continue;
    }
    if (a === '--') {
      options = false; // what follows are files, even `-名单.xlsx`
      continue;
    }
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, null];
    // `--out ""` (an unset variable in a script) is a missing value, not the current folder
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === null && v.startsWith('--')))
        throw new UsageError({ kind: 'needsValue', option: flag });
      return v;
    };
    const flagOnly = (): void => {
      if (inline !== null) throw new UsageError({ kind: 'noValueExpected', option: flag });
    };
    switch (flag) {
      case '--out':
        out = value();
        break;
      case '--json':
        json = value();
        break;
      case '--strict':
        flagOnly();
        strict = true;
        break;
      case '--lang': {
        const l = value();
        if (l !== 'zh-CN' && l !== 'en') throw new UsageError({ kind: 'badLang', value: l });
        lang = l;
        break;
      }
      case '--help':
      case '-h':
        flagOnly();
        help = true;
        break;
      default:
        throw new UsageError({ kind: 'unknownOption', option: a });
    }
  }
  if (!help && inputs.length === 0) throw new UsageError({ kind: 'noInput' });
  return { inputs, out, json, strict, lang, help };
}
