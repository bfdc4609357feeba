/**
 * A text as one string in memory. V8 keeps a text made by `+` or a template literal as a tree of
 * its pieces until something reads it character by character, and only then copies it flat. A
 * text the results keep (a message, a formula) is read that way later anyway: hashed for the
 * ledger or the fingerprint, written to a cell. Read at once, while young, the tree is garbage
 * straight away; kept, the tree and its pieces were copied by the collector with the results, and
 * the flat copy was made later in the old generation, where making it costs more. Reading one
 * character is what flattens it; elsewhere than V8 it does nothing.
 *
 * @example flattened(`${a}/${b}`) === `${a}/${b}`
 */
export function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
}
