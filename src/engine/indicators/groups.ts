import { round2 } from './grade';
import type { GroupScore, ScoredIndicator } from './model';

/** Subtotals by 一级 and 二级, in sheet order. Weights and scores are sums of the rows. */
export function groupScores(indicators: readonly ScoredIndicator[]): GroupScore[] {
  const level1 = new Map<string, { g: MutableGroup; children: Map<string, MutableGroup> }>();
  // A group's rows follow one another: the previous row's groups are reused without a Map lookup.
  let entry: { g: MutableGroup; children: Map<string, MutableGroup> } | undefined;
  let child: MutableGroup | undefined;
  for (const ind of indicators) {
    const l1 = ind.input.level1;
    const l2 = ind.input.level2;
    const name1 = l1?.name ?? '';
    if (entry?.g.name !== name1) {
      entry = level1.get(name1);
      child = undefined;
    }
    if (!entry) {
      entry = { g: newGroup(1, name1, null, l1), children: new Map() };
      level1.set(name1, entry);
    }
    add(entry.g, ind);
    if (l2) {
      if (child?.name !== l2.name) child = entry.children.get(l2.name);
      if (!child) {
        child = newGroup(2, l2.name, name1, l2);
        entry.children.set(l2.name, child);
      }
      add(child, ind);
    }
  }
  const out: GroupScore[] = [];
  for (const { g, children } of level1.values()) {
    if (g.name !== '' || children.size > 0) out.push(freeze(g));
    for (const c of children.values()) out.push(freeze(c));
  }
  return out.filter((g) => g.name !== '');
}

interface MutableGroup {
  level: 1 | 2;
  name: string;
  parent: string | null;
  weight: number;
  score: number;
  annotation: number | null;
  cell: GroupScore['cell'];
  scoredRows: number;
}

function newGroup(level: 1 | 2, name: string, parent: string | null, cell: GroupScore['cell']): MutableGroup {
  return { level, name, parent, weight: 0, score: 0, annotation: cell?.points ?? null, cell, scoredRows: 0 };
}

function add(g: MutableGroup, ind: ScoredIndicator): void {
  g.weight += ind.input.weight ?? ind.input.namePoints ?? 0;
  g.score += ind.score ?? 0;
  if (ind.score !== null) g.scoredRows++;
}

function freeze(g: MutableGroup): GroupScore {
  const { level, name, parent, annotation, cell } = g;
  const allPending = g.scoredRows === 0;
  return {
    level,
    name,
    parent,
    weight: round2(g.weight),
    score: round2(g.score),
    allPending,
    annotation,
    cell,
  };
}
