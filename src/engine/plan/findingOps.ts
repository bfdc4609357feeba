import { fromA1 } from '../grid/address';
import type { SheetInput } from '../grid/types';
import type { Finding } from '../findings/types';
import type { Messages } from '../messages';
import { FILLS } from './palette';
import type { CellOp } from './types';

/** Separates a user's own note from the add-in's text, so both stay readable. */
const NOTE_SEPARATOR = '\n———\n';

/** The add-in's note text appended below any note the user wrote. */
export function ourNote(userNote: string | undefined, text: string): string {
  return userNote ? `${userNote}${NOTE_SEPARATOR}${text}` : text;
}

/**
 * A fill and a note at each cell with an error or warning (missing evidence gets its own
 * colour). Info findings are listed, never painted.
 *
 */
export function findingOps(
  findings: readonly Finding[],
  sheet: SheetInput,
  messages: Messages,
  /** A fuller text for the score-differs finding at a cell (what the engine computed and why). */
  differsNotes: ReadonlyMap<string, string> = new Map(),
): CellOp[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info' || f.sheet !== sheet.name) continue;
    const list = byCell.get(f.cell);
    if (list) list.push(f);
    else byCell.set(f.cell, [f]);
  }
  const ops: CellOp[] = [];
  for (const [a1, list] of byCell) {
    const pos = fromA1(a1);
    if (!pos) continue;
    const worst = list.some((f) => f.severity === 'error')
      ? FILLS.error
      : list.every((f) => f.code === 'evidence.missing')
        ? FILLS.evidence
        : FILLS.warning;
    const text = list
      .map((f) =>
        f.code === 'score.differsFromComputed'
          ? (differsNotes.get(a1) ?? messages.finding(f))
          : messages.finding(f),
      )
      .join('\n');
    ops.push({ row: pos.row, col: pos.col, fill: worst, note: ourNote(sheet.notes?.[a1], text) });
  }
  return ops;
}
