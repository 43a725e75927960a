/**
 * A search row's insight line ("Current: VP Sales at Acme", "Past: … at Globex", "Aktuell: …").
 * Kept apart from lib/sites/headline.ts: the LinkedIn content script only recognises the line
 * (to keep it out of the headline and send it along); the background parses it (#12, size budget).
 */
export const CURRENT_LABEL = /^(?:current|currently|aktuell|actuel(?:le)?|actual(?:mente)?|atual(?:mente)?|huidig|nuvarande|attuale|obecnie)\s*:\s*/i;

/**
 * Whether any element inside `card` can hold an insight line: every one has a colon after its
 * label, and an element's text is part of the card's, so a card without a colon has none (one
 * search instead of the text of every element; few cards have a colon anywhere).
 */
export function mayHoldInsight(card: Element): boolean {
  return (card.textContent ?? '').includes(':');
}

/** A search row's insight line ("Current: … at X", "Past: … at X", "Aktuell: …")? */
export function isInsightLine(text: string): boolean {
  const t = text.trim();
  return (CURRENT_LABEL.test(t) || /^(?:past|previous|früher|précédent|anterior|vorige|tidigare)\s*:/i.test(t)) && t.length <= 300;
}
