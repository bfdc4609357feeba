/** Small helpers shared by the benchmark parts: medians, timing, formatting, children. */
import { execFileSync, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A full garbage collection when the child was started with --expose-gc; nothing otherwise. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

export const MB = 1024 * 1024;

/** The Office round-trip goals of the issue: syncs per compute up to 20k rows, bytes per request. */
export const SYNC_GOAL = 3;
export const REQUEST_GOAL = 4 * MB;

export function fmtMs(ms: number): string {
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

export function fmtBytes(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
}

export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** The repository's root (the nearest folder up with a package.json), from source or from dist/bench. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Compiles the timed parts (bench/engine.ts, bench/cli.ts and the sources they import) with tsc,
 * as `npm run build:cli` compiles the CLI, into dist/bench; returns the compiled bench folder.
 * Timings are of that output: tsx, which runs the sources directly, wraps every closure it
 * creates in a naming call (esbuild's keepNames), which the shipped CLI does not pay (≈ 15 % of
 * the engine's time).
 */
export function compileShipped(root: string = repoRoot()): string {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  return join(root, 'dist', 'bench', 'bench');
}

/**
 * Runs `module` in a child Node, sends it `args`, resolves to the one message it sends back. A
 * `.ts` module runs under the same tsx loader as this process, compiled `.js` under plain Node. A
 * child per measurement keeps peak memory and JIT state separate.
 */
export function inChild<T>(module: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    // --expose-gc: a measurement starts from a collected heap, not from the last one's garbage
    const execArgv = [...(module.endsWith('.ts') ? process.execArgv : []), '--expose-gc'];
    const child = fork(module, [...args], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: T | undefined;
    child.on('message', (m) => {
      result = m as T;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result !== undefined) resolve(result);
      else reject(new Error(`${module} ${args.join(' ')} exited ${code} without a result`));
    });
  });
}

/** In a child: compute and send the result to the parent, then exit. */
export function reply<T>(compute: () => Promise<T>): void {
  compute().then(
    (result) => {
      // run by hand (not forked): print the result instead
      if (process.send) process.send(result, () => process.exit(0));
      else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
