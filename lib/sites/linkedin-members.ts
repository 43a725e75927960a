import { clean, parseCount } from '../extract/dom';
import type { Recorder } from '../extract/record';

/**
 * The number of LinkedIn members who list a company ("312 associated members", logged-in About
 * page 2024–2025; "1,234 on LinkedIn", 2019–2023), in the UI languages reps use most. The size
 * band next to it ("51–200 employees") is what the company declares, not a count of members: it
 * never matches here, so `employeesOnLinkedin` cannot be taken from it.
 */
const MEMBERS =
  /(?:^|[^\d\-–—.,])(\d[\d.,\s\u00a0\u202f]{0,12}?\s*[KkMm]?)\s*(?:associated members?|members? on linkedin|on linkedin|zugehörige mitglieder|verbundene mitglieder|mitglieder auf linkedin|bei linkedin|membres? associés|sur linkedin|miembros asociados|en linkedin|membri associati|su linkedin|membros associados|no linkedin|gekoppelde leden|verbonden leden|op linkedin|powiązan\p{L}* członk\p{L}*|na linkedin|anslutna medlemmar|tillknutna medlemmar|på linkedin|関連メンバー)/iu;

/** The member count a text states, or null (a size band, a follower count or no count at all). */
export function membersOnLinkedin(text: string): number | null {
  // A count sits in a short line: the cap keeps the pattern linear on hostile text.
  const line = clean(text.length > 300 ? text.slice(0, 300) : text);
  const m = MEMBERS.exec(line);
  if (!m?.[1]) return null;
  // "51–200 employees on LinkedIn" style ranges: the character before the digits is checked above.
  if (/followers?|abonnés|follower/i.test(line.slice(m.index, m.index + m[0].length))) return null;
  const n = parseCount(m[1]);
  return n !== null && n >= 0 ? n : null;
}

/**
 * The logged-in About list puts the member count in a second `<dd>` under "Company size"
 * (`<dt>Company size</dt><dd>51–200 employees</dd><dd>312 associated members</dd>`): the first
 * count in the size entry's own `<dd>`s, up to the next `<dt>`, with the label as evidence.
 */
export function readMembersAfterSize(sizeDd: Element, label: string, r: Recorder): void {
  for (let el: Element | null = sizeDd, n = 0; el && el.tagName.toLowerCase() !== 'dt' && n < 6; el = el.nextElementSibling, n++) {
    if (el.tagName.toLowerCase() !== 'dd') continue;
    const text = clean(el.textContent);
    const count = membersOnLinkedin(text);
    if (count !== null) {
      r.companyValue('employeesOnLinkedin', count, 'selector', `${label}: ${text.slice(0, 200)}`);
      return;
    }
  }
}
