/** The command line's usage in English (see cliUsage.ts). */
import type { CliUsageCatalog } from './cliUsage';

export const cliUsage: CliUsageCatalog = {
  usage: `Usage: npm run score -- <file.xlsx|folder>... [--out FILE|DIR] [--json FILE] [--strict] [--lang zh-CN|en]

  Scores every indicator table and checks every budget table in each workbook, and writes
  <name>.scored.xlsx beside each input (or into --out). The input file is never modified.

  --out FILE|DIR  where to write (a .xlsx path for a single input, else a folder)
  --json FILE     also write the JSON report
  --strict        exit 1 when any error-severity finding exists
  --lang LANG     zh-CN (default) or en, for messages and written notes

Exit codes: 0 done (findings or not); 1 --strict and errors found; 2 bad usage or an unreadable file.`,
  problem: {
    needsValue: (p) => `${p.option} needs a value`,
    badLang: (p) => `--lang takes zh-CN or en, not ${p.value}`,
    unknownOption: (p) => `unknown option ${p.option}`,
    noValueExpected: (p) => `${p.option} takes no value`,
    noInput: () => 'no input: give one or more .xlsx files or folders',
    outFileManyInputs: (p) =>
      `--out ${p.out} names one .xlsx file, for a single workbook; give a folder for several`,
    jsonClash: (p) =>
      `--json ${p.path} would overwrite a workbook of this run; choose another path for the report`,
    jsonIsFolder: (p) => `--json ${p.path} is a folder; give a file path for the report`,
  },
};
