/**
 * A search row's insight line ("Current: VP Sales at Acme", "Past: … at Globex", "Aktuell: …").
 * Kept apart from lib/sites/headline.ts: the LinkedIn content script only recognises the line
 * (to keep it out of the headline and send it along); the background parses it (#12, size budget).
 */
export const CURRENT_LABEL = /^(?:current|currently|aktuell|actuel(?:le)?|actual(?:mente)?|atual(?:mente)?|huidig|nuvarande|attuale|obecnie)\s*:\s*/i;

/** A search row's insight line ("Current: … at X", "Past: … at X", "Aktuell: …")? */
export function isInsightLine(text: string): boolean {
  const t = text.trim();
  return (CURRENT_LABEL.test(t) || /^(?:past|previous|früher|précédent|anterior|vorige|tidigare)\s*:/i.test(t)) && t.length <= 300;
}
