/**
 * Settles which band owns a boundary the text left open. `80%(含)-90%得6分，60%以下不得分`: 60 is
 * claimed by the 3-point band's `(含)`, so `60%以下` excludes it. Unmarked: a lower bound includes
 * its value, an upper bound shared with another band's lower bound does not, and a lone one does.
 */
import { band, bound, type Band, type Bound, type Level } from './ast';
import type { BoundSpec } from './conditions';

export interface BandSpec {
  readonly lower: BoundSpec | null;
  readonly upper: BoundSpec | null;
  readonly points: number | null;
  readonly share?: number;
}

function sameLevel(a: Level, b: Level): boolean {
  return a.value === b.value && a.percent === b.percent && a.unit === b.unit;
}

function settle(spec: BoundSpec, side: 'lower' | 'upper', others: readonly BandSpec[]): Bound {
  if (spec.inclusive !== null) return bound(spec.level, spec.inclusive);
  const facing = others
    .map((o) => (side === 'lower' ? o.upper : o.lower))
    .filter((b): b is BoundSpec => b !== null && sameLevel(b.level, spec.level));
  if (facing.some((b) => b.inclusive === true)) return bound(spec.level, false);
  if (facing.some((b) => b.inclusive === false)) return bound(spec.level, true);
  if (facing.length > 0) return bound(spec.level, side === 'lower');
  return bound(spec.level, true);
}

export function resolveBands(specs: readonly BandSpec[]): Band[] {
  return specs.map((s) => {
    const others = specs.filter((o) => o !== s);
    return band(
      s.lower ? settle(s.lower, 'lower', others) : null,
      s.upper ? settle(s.upper, 'upper', others) : null,
      s.points,
      s.share,
    );
  });
}
