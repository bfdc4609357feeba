/** A text taken literally in a regular expression, outside a character class (safe with the u flag). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A word list as a regular expression's alternatives, each word taken literally. */
export function anyOf(words: readonly string[]): string {
  return words.map(literal).join('|');
}
