/**
 * The run's workbooks and where each scored copy goes, decided before anything is read or
 * written: no output may land on a workbook of the run or on another output (two `x.xlsx` from
 * different folders), and the JSON report on neither.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { UsageError } from './args';

export interface Job {
  readonly input: string;
  /** How the summary names it: its path under the folder it was found in, else its file name. */
  readonly label: string;
  readonly output: string;
  /** Why it is not scored, decided before the run; `other` is the workbook it would collide with. */
  readonly clash: { readonly reason: 'sameAsInput' | 'outputClash'; readonly other: string } | null;
}

interface Found {
  readonly input: string;
  /** The path under the folder argument it was found in; null for a file named on the command line. */
  readonly under: string | null;
}

/**
 * @throws UsageError when `--out` names one .xlsx file for several workbooks, or `--json` would
 *   overwrite a workbook of the run or is a folder.
 */
export function planJobs(inputs: readonly string[], out: string | null, json: string | null): Job[] {
  const found = dropOwnOutputs(unique(inputs.flatMap(expand)));
  const toFile = out !== null && /\.xlsx$/i.test(out);
  if (toFile && found.length > 1) throw new UsageError({ kind: 'outFileManyInputs', out });
  const inputKeys = new Map(found.map((f) => [identity(f.input), f.input]));
  const taken = new Map<string, string>();
  const jobs = found.map(({ input, under }): Job => {
    const name = `${basename(input, extname(input))}.scored.xlsx`;
    const output =
      out === null ? join(dirname(input), name) : toFile ? out : join(out, under ? dirname(under) : '', name);
    const key = identity(output);
    const label = under ?? basename(input);
    const onInput = inputKeys.get(key);
    if (onInput !== undefined && onInput !== input)
      return { input, label, output, clash: { reason: 'sameAsInput', other: onInput } };
    const first = taken.get(key);
    if (first !== undefined) return { input, label, output, clash: { reason: 'outputClash', other: first } };
    taken.set(key, input);
    return { input, label, output, clash: null };
  });
  if (json !== null) {
    const key = identity(json);
    if (inputKeys.has(key) || taken.has(key)) throw new UsageError({ kind: 'jsonClash', path: json });
    if (isFolder(json)) throw new UsageError({ kind: 'jsonIsFolder', path: json });
  }
  return jobs;
}

/** A folder's workbooks (recursively, sorted), or the file itself; Office lock files (`~$…`) never. */
function expand(input: string): Found[] {
  if (!isFolder(input)) return basename(input).startsWith('~$') ? [] : [{ input, under: null }];
  const out: Found[] = [];
  // a linked folder is followed once (a link back up the tree is not a loop)
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    const real = identity(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(p))) walk(p);
      else if (isWorkbookName(entry.name)) out.push({ input: p, under: relative(input, p) });
    }
  };
  walk(input);
  return out;
}

function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !/\.scored\.xlsx$/i.test(name) && !name.startsWith('~$');
}

/** A workbook named twice (or found twice) is scored once. */
function unique(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = identity(f.input);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `x.scored.xlsx` named beside `x.xlsx` (a shell's `*.xlsx`) is the copy this run replaces. */
function dropOwnOutputs(found: readonly Found[]): Found[] {
  const keys = new Set(found.map((f) => identity(f.input)));
  return found.filter(({ input }) => {
    const m = /^(.*)\.scored\.xlsx$/i.exec(input);
    return !(m && keys.has(identity(`${m[1]}.xlsx`)));
  });
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // a missing path is reported by the reader, with the path
  }
}

/** One key per file however it is spelt (relative, through links, in another case where names fold). */
function identity(p: string): string {
  let full = resolve(p);
  try {
    full = existsSync(full) ? realpathSync(full) : join(realpathSync(dirname(full)), basename(full));
  } catch {
    // a folder that does not exist yet: the resolved path is the key
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full;
}
