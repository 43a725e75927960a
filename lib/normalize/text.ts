/**
 * Accent folding and word splitting shared by the normalizers and matchers (#15: they were
 * written four times). Pure, no dependencies, safe in every bundle.
 */

/** Accents removed by compatibility decomposition: "Zürich" → "Zurich", "ﬁ" → "fi". Case is kept. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lower-case ASCII words with accents folded, "&" read as "and", anything else a separator:
 * "Santé & Bien-être" → ["sante", "and", "bien", "etre"]. Letters outside Latin are dropped;
 * callers that must keep them fold with `foldAccents` and split themselves.
 */
export function foldedWords(text: string): string[] {
  return foldAccents(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
