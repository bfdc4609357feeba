import { flattened } from '../engine/grid/flatText';

/** Values in messages: numbers to at most 2 decimals, without trailing zeros. */
export function formatParam(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
  return v;
}

export type Params = Readonly<Record<string, string | number | null>>;

/** A template (`{name}` placeholders) or a function of the params. */
export type Template = string | ((p: Params) => string);

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than hidden. */
export function fill(template: Template, params: Params = {}): string {
  if (typeof template === 'function') return flattened(template(params));
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? formatParam(params[key]) : whole,
  );
}
