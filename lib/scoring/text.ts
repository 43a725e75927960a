/**
 * Whether `phrase` stands in `text` as whole words ("cro" in "CRO @ Acme", not in "micro").
 * `text` must already be lower-case; the phrase is lower-cased here.
 */
export function hasPhrase(text: string, phrase: string): boolean {
  const p = phrase.toLowerCase().trim();
  if (!p) return false;
  let i = text.indexOf(p);
  while (i >= 0) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + p.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = text.indexOf(p, i + 1);
  }
  return false;
}
