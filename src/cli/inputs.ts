import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** Expands folders into the workbooks they hold (recursively), skipping our own outputs and Office lock files. */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      isDir = false; // a missing path is reported by the reader, with the path
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        const p = join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (isWorkbookName(entry.name)) files.push(p);
      }
    };
    walk(input);
  }
  return files;
}

function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !/\.scored\.xlsx$/i.test(name) && !name.startsWith('~$');
}

/** Where the scored copy of `input` goes. */
export function outputPath(input: string, out: string | null, single: boolean): string {
  const name = `${basename(input, extname(input))}.scored.xlsx`;
  if (out === null) return join(dirname(input), name);
  if (single && /\.xlsx$/i.test(out)) return resolve(out);
  return join(out, name);
}
