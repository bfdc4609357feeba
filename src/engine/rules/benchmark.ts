/**
 * A target and an actual that compare with the same benchmark named in words: `低于全省平均水平`
 * against `不高于全省平均水平` is met, `高于上年水平` against `不低于上年水平` too, `高于全省平均水平`
 * against `不高于…` is missed. Null when either says no such thing, or they name different benchmarks.
 */
import { BENCHMARK_ASKS, BENCHMARK_LEADS, BENCHMARK_STANDS, BENCHMARK_WITH } from './actualWords';
import { fold, type Verdict } from './verdictWords';

type Stand = '<' | '=' | '>';

const TRAILING = /[。.，,；;]+$/u;

export function benchmarkVerdict(actual: string, target: string): Verdict | null {
  const asked = readAsk(fold(target).replace(TRAILING, ''));
  const stood = asked && readStand(fold(actual).replace(TRAILING, ''));
  if (!asked || !stood || stood.benchmark !== asked.benchmark) return null;
  const met =
    asked.op === '<=' ? stood.side !== '>' : asked.op === '>=' ? stood.side !== '<' : stood.side === asked.op;
  return met ? 'met' : 'notMet';
}

function readAsk(text: string): { op: '<' | '<=' | '>=' | '>'; benchmark: string } | null {
  const hit = BENCHMARK_ASKS.find(([w]) => text.startsWith(w));
  return hit && text.length > hit[0].length ? { op: hit[1], benchmark: text.slice(hit[0].length) } : null;
}

function readStand(raw: string): { side: Stand; benchmark: string } | null {
  const lead = BENCHMARK_LEADS.find((w) => raw.startsWith(w));
  const text = lead ? raw.slice(lead.length) : raw;
  // `与全省平均水平持平`
  if (text.startsWith(BENCHMARK_WITH)) {
    const hit = BENCHMARK_STANDS.find(([w]) => text.endsWith(w));
    const benchmark = hit ? text.slice(BENCHMARK_WITH.length, -hit[0].length) : '';
    return hit && benchmark !== '' ? { side: hit[1], benchmark } : null;
  }
  const hit = BENCHMARK_STANDS.find(([w]) => text.startsWith(w));
  return hit && text.length > hit[0].length ? { side: hit[1], benchmark: text.slice(hit[0].length) } : null;
}
