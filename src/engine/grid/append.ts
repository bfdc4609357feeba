/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every item as an argument
 * and overflows the call stack past ~120k items (a 100k-row table has more findings than that).
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
