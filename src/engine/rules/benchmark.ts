/**
 * A target and an actual that compare with the same benchmark named in words: `低于全省平均水平`
 * against `不高于全省平均水平` is met, `高于上年水平` against `不低于上年水平` too, `高于全省平均水平`
 * against `不高于…` is missed, `结算价较合同价审减4.2%` against `不超过合同价` met. Null when either says no such thing, or they name different benchmarks.
 */
import {
  BENCHMARK_ASKS,
  BENCHMARK_CHANGES,
  BENCHMARK_FROM,
  BENCHMARK_LEADS,
  BENCHMARK_STANDS,
  BENCHMARK_WITH,
} from './benchmarkWords';
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
  if (hit && text.length > hit[0].length) return { side: hit[1], benchmark: text.slice(hit[0].length) };
  return changedFrom(text);
}

/** `结算价较合同价审减4.2%`: below 合同价; `较上年增加2个` above 上年. The first change word after 较. */
function changedFrom(text: string): { side: Stand; benchmark: string } | null {
  const from = text.indexOf(BENCHMARK_FROM);
  if (from < 0) return null;
  const after = text.slice(from + BENCHMARK_FROM.length);
  const found = BENCHMARK_CHANGES.map(([w, side]) => ({ at: after.indexOf(w), side }))
    .filter((c) => c.at > 0)
    .sort((x, y) => x.at - y.at)[0];
  return found ? { side: found.side, benchmark: after.slice(0, found.at) } : null;
}
