/**
 * A small calculator for the formulas the add-in writes (SUM, IF, ROUND, MIN, VALUE, N, arithmetic,
 * comparisons, same- or other-sheet references), so the fake shows results the way Excel does
 * after `suspendApiCalculationUntilNextSync` ends. Anything else is reported as unsupported and the
 * cell keeps no cached value: tests then compare the formula text only.
 */
import type { FakeValue } from './model';

type Value = FakeValue | Value[];

export class UnsupportedFormula extends Error {}

export interface FormulaScope {
  /** The value of a cell on `sheet` (null: the formula's own sheet). */
  valueAt(sheet: string | null, row: number, col: number): FakeValue;
}

const ERR = (error: string): { error: string } => ({ error });
const isErr = (v: Value): v is { readonly error: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Evaluates `=…` text; throws UnsupportedFormula for syntax or functions it does not know. */
export function evaluateFormula(formula: string, scope: FormulaScope): FakeValue {
  const p = new Parser(formula.replace(/^=/, ''), scope);
  const v = p.expression(0);
  p.expectEnd();
  const single = Array.isArray(v) ? (v[0] ?? null) : v;
  if (Array.isArray(single)) throw new UnsupportedFormula('array result');
  return single === null ? 0 : single;
}

const BINARY: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly scope: FormulaScope,
  ) {}

  expectEnd(): void {
    this.space();
    if (this.i < this.s.length) throw new UnsupportedFormula(`unexpected "${this.s.slice(this.i)}"`);
  }

  expression(minPrec: number): Value {
    let left = this.unary();
    for (;;) {
      this.space();
      const op = ['<>', '<=', '>=', '=', '<', '>', '&', '+', '-', '*', '/', '^'].find((o) =>
        this.s.startsWith(o, this.i),
      );
      const prec = op ? (BINARY[op] ?? 0) : 0;
      if (!op || prec < minPrec) break;
      this.i += op.length;
      const right = this.expression(prec + 1);
      left = binary(op, left, right);
    }
    return left;
  }

  private unary(): Value {
    this.space();
    if (this.s[this.i] === '-') {
      this.i++;
      const v = num(this.unary());
      return isErr(v) ? v : -v;
    }
    if (this.s[this.i] === '+') {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Value {
    this.space();
    const rest = this.s.slice(this.i);
    let m: RegExpExecArray | null;
    if ((m = /^(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)(%?)/.exec(rest))) {
      this.i += m[0].length;
      return Number(m[1]) / (m[2] ? 100 : 1);
    }
    if (rest.startsWith('"')) {
      const end = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!end) throw new UnsupportedFormula('unterminated string');
      this.i += end[0].length;
      return (end[1] ?? '').replace(/""/g, '"');
    }
    if (rest.startsWith('(')) {
      this.i++;
      const v = this.expression(0);
      this.expect(')');
      return v;
    }
    if ((m = /^(TRUE|FALSE)\b(?!\()/i.exec(rest))) {
      this.i += m[0].length;
      return m[1]!.toUpperCase() === 'TRUE';
    }
    if ((m = /^([A-Z][A-Z0-9.]*)\(/i.exec(rest))) {
      this.i += m[0].length;
      return this.call(m[1]!.toUpperCase());
    }
    const ref =
      /^(?:('(?:[^']|'')+'|[^\s!'(),:=<>+\-*/&^]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/i.exec(
        rest,
      );
    if (ref) {
      this.i += ref[0].length;
      const sheet = ref[1] ? ref[1].replace(/^'|'$/g, '').replace(/''/g, "'") : null;
      const a = cellPos(ref[2]!, ref[3]!);
      const b = ref[4] ? cellPos(ref[4], ref[5]!) : a;
      if (!ref[4]) return this.scope.valueAt(sheet, a.row, a.col);
      const out: Value[] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++)
          out.push(this.scope.valueAt(sheet, r, c));
      return out;
    }
    throw new UnsupportedFormula(`cannot read "${rest}"`);
  }

  private call(name: string): Value {
    const args: Value[] = [];
    this.space();
    if (this.s[this.i] !== ')') {
      for (;;) {
        args.push(this.expression(0));
        this.space();
        if (this.s[this.i] === ',') {
          this.i++;
          continue;
        }
        break;
      }
    }
    this.expect(')');
    return callFunction(name, args);
  }

  private expect(ch: string): void {
    this.space();
    if (this.s[this.i] !== ch) throw new UnsupportedFormula(`expected ${ch}`);
    this.i++;
  }

  private space(): void {
    while (this.s[this.i] === ' ') this.i++;
  }
}

function cellPos(letters: string, digits: string): { row: number; col: number } {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(digits) - 1, col: col - 1 };
}

function num(v: Value): number | { error: string } {
  if (Array.isArray(v)) return num(v[0] ?? null);
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : ERR('#VALUE!');
}

function flat(args: readonly Value[]): Value[] {
  return args.flatMap((a) => (Array.isArray(a) ? flat(a) : [a]));
}

/** Numbers of a SUM/MIN/MAX argument list: ranges contribute numbers only, scalars are coerced. */
function numbers(args: readonly Value[]): number[] | { error: string } {
  const out: number[] = [];
  for (const a of args) {
    const fromRange = Array.isArray(a);
    for (const v of fromRange ? flat(a) : [a]) {
      if (isErr(v)) return v;
      if (fromRange) {
        if (typeof v === 'number') out.push(v);
        continue;
      }
      const n = num(v);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function truthy(v: Value): boolean | { error: string } {
  const n = num(v);
  if (typeof v === 'string' && isErr(n)) return ERR('#VALUE!');
  return isErr(n) ? n : n !== 0;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

function callFunction(name: string, args: readonly Value[]): Value {
  switch (name) {
    case 'SUM':
    case 'MIN':
    case 'MAX':
    case 'AVERAGE': {
      const ns = numbers(args);
      if (isErr(ns)) return ns;
      const list = ns;
      if (name === 'SUM') return list.reduce((a, b) => a + b, 0);
      if (list.length === 0) return name === 'AVERAGE' ? ERR('#DIV/0!') : 0;
      if (name === 'AVERAGE') return list.reduce((a, b) => a + b, 0) / list.length;
      return name === 'MIN' ? Math.min(...list) : Math.max(...list);
    }
    case 'IF': {
      const t = truthy(args[0] ?? null);
      if (isErr(t)) return t;
      return t ? (args[1] ?? true) : (args[2] ?? false);
    }
    case 'IFERROR': {
      const v = args[0] ?? null;
      return isErr(v) ? (args[1] ?? null) : v;
    }
    case 'ROUND': {
      const x = num(args[0] ?? null);
      const d = num(args[1] ?? 0);
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      return round(x, Math.trunc(d));
    }
    case 'VALUE': {
      const v = args[0] ?? null;
      const x = Array.isArray(v) ? (v[0] ?? null) : v;
      if (typeof x === 'string') {
        const t = x.replace(/,/g, '').trim();
        const percent = t.endsWith('%');
        const n = Number(percent ? t.slice(0, -1) : t);
        return t !== '' && Number.isFinite(n) ? (percent ? n / 100 : n) : ERR('#VALUE!');
      }
      return num(x);
    }
    case 'N': {
      // a number as is, TRUE 1, FALSE 0, an error as is, text and blank 0
      const v = args[0] ?? null;
      const x = Array.isArray(v) ? (v[0] ?? null) : v;
      if (typeof x === 'number' || isErr(x)) return x;
      return x === true ? 1 : 0;
    }
    case 'ABS': {
      const x = num(args[0] ?? null);
      return isErr(x) ? x : Math.abs(x);
    }
    case 'AND':
    case 'OR': {
      const vs = flat(args).map(truthy);
      const e = vs.find((v) => isErr(v as Value));
      if (e !== undefined) return e;
      return name === 'AND' ? vs.every(Boolean) : vs.some(Boolean);
    }
    case 'NOT': {
      const t = truthy(args[0] ?? null);
      return typeof t === 'boolean' ? !t : t;
    }
    default:
      throw new UnsupportedFormula(`function ${name}`);
  }
}

function binary(op: string, a: Value, b: Value): Value {
  const l = Array.isArray(a) ? (a[0] ?? null) : a;
  const r = Array.isArray(b) ? (b[0] ?? null) : b;
  if (isErr(l)) return l;
  if (isErr(r)) return r;
  if (op === '&') return text(l) + text(r);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, l, r);
  const x = num(l);
  const y = num(r);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? ERR('#DIV/0!') : x / y;
    default:
      return x ** y;
  }
}

function text(v: Value): string {
  if (v === null || Array.isArray(v)) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') return v.error;
  return String(v);
}

function compare(op: string, l: Value, r: Value): boolean {
  // A blank cell equals 0, "" and FALSE, as in Excel.
  const norm = (v: Value, other: Value): Value =>
    v === null ? (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0) : v;
  const x = norm(l, r);
  const y = norm(r, l);
  let c: number;
  if (typeof x === 'number' && typeof y === 'number') c = x - y;
  else if (typeof x === 'string' && typeof y === 'string') c = x.toLowerCase().localeCompare(y.toLowerCase());
  else c = rank(x) - rank(y);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function rank(v: Value): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}
