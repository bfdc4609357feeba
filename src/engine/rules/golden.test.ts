/**
 * Golden rule files: one case per `golden/*.txt`, sections `# description`, `# rule`, `# weight`,
 * `# target`, `# actual`, optional `# stepMode` / `# operator`, and `# expect` (JSON). An empty
 * expect block fails and prints what the rule module produced, for review.
 *
 * expect: { "rule": null, "reason": "committee" } for text that must not parse, else
 * { "kind", "fullPoints", "score", "key"?, "zh"?, "produces"?: number[], "notProduces"?: number[] }.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { normalizeValue } from '../grid/normalize';
import type { Comparator, NormalizedValue } from '../grid/value';
import { actualReading } from '../indicators/cellReaders';
import type { StepMode } from '../settings';
import { explanations as en } from '../../i18n/explanations.en';
import { explanations as zh } from '../../i18n/explanations.zh-CN';
import type { ExplanationKey } from './explain';
import { canProduce, evaluateRule, fullPoints, parseRule, printRule } from './index';

const DIR = join(__dirname, 'golden');

interface Golden {
  readonly file: string;
  readonly sections: Readonly<Record<string, string>>;
}

function readGolden(file: string): Golden {
  const sections: Record<string, string> = {};
  let current: string | null = null;
  for (const line of readFileSync(join(DIR, file), 'utf8').split(/\r?\n/)) {
    const head = /^# (\w+)\s*$/.exec(line);
    if (head?.[1]) {
      current = head[1];
      sections[current] = '';
    } else if (current) sections[current] += (sections[current] ? '\n' : '') + line;
  }
  for (const k of Object.keys(sections)) sections[k] = (sections[k] ?? '').trim();
  return { file, sections };
}

/**
 * A cell as the indicator reader hands it to the rules: through the real value normaliser (and
 * `actualReading` for the actual), plus two notations: `(empty)` and a JSON NormalizedValue.
 */
function value(text: string | undefined, role: 'target' | 'actual'): NormalizedValue | null {
  if (text === undefined || text === '') return null;
  if (text.startsWith('{')) return JSON.parse(text) as NormalizedValue;
  if (text === '(empty)') return { kind: 'empty', text: '' };
  const reading = normalizeValue(text);
  return role === 'actual' ? actualReading(reading) : reading;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

test('there are at least 85 golden cases, at least 8 of them unparseable', () => {
  const goldens = files.map(readGolden);
  expect(goldens.length).toBeGreaterThanOrEqual(85);
  const unparseable = goldens.filter(
    (g) => (JSON.parse(g.sections.expect || '{}') as { rule?: unknown }).rule === null,
  );
  expect(unparseable.length).toBeGreaterThanOrEqual(8);
});

describe.each(files)('%s', (file) => {
  const g = readGolden(file);
  const s = g.sections;
  test(s.description ?? file, () => {
    expect(s.rule).toBeDefined();
    const parsed = parseRule(s.rule ?? '');
    const weight = Number(s.weight ?? '0');
    const input = {
      weight,
      target: value(s.target, 'target'),
      actual: value(s.actual, 'actual'),
      stepMode: (s.stepMode ?? 'whole') as StepMode,
      operator: (s.operator ?? null) as Comparator | null,
      ruleText: s.rule ?? '',
    };
    const ev = parsed.rule ? evaluateRule(parsed.rule, input) : null;
    const key = ev?.explanation.key as ExplanationKey | undefined;
    const actual = parsed.rule
      ? {
          kind: parsed.rule.kind,
          fullPoints: fullPoints(parsed.rule),
          score: ev?.score ?? null,
          key: key ?? null,
          zh: key && ev ? zh[key](ev.explanation.params) : null,
          printed: printRule(parsed.rule),
        }
      : { rule: null, reason: parsed.reason };
    if (!s.expect)
      throw new Error(`${file}: empty expect block; produced:\n${JSON.stringify(actual, null, 1)}`);
    const want = JSON.parse(s.expect) as Record<string, unknown>;
    if (want.rule === null) {
      expect(parsed.rule).toBeNull();
      expect(parsed.reason).toBe(want.reason);
      return;
    }
    if (!parsed.rule || !ev || !key) throw new Error(`${file}: did not parse (${parsed.reason ?? ''})`);
    expect({ kind: parsed.rule.kind, fullPoints: fullPoints(parsed.rule), score: ev.score }).toEqual({
      kind: want.kind,
      fullPoints: want.fullPoints,
      score: want.score,
    });
    if (want.key !== undefined) expect(key).toBe(want.key);
    if (want.zh !== undefined) expect(zh[key](ev.explanation.params)).toBe(want.zh);
    for (const p of (want.produces as number[] | undefined) ?? [])
      expect([p, canProduce(parsed.rule, p, weight)]).toEqual([p, true]);
    for (const p of (want.notProduces as number[] | undefined) ?? [])
      expect([p, canProduce(parsed.rule, p, weight)]).toEqual([p, false]);
    // Every case also round-trips through the printer and renders in both locales.
    expect(parseRule(printRule(parsed.rule)).rule).toEqual(parsed.rule);
    for (const text of [zh[key](ev.explanation.params), en[key](ev.explanation.params)]) {
      expect(text).not.toMatch(/undefined|NaN|\{\w+\}/);
      expect(text).not.toContain('\n');
    }
    if (ev.score !== null) expect(ev.score).toBeLessThanOrEqual(weight);
  });
});
