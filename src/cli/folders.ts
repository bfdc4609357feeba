import { existsSync, mkdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Creates `dir` and its missing parents one level at a time. Node's own recursive mkdir never
 * returns on a file system that answers ENOENT to every mkdir (/proc, some network mounts); this
 * throws that error instead.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) mkdirSync(d);
}

/** Writes a text file through a temporary one beside it, so a failed write leaves the old file whole. */
export function writeTextFile(path: string, text: string): void {
  makeFolder(dirname(path));
  const temp = join(dirname(path), `.score-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
