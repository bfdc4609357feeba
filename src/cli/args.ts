import type { Lang } from '../engine/settings';

export interface CliArgs {
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly json: string | null;
  readonly strict: boolean;
  readonly lang: Lang;
  readonly help: boolean;
}

export class UsageError extends Error {}

/**
 * `score <file.xlsx|folder>... [--out FILE|DIR] [--json FILE] [--strict] [--lang zh-CN|en]`
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const inputs: string[] = [];
  let out: string | null = null;
  let json: string | null = null;
  let strict = false;
  let lang: Lang = 'zh-CN';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
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
        if (l !== 'zh-CN' && l !== 'en') throw new UsageError(`--lang takes zh-CN or en, not ${l}`);
        lang = l;
        break;
      }
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        inputs.push(a);
    }
  }
  if (!help && inputs.length === 0) throw new UsageError('no input: give one or more .xlsx files or folders');
  return { inputs, out, json, strict, lang, help };
}

export const USAGE = `Usage: npm run score -- <file.xlsx|folder>... [--out FILE|DIR] [--json FILE] [--strict] [--lang zh-CN|en]

  Scores every indicator table and checks every budget table in each workbook, and writes
  <name>.scored.xlsx beside each input (or into --out). The input file is never modified.

  --out FILE|DIR  where to write (a .xlsx path for a single input, else a folder)
  --json FILE     also write the JSON report
  --strict        exit 1 when any error-severity finding exists
  --lang LANG     zh-CN (default) or en, for messages and written notes

Exit codes: 0 done (findings or not); 1 --strict and errors found; 2 bad usage or an unreadable file.`;
