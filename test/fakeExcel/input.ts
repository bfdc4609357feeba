/**
 * What Excel does with a value written through `range.values` / `range.formulas`: the same as
 * typing it. `'text` stays text (the apostrophe is not kept), `=…` (and `+x`, `-x`, `@x` that are
 * not numbers) become formulas, and numbers, percentages, booleans, error literals and ISO-like
 * dates are converted. This is what makes formula injection visible in tests.
 */
import { dateToSerial } from './dates';
import type { FakeCell } from './model';

export const ERROR_LITERALS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
];

const NUMBER = /^\s*[+-]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;

/** Applies one typed input to a cell; returns whether the cell now holds a formula to calculate. */
export function enterInput(cell: FakeCell, input: unknown): boolean {
  if (input === null || input === undefined) return false;
  delete cell.formula;
  cell.quotePrefix = false;
  if (typeof input === 'number') {
    cell.value = Number.isFinite(input) ? input : { error: '#NUM!' };
    return false;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return false;
  }
  const s = typeof input === 'string' ? input : JSON.stringify(input);
  if (s === '') {
    cell.value = null;
    return false;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
    return false;
  }
  if (s.startsWith('=') && s.length > 1) {
    cell.formula = s;
    cell.value = null;
    return true;
  }
  if (/^[+\-@]/.test(s) && !NUMBER.test(s) && !PERCENT.test(s)) {
    cell.formula = `=${s}`;
    cell.value = null;
    return true;
  }
  if (NUMBER.test(s)) {
    cell.value = Number(s.replace(/,/g, ''));
    return false;
  }
  const pct = PERCENT.exec(s);
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    if (cell.numFmt === undefined || cell.numFmt === 'General') cell.numFmt = '0%';
    return false;
  }
  if (/^(true|false)$/i.test(s.trim())) {
    cell.value = s.trim().toLowerCase() === 'true';
    return false;
  }
  if (ERROR_LITERALS.includes(s.trim().toUpperCase())) {
    cell.value = { error: s.trim().toUpperCase() };
    return false;
  }
  const d = ISO_DATE.exec(s);
  if (d) {
    cell.value = dateToSerial(new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))));
    if (cell.numFmt === undefined || cell.numFmt === 'General') cell.numFmt = 'yyyy/m/d';
    return false;
  }
  cell.value = s;
  return false;
}

/** How a value is shown in `range.values`: errors as their literal, empty as ''. */
export function outputValue(cell: FakeCell | undefined): string | number | boolean {
  const v = cell?.value ?? null;
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

/** `range.formulas`: the formula text, else the constant as `values` shows it. */
export function outputFormula(cell: FakeCell | undefined): string | number | boolean {
  return cell?.formula ?? outputValue(cell);
}
