/**
 * Weight annotations inside names: `内部管理 (30分)`, `专款专用率（2分）`, `目标1：…(3 分)`.
 * Half- and full-width brackets, digits and spaces are accepted.
 */
export interface AnnotatedName {
  readonly name: string;
  readonly points: number | null;
}

const ANNOTATION = /[（(]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分\s*[）)]\s*$/;

/** @example splitAnnotation('内部管理 (30分)') → { name: '内部管理', points: 30 } */
export function splitAnnotation(text: string): AnnotatedName {
  const trimmed = text.replace(/[\s\u00a0\u3000]+$/g, '').trim();
  const m = ANNOTATION.exec(trimmed);
  if (!m) return { name: trimmed, points: null };
  const digits = m[1]!.normalize('NFKC');
  return { name: trimmed.slice(0, m.index).trim(), points: Number(digits) };
}
